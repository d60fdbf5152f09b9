/**
 * Mediation told by two states at once or through another's thanks: a truce reached "under
 * Algerian-Qatari mediation" (a hyphen joins the mediators, where "Peruvian-Bolivian talks"
 * joins the sides), and a third state "thanked X for hosting talks between A and B" (a
 * bystander, no side) beside a side that "thanked X for hosting talks with B" (the other side);
 * thanks "for facilitating the talks" go to the talks told before, on their own day.
 * Sentences written for these tests, about invented events.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

// A Friday: Monday is 12-01.
const read = reader('2025-12-05');

describe('joint and credited mediation', () => {
  it('when two state adjectives joined by a hyphen own a mediation, then both mediated', () => {
    const { dated } = read(
      'The truce was reached under Gabonese-Angolan mediation between the Congolese Armed Forces and the Kivu Liberation Front on Monday.',
    );
    expect(ofType(dated, 'MEDIATED')).toEqual([
      'MEDIATED Gabon -> Congolese Armed Forces @2025-12-01',
      'MEDIATED Gabon -> Kivu Liberation Front @2025-12-01',
      'MEDIATED Angola -> Congolese Armed Forces @2025-12-01',
      'MEDIATED Angola -> Kivu Liberation Front @2025-12-01',
    ]);
  });

  it('when two state adjectives joined by a hyphen name talks, then they are its sides', () => {
    const { triples } = read('Gabonese-Angolan talks resumed in Luanda on Monday.');
    expect(triples).toEqual(['MET_WITH Angola -> Gabon']);
  });

  it('when a third state thanked the host of talks between two sides, then it is no side of them', () => {
    const { triples, events } = read(
      'The United States thanked Gabon for hosting talks between the Congolese Armed Forces and the Kivu Liberation Front in Libreville.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Gabon -> Congolese Armed Forces',
      'MEDIATED Gabon -> Kivu Liberation Front',
    ]);
    expect(events).toEqual([
      'talks happened: Congolese Armed Forces party, Gabon host, Kivu Liberation Front party',
    ]);
  });

  it("when a side thanked the host of its talks with the other side, then the two met at the host's table", () => {
    const { triples } = read(
      'Cameroon thanked Gabon for hosting talks with the Kivu Liberation Front in Libreville.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Gabon -> Kivu Liberation Front',
      'MEDIATED Gabon -> Cameroon',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Cameroon -> Kivu Liberation Front']);
  });

  it('when two states "agreed in" a deal a third state brokered, then the deal was made and the third state mediated', () => {
    const { dated } = read(
      'Gabon and Angola agreed in a Congo-brokered deal last year to restore diplomatic ties.',
    );
    expect(ofType(dated, 'MEDIATED')).toEqual([
      'MEDIATED Democratic Republic of the Congo -> Gabon @2024',
      'MEDIATED Democratic Republic of the Congo -> Angola @2024',
    ]);
  });

  it('when the occasion is still a plan ("plan to sign ... in a ceremony"), then nothing happened', () => {
    const { statuses } = read('Gabon and Angola plan to sign the accord in a ceremony in Luanda.');
    expect(statuses.filter((s) => s.endsWith('happened'))).toEqual([]);
  });

  it('when the clause closes ", alongside Y", then Y mediated beside the subject', () => {
    const { triples } = read(
      'Gabon has also been mediating between Zambia and Angola in the border dispute, alongside Cameroon and Chad.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Cameroon -> Angola',
      'MEDIATED Cameroon -> Zambia',
      'MEDIATED Chad -> Angola',
      'MEDIATED Chad -> Zambia',
      'MEDIATED Gabon -> Angola',
      'MEDIATED Gabon -> Zambia',
    ]);
  });
});

describe('thanks for the talks told before', () => {
  it("when one side's spokesman thanked a state for facilitating the talks, then the state mediated between the sides told before, not with the spokesman", () => {
    const { triples } = read(
      [
        "Ethiopia's junta and the Southern Liberation Front held talks in Nairobi on Wednesday.",
        'Front spokesman Musa Hamid thanked Kenya for facilitating the talks.',
      ].join('\n'),
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Kenya -> Ethiopia',
      'MEDIATED Kenya -> Southern Liberation Front',
    ]);
  });

  it('when a bystander credited a host with hosting the talks, then the host mediated between the sides, not with the bystander', () => {
    const { triples } = read(
      [
        'Laos and Vietnam held talks in Kuala Lumpur on Monday.',
        'US President Howard Blaine credited Malaysian Prime Minister Razak Halim with hosting the talks.',
      ].join('\n'),
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Razak Halim -> Laos',
      'MEDIATED Razak Halim -> Vietnam',
    ]);
  });

  it('when a leader "called X on Wednesday to thank him for hosting the talks", then X hosted the talks on their own day and the caller hosted nothing', () => {
    const { dated } = read(
      [
        'Laos and Vietnam resumed negotiations in Suva on Tuesday. Fijian Prime Minister Sitiveni Rabuka is acting as go-between.',
        'In Vientiane, Prime Minister Sonexay Siphandone said Laos wanted a fair outcome. He called Rabuka on Wednesday evening to thank him for hosting the talks.',
      ].join('\n'),
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Sitiveni Rabuka -> Laos @2025-12-02',
        'SPOKE_WITH Sitiveni Rabuka -> Sonexay Siphandone @2025-12-03',
      ]),
    );
    expect(dated).toContain('HOSTED Sitiveni Rabuka -> Laos @2025-12-02');
    expect(dated.filter((t) => /^(?:MEDIATED|HOSTED) Sonexay/.test(t))).toEqual([]);
    expect(dated.filter((t) => t.startsWith('MEDIATED') && t.endsWith('@2025-12-03'))).toEqual([]);
  });
});

describe('efforts praised', () => {
  it.each([
    'The Security Council welcomed the efforts of Turkey in facilitating the talks between Sudan and the Rapid Support Forces.',
    "The Security Council praised Turkey's efforts in mediating between Sudan and the Rapid Support Forces.",
    "Kenya praised Turkey's key role in brokering the deal between Sudan and the Rapid Support Forces.",
  ])(
    "when someone praised a state's efforts or role in mediating, then that state mediated between the sides, and the one who praised did not: %s",
    (text) => {
      const { triples } = read(text);
      expect(ofType(triples, 'MEDIATED').sort()).toEqual([
        'MEDIATED Turkey -> Rapid Support Forces',
        'MEDIATED Turkey -> Sudan',
      ]);
    },
  );
});
