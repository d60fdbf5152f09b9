/**
 * How field missions of regional bodies write up their facilitation: a head of mission who
 * "facilitated a meeting" between chief negotiators sat with them; a special representative
 * with a long office ("of the Chairperson-in-Office for the ... Settlement Process") who
 * "also attended" met everyone there, even when the meeting is named with a quoted format;
 * and one envoy's round of visits told with "she ... and the following day she". Sentences
 * written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

// A Friday: Thursday is 10-16.
const read = reader('2025-10-17');

describe('a mission release', () => {
  const { triples, dated } = read(
    'The Head of the OSCE Mission to Georgia, Ambassador Lars Bergqvist, facilitated a meeting yesterday in Gali between the Chief Negotiators from Tbilisi and Sukhumi, Deputy Minister Nino Kapanadze and Astamur Chachkhalia.',
    'The meeting, the first in the "2+2" format since May, was also attended by the Special Representative of the OSCE Chairperson-in-Office for the Abkhaz Settlement Process, Ambassador Petra Lindqvist.',
    'Ambassador Lindqvist arrived in Georgia on 13 October.',
    'In Sukhumi on 14 October she met the Abkhaz leader, Daur Kvitsinia, and the following day she was received in Tbilisi by the Prime Minister of Georgia, Levan Beridze.',
  );

  it('when a head of mission "facilitated a meeting" between two negotiators, then he mediated and sat with both', () => {
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED Lars Bergqvist -> Nino Kapanadze',
        'MEDIATED Lars Bergqvist -> Astamur Chachkhalia',
        'MET_WITH Lars Bergqvist -> Nino Kapanadze',
        'MET_WITH Astamur Chachkhalia -> Lars Bergqvist',
      ]),
    );
  });

  it('when the meeting "in the \\"2+2\\" format" was "also attended by" a representative with a long office, then she met everyone there', () => {
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Lars Bergqvist -> Petra Lindqvist',
        'MET_WITH Nino Kapanadze -> Petra Lindqvist',
        'MET_WITH Astamur Chachkhalia -> Petra Lindqvist',
      ]),
    );
    expect(triples.filter((t) => t.includes('Settlement Process'))).toEqual([]);
  });

  it('when "she met X, and the following day she was received by Y", then the second "she" is the envoy too', () => {
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Daur Kvitsinia -> Petra Lindqvist @2025-10-14',
        'MET_WITH Levan Beridze -> Petra Lindqvist @2025-10-15',
      ]),
    );
    expect(triples).not.toContain('MET_WITH Daur Kvitsinia -> Levan Beridze');
  });
});

describe('a council communiqué', () => {
  it('when it "welcomes the meeting held in Juba between A, ..., and B, ... (SHORT), which was facilitated by X", then X mediated the meeting', () => {
    const { triples } = read(
      "2. Welcomes the meeting held in Juba on 2 October 2025 between H.E. Deng Akol Mayen, President of the Republic of South Sudan, and H.E. Dr. Riek Lual Gatkuoth, Chairman of the Sudan People's Liberation Movement/Army-in-Opposition (SPLM/A-IO), which was facilitated by the Chairperson of the Commission, H.E. Moussa Idriss Bachir, and commends the two leaders for their commitment to the Revitalized Agreement.",
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Moussa Idriss Bachir -> Deng Akol Mayen',
      'MEDIATED Moussa Idriss Bachir -> Riek Lual Gatkuoth',
    ]);
  });

  it('when it "takes note of the offer by Uganda to host, in Entebbe, a retreat between A and B", then Uganda offered', () => {
    const { triples } = read(
      '6. Takes note of the offer by the Government of the Republic of Uganda to host, in Entebbe, a retreat between the Government of South Sudan and the SPLM-IO on the unification of forces.',
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Uganda -> SPLM-IO',
      'OFFERED_MEDIATION Uganda -> South Sudan',
    ]);
  });
});

describe('a UN news story', () => {
  it('when the sides "sat down together at an informal meeting convened by the Personal Envoy, X", then X mediated between them and is no side; "Frente POLISARIO" is a body', () => {
    const { triples, record } = read(
      'GENEVA, 16 October (UN Daily Digest) – Representatives of Morocco and the Frente POLISARIO sat down together in Geneva on Thursday, at an informal meeting convened by the Personal Envoy of the Secretary-General for Western Sahara, Lars Enqvist Holm.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Lars Enqvist Holm -> Frente POLISARIO',
      'MEDIATED Lars Enqvist Holm -> Morocco',
    ]);
    expect(record.entities.find((e) => e.name === 'Frente POLISARIO')?.type).toBe('Organization');
  });

  it('when "The meeting, held behind closed doors at the Palais des Nations, brought together a delegation headed by X, and a delegation led by Y", then X and Y met', () => {
    const { triples } = read(
      'The meeting, held behind closed doors at the Palais des Nations, brought together a Moroccan delegation headed by the Minister of Foreign Affairs, Karim Alaoui Benjelloun, and a Frente POLISARIO delegation led by Brahim Salek Ould Baba.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([
      'MET_WITH Brahim Salek Ould Baba -> Karim Alaoui Benjelloun',
    ]);
    expect(triples.filter((t) => t.includes('Nations') || t.includes('door'))).toEqual([]);
  });
});
