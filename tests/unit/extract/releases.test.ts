/**
 * Releases, communiqués and readouts as institutions write them: numbered paragraphs, "the
 * Facilitator" and "the two heads of delegation" followed through the text, a state named by
 * its letters ("(FGS)"), an office with its brief before the holder's name, co-chairs who stand
 * for the sides, a secretary general who "received" two ministers "for a joint meeting", and a
 * moderator of a co-chaired meeting. Sentences written for these tests, about invented people
 * of real states and invented bodies.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, ofType, reader } from './helpers.ts';

// A Friday: Monday is 12-01.
const PUB = '2025-12-05';
const read = reader(PUB);

describe('a numbered communiqué and its Facilitator', () => {
  const text = [
    '1. The Extraordinary Session of the IGAD Council of Ministers was held in Djibouti on 12th March 2025.',
    '2. The Council received the report of the IGAD Facilitator for the South Sudan talks, Her Excellency Ambassador Halima Warsame Jama, former Foreign Minister of the Republic of Djibouti.',
    '3. The Council commended the Facilitator for facilitating the second session of the Inclusive Dialogue Plenary between the Government of the Republic of South Sudan and the South Sudan Opposition Alliance (SSOA), held in Entebbe from 3rd to 7th March 2025.',
  ].join('\n\n');

  it('when "the Facilitator" was commended for facilitating a plenary between two sides, then the Facilitator named earlier mediated between them, on its first day', () => {
    const { dated } = read(text);
    expect(ofType(dated, 'MEDIATED').sort()).toEqual([
      'MEDIATED Halima Warsame Jama -> South Sudan @2025-03-03',
      'MEDIATED Halima Warsame Jama -> South Sudan Opposition Alliance @2025-03-03',
    ]);
  });

  it('when a plenary or a facilitator is capitalised, then neither is a person, and a former minister leads nothing', () => {
    const { record, triples } = read(text);
    expect(namesOf(record, 'Person')).toEqual(['Halima Warsame Jama']);
    expect(ofType(triples, 'LEADS')).toEqual([]);
  });
});

describe('a release that names a state by its letters', () => {
  const text = [
    '1. Under the auspices of the East African Community (EAC), consultations between the Federal Government of Somalia (FGS) and the Puntland State of Somalia were held in Arusha on 5 March 2025.',
    '2. The FGS delegation was led by H.E. Farah Ali Nur, and the Puntland delegation by H.E. Saeed Jama Warsame.',
  ].join('\n\n');

  it('when "(FGS)" follows the Federal Government of Somalia, then "the FGS delegation" is Somalia, and "the Puntland delegation" the Puntland State named before', () => {
    const { record, triples } = read(text);
    expect(namesOf(record, 'Organization')).not.toContain('FGS');
    expect(namesOf(record, 'Person').sort()).toEqual(['Farah Ali Nur', 'Saeed Jama Warsame']);
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED East African Community -> Puntland State',
      'MEDIATED East African Community -> Somalia',
    ]);
  });

  it("when a body's name ends in a state's name before its letters (\"Tehrik-i-Taliban Pakistan (TTP)\"), then the letters are the body's, not the state's", () => {
    const { record } = read(
      'Afghan officials hosted talks between Pakistan and the Tehrik-i-Taliban Pakistan (TTP) in Kabul on Monday. The TTP delegation was led by Mufti Noor Wali.',
    );
    expect(record.entities.find((e) => e.name === 'Pakistan')?.aliases ?? []).not.toContain('TTP');
  });
});

describe('the heads of delegation a release follows', () => {
  const text = [
    '1. Under the facilitation of the Republic of Zambia, the Government of Malawi and the Northern Alliance held direct talks in Lusaka on 19 and 20 June 2024.',
    '2. The Government delegation was headed by Mrs. Chikondi Banda, while the Alliance delegation was headed by Colonel Yusuf Phiri.',
    '3. At the close of the talks on 20 June, the two heads of delegation signed, in the presence of Minister Mwila Tembo, a Declaration of Commitment providing for the cessation of hostilities in the districts of Chitipa and Karonga.',
    '4. On 21 June, President Hakainde Mwansa received in audience the two heads of delegation.',
  ].join('\n\n');

  it('when "the two heads of delegation" signed and were received, then they are the two people said to head the delegations, who met each other and the host', () => {
    const { triples } = read(text);
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Chikondi Banda -> Yusuf Phiri',
        'MET_WITH Hakainde Mwansa -> Yusuf Phiri',
        'MET_WITH Chikondi Banda -> Hakainde Mwansa',
      ]),
    );
  });

  it('when districts are listed after "the districts of", and a document is "a Declaration of Commitment", then none of them is a person', () => {
    const { record } = read(text);
    expect(namesOf(record, 'Person').sort()).toEqual([
      'Chikondi Banda',
      'Hakainde Mwansa',
      'Mwila Tembo',
      'Yusuf Phiri',
    ]);
  });
});

describe("a special representative's statement", () => {
  const text = [
    'Today, the EU Special Representative for the Addis-Asmara Dialogue and other Horn of Africa regional issues, Ambassador Henrik Solvang, hosted the Chief Negotiator of Ethiopia, Dawit Alemu, and the Chief Negotiator of Eritrea, Senait Tesfay, in Brussels.',
    'The EU Special Representative briefed the Parties on his contacts with the African Union.',
    'The EU recalls that the 2023 accord was reached with the facilitation of the then EU Special Representative, Matthias Kranz.',
  ].join('\n\n');

  it('when the office runs "for the X Dialogue and other ... issues" before the name, then the named holder hosted and mediated, and "the EU Special Representative" is still that holder, not the former one', () => {
    const { triples } = read(text);
    expect(ofType(triples, 'MEDIATED')).toEqual(
      expect.arrayContaining([
        'MEDIATED Henrik Solvang -> Dawit Alemu',
        'MEDIATED Henrik Solvang -> Senait Tesfay',
      ]),
    );
    expect(triples.filter((t) => t.includes('Matthias Kranz'))).toEqual([]);
  });

  it('when "the Parties" are capitalised, then they are the sides, no one named Parties', () => {
    const { record } = read(text);
    expect(namesOf(record, 'Person')).not.toContain('Parties');
  });
});

describe('a joint press statement of two delegations', () => {
  const text = [
    '1. The Deputy Minister of Foreign Affairs of the Republic of Chile, H.E. Ms. Carolina Fuentes, and the Deputy Minister of Foreign Affairs of the Plurinational State of Bolivia, H.E. Mr. Evaristo Choque, co-chaired a new round of the Political Dialogue between the two countries in Santiago on 21 November 2024.',
    '2. The Bolivian delegation also included Ambassador Rosa Mamani, Director-General for Bilateral Political Affairs, and Mr. Tomas Quispe, Head of Department.',
    '3. The two sides exchanged views on regional developments in Central Asia and the Western Balkans.',
  ].join('\n\n');

  it('when the deputy ministers of two states co-chaired a round of the dialogue between the two countries, then they met as its sides and mediated nothing', () => {
    const { triples } = read(text);
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Carolina Fuentes -> Evaristo Choque');
  });

  it('when officials are "Director-General for Bilateral Political Affairs" or "Head of Department", then the office is no name, leads no state, and the regions named are no one', () => {
    const { record, triples } = read(text);
    expect(namesOf(record, 'Person').sort()).toEqual([
      'Carolina Fuentes',
      'Evaristo Choque',
      'Rosa Mamani',
      'Tomas Quispe',
    ]);
    expect(ofType(triples, 'LEADS')).toEqual([]);
  });
});

describe("a regional body's release on a joint meeting", () => {
  const text = [
    'The Secretary General of the Organization of American States (OAS), Marta Quiroga, received on Wednesday at OAS headquarters in Washington, D.C. the Minister of Foreign Affairs of Honduras, Hon. Iris Zelaya, and the Minister of Foreign Affairs of El Salvador, Mauricio Funes Arce, for a joint meeting.',
    'On Thursday, the Permanent Representative of Honduras to the OAS, Ambassador Rafael Lobo, met separately with the Assistant Secretary General, Nadine Forde.',
    'The OAS has supported the two countries since 2001, when the Secretary General at the time, Anselmo Rivas, facilitated the talks between Honduras and El Salvador.',
  ].join('\n\n');

  it('when a secretary general "received ... at OAS headquarters in Washington, D.C." two ministers "for a joint meeting", then she hosted talks between them and mediated', () => {
    const { triples } = read(text);
    expect(ofType(triples, 'MEDIATED')).toEqual(
      expect.arrayContaining([
        'MEDIATED Marta Quiroga -> Iris Zelaya',
        'MEDIATED Marta Quiroga -> Mauricio Funes Arce',
      ]),
    );
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Iris Zelaya -> Mauricio Funes Arce');
  });

  it('when an ambassador is "Permanent Representative of A to the OAS", then the name after the comma is theirs', () => {
    const { triples } = read(text);
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Nadine Forde -> Rafael Lobo');
  });

  it('when the secretary general "at the time" facilitated talks "since 2001, when", then those talks are of 2001, by a former holder who leads nothing', () => {
    const { dated, triples } = read(text);
    expect(ofType(dated, 'MEDIATED')).toEqual(
      expect.arrayContaining([
        'MEDIATED Anselmo Rivas -> Honduras @2001',
        'MEDIATED Anselmo Rivas -> El Salvador @2001',
      ]),
    );
    expect(ofType(triples, 'LEADS')).toEqual([
      'LEADS Marta Quiroga -> Organization of American States',
    ]);
  });
});

describe('a media statement of two co-chairs and their moderator', () => {
  const text = [
    'The Prime Minister of Vanuatu, Hon. Joe Natuman, MP, and the President of the Autonomous Region of Tanna, Hon. Sela Kaltong, co-chaired the meeting of the Joint Council in Lenakel on 8 and 9 April 2025.',
    'The meeting was moderated by the Rt Hon Sir Peter Maiava, former Governor-General of Samoa.',
  ].join('\n\n');

  it('when "Hon. X, MP, and ... Y co-chaired the meeting" and "the meeting was moderated by Z", then X and Y met as its sides and Z mediated between them on its first day', () => {
    const { dated, record } = read(text);
    expect(ofType(dated, 'MET_WITH')).toContain('MET_WITH Joe Natuman -> Sela Kaltong @2025-04-08');
    expect(ofType(dated, 'MEDIATED').sort()).toEqual([
      'MEDIATED Peter Maiava -> Joe Natuman @2025-04-08',
      'MEDIATED Peter Maiava -> Sela Kaltong @2025-04-08',
    ]);
    expect(namesOf(record, 'Organization')).not.toContain('MP');
  });
});

describe('a summit communiqué and its list of attendees', () => {
  const text = [
    '2. Summit was chaired by His Excellency Mr. Daniel Mbeki, President of the Republic of Botswana.',
    '3. Summit was attended by the following:',
    ' - Her Excellency Dr. Amina Juma, President of the United Republic of Tanzania and Incoming Chairperson of the Organ;',
    ' - Honourable Petrus Nangolo, Minister of International Relations of the Republic of Namibia, on behalf of His Excellency Dr. Johannes Shilongo, President of the Republic of Namibia; and',
    ' - The Right Honourable Teboho Mokoena, Prime Minister of the Kingdom of Lesotho.',
  ].join('\n');

  it('when a summit "was attended by the following:" and a bulleted list, then everyone listed met the chair and each other, and the one represented met no one', () => {
    const { triples } = read(text);
    const met = ofType(triples, 'MET_WITH');
    expect(met).toEqual(
      expect.arrayContaining([
        'MET_WITH Amina Juma -> Daniel Mbeki',
        'MET_WITH Daniel Mbeki -> Petrus Nangolo',
        'MET_WITH Daniel Mbeki -> Teboho Mokoena',
        'MET_WITH Amina Juma -> Petrus Nangolo',
        'MET_WITH Amina Juma -> Teboho Mokoena',
        'MET_WITH Petrus Nangolo -> Teboho Mokoena',
      ]),
    );
    expect(met.filter((t) => t.includes('Johannes Shilongo'))).toEqual([]);
  });

  it('when an attendee is "President of A and Incoming Chairperson of the Organ", then she leads A', () => {
    const { triples } = read(text);
    expect(ofType(triples, 'LEADS')).toContain('LEADS Amina Juma -> Tanzania');
  });
});

describe('a readout of a call from a Secretary of Foreign Affairs', () => {
  it('when a minister "received a telephone call yesterday from the Secretary of Foreign Affairs of the Republic of the Philippines, H.E. X", then the two spoke', () => {
    const { triples } = read(
      "The Minister of Foreign Affairs of Malaysia, Dato' Seri Hafiz bin Yusof, received a telephone call yesterday from the Secretary of Foreign Affairs of the Republic of the Philippines, H.E. Teresa Villanueva.",
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([
      'SPOKE_WITH Hafiz bin Yusof -> Teresa Villanueva',
    ]);
  });
});
