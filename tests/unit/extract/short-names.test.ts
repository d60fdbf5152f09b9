/**
 * How later sentences shorten what the first one named: a given name after a family-first
 * name ("Khoa" after "Tran Minh Khoa"), the first words of a long name ("Omar Sheikh" after
 * "Omar Sheikh Abdirahman"); the owner of a residence or an invitation is no place; a region's
 * adjective ("the West African neighbours") is no one; and "the foreign ministers of A and B"
 * are the states' people, not their presidents. A surname that is also a body's name
 * ("Wagner") ends a person's name; "His Highness" is a style, no one; a title in lower case
 * keeps its office in lower case ("under secretary for political affairs X"). Sentences
 * written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, ofType, reader } from './helpers.ts';

// A Friday: Saturday is 11-29, Sunday 11-30, Monday 12-01 ... Thursday 12-04.
const PUB = '2025-12-05';
const read = reader(PUB);

describe('short names', () => {
  it('when a family-first name is later shortened to its given name, then it is the same person', () => {
    const { dated, record } = read(
      'Vietnamese Foreign Minister Tran Minh Khoa met Lao Foreign Minister Somphet Vongsa in Vientiane on Tuesday.',
      'On Thursday, Khoa spoke by phone with Somphet about the river talks.',
    );
    expect(namesOf(record, 'Person')).toEqual(['Somphet Vongsa', 'Tran Minh Khoa']);
    expect(dated).toContain('SPOKE_WITH Somphet Vongsa -> Tran Minh Khoa @2025-12-04');
  });

  it('when a long name is later given by its first two words, then it is the same person', () => {
    const { dated, record } = read(
      'Somali President Omar Sheikh Abdirahman met Kenyan President Amara Okafor in Nairobi on Monday.',
      'Omar Sheikh and Okafor held talks again on Wednesday.',
    );
    expect(namesOf(record, 'Person')).toEqual(['Amara Okafor', 'Omar Sheikh Abdirahman']);
    expect(dated).toContain('MET_WITH Amara Okafor -> Omar Sheikh Abdirahman @2025-12-03');
  });

  it('when two people share only the first word of their names, then they stay two', () => {
    const { record } = read(
      'Omar Haji Farah met Omar Sheikh Abdirahman in Mogadishu on Monday.',
      'Omar Haji then flew to Addis Ababa.',
    );
    expect(namesOf(record, 'Person')).toEqual(['Omar Haji Farah', 'Omar Sheikh Abdirahman']);
  });
});

describe('what is no place and no one', () => {
  it("when talks are held at a person's residence, then the person is no place, and the city is where they met", () => {
    const { dated, record } = read(
      "Guyanese President Neil Ramdass and Surinamese President Rita Kromo met for talks at Lindqvist's official residence in Stockholm on Monday.",
      'Lindqvist said both sides had agreed to keep talking.',
    );
    expect(namesOf(record, 'Place')).toEqual(['Stockholm']);
    expect(record.events.map((e) => e.place)).toEqual(['Stockholm']);
    expect(dated).toContain('MET_WITH Neil Ramdass -> Rita Kromo @2025-12-01');
  });

  it("when a region's adjective describes the parties, then it names no one and they are the states told before", () => {
    const { dated, record } = read(
      'Ghana and Togo have quarrelled over their border for a year.',
      'Senegal has so far hosted two rounds of meetings between the West African neighbours.',
    );
    expect(record.entities.map((e) => e.name)).not.toContain('West African');
    expect(dated.filter((r) => r.startsWith('MEDIATED'))).toEqual([
      'MEDIATED Senegal -> Ghana @2025',
      'MEDIATED Senegal -> Togo @2025',
    ]);
  });

  it('when the foreign ministers of two states are said to meet, then the states met, not their presidents', () => {
    const { dated } = read(
      'Kenyan President Amara Okafor spoke with Ghanaian President Kofi Mensah on Sunday.',
      'A first round of talks between the foreign ministers of Ghana and Kenya took place in Accra on Tuesday.',
    );
    expect(dated).toContain('MET_WITH Ghana -> Kenya @2025-12-02');
    expect(dated).not.toContain('MET_WITH Amara Okafor -> Kofi Mensah @2025-12-02');
  });
});

describe('names and the words around them', () => {
  it("when a person's surname is also a body's name, then it is the person's surname", () => {
    const { dated, record } = read(
      'Foreign ministers Ingrid Solheim Wagner and Tomas Havel signed the accord in Oslo on Monday.',
    );
    expect(namesOf(record, 'Person')).toEqual(['Ingrid Solheim Wagner', 'Tomas Havel']);
    expect(namesOf(record, 'Organization')).toEqual([]);
    expect(dated).toContain('MET_WITH Ingrid Solheim Wagner -> Tomas Havel @2025-12-01');
  });

  it('when a ruler is given a style ("His Highness"), then the style names no one', () => {
    const { record } = read(
      'Doha hosted a meeting between His Highness the Amir Sheikh Nasser bin Khalid Al Kuwari and Kenyan President Amara Okafor on Monday.',
    );
    expect(record.entities.map((e) => e.name)).not.toContain('Highness');
    expect(namesOf(record, 'Person')).toEqual(['Amara Okafor', 'Nasser bin Khalid Al Kuwari']);
  });

  it('when a title in lower case carries its office in lower case, then the name after it is still a person of the list', () => {
    const { triples } = read(
      'On Monday, secretary of state Lena Brandt, under secretary for political affairs Omar Haddad, and senior advisor Ines Moreau hosted the signing of the accord between Kenya and Ghana.',
    );
    expect(triples.filter((t) => t.startsWith('MEDIATED') && t.endsWith('Kenya'))).toEqual([
      'MEDIATED Lena Brandt -> Kenya',
      'MEDIATED Omar Haddad -> Kenya',
      'MEDIATED Ines Moreau -> Kenya',
    ]);
  });

  it('when a delegation is "led by" or "headed by" a person, then that person met whom the delegation met, and mediated nothing', () => {
    const { triples } = read(
      'A Ghanaian delegation, headed by chief negotiator Kofi Asante, met Togolese Foreign Minister Esi Agbeko in Lome on Monday.',
      'The Kenyan delegation, led by Foreign Minister Amara Okafor, held talks with Ugandan Foreign Minister Ruth Nakato on Tuesday.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([
      'MET_WITH Esi Agbeko -> Kofi Asante',
      'MET_WITH Amara Okafor -> Ruth Nakato',
    ]);
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });

  it('when the head of a delegation is given titles in pieces before the name, then the name is still the head', () => {
    const { triples } = read(
      'A Ghanaian delegation, headed by chief negotiator and deputy Ashanti regional chief Kofi Asante, arrived in Lome to meet with Togolese intelligence chief Esi Agbeko.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Esi Agbeko -> Kofi Asante']);
  });

  it("when a person heads a state's delegation, then they lead the delegation, not the state; the head of its government leads it", () => {
    const { triples } = read(
      'Kofi Asante, the head of the Ghanaian delegation, said the talks in Lome were useful.',
      'Amara Okafor, the head of the Kenyan government, met Ugandan officials on Monday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Amara Okafor -> Kenya']);
  });

  it('when an acronym the gazetteer lacks owns a title ("the MPLR\'s leader X"), then X leads that body, and a number-two leads nothing', () => {
    const { triples } = read(
      "The MPLR's leader Tomas Okello met Ugandan officials in Kampala on Monday.",
      "The MPLR's number-two leader Grace Auma met Kenyan officials in Nairobi on Tuesday.",
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Tomas Okello -> MPLR']);
  });

  it('when a minister calls "the Foreign Ministers of A and B", as the readouts of the calls from a ministry say, then the calls were with A and B, not the ministry', () => {
    const { dated } = read(
      'Secretary of State Lena Brandt spoke by phone to the Foreign Ministers of Kenya and Uganda on Monday, according to readouts of the calls from the State Department.',
    );
    expect(dated.filter((t) => t.startsWith('SPOKE_WITH'))).toEqual([
      'SPOKE_WITH Kenya -> Lena Brandt @2025-12-01',
      'SPOKE_WITH Lena Brandt -> Uganda @2025-12-01',
    ]);
  });

  it('when one person is given two titles, the first of a body and without a name, then the person met, not the body', () => {
    const { triples } = read(
      "Secretary of State Lena Brandt met on Monday with the Director of the Office of the Central Foreign Affairs Commission and Vietnam's Foreign Minister Tran Minh Khoa.",
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Lena Brandt -> Tran Minh Khoa']);
  });

  it('when a past form follows a title ("the army chief called"), then it is the verb, not an event noun taking the title in', () => {
    const { statuses } = read(
      "Kenya's army chief called Uganda's army chief on Monday after talks between Kenya and Uganda in Nairobi.",
    );
    // No call event made of "army chief called" as one noun.
    expect(statuses.filter((e) => e.startsWith('call'))).toEqual([]);
    expect(statuses).toContain('talks happened');
  });
});
