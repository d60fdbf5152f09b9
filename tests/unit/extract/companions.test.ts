/**
 * Who came along: a leader who attended something "alongside", "along with" or "together with"
 * another was there with them, also after a comma and after the place it was held in; the
 * place itself came along with no one. Sentences written for these tests; the states are real,
 * the people and events invented. Who joined whom: a state's officials or delegation can be
 * joined in a room; joining someone "in condemning" a coup is a stance shared, no meeting.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

// A Saturday: Monday is 06-02.
const PUB = '2025-06-07';
const met = (sentence: string) => ofType(extracted(sentence, PUB).triples, 'MET_WITH');

describe('a companion at a ceremony or talks', () => {
  it.each([
    'Malawian President Chikondi Banda attended the signing ceremony in Lilongwe on Monday alongside Zambian President Mulenga Phiri.',
    'Malawian President Chikondi Banda attended the closing of the peace talks, together with Zambian President Mulenga Phiri.',
    'Malawian President Chikondi Banda is attending today the closing of the peace talks in Zambia, together with Zambian President Mulenga Phiri.',
  ])('when "%s", then the two met', (sentence) => {
    expect(met(sentence)).toEqual(['MET_WITH Chikondi Banda -> Mulenga Phiri']);
  });

  it('when a leader attended talks "in" a state "together with" a person, then the state is where, not a companion', () => {
    const { triples } = extracted(
      'Malawian President Chikondi Banda attended the peace talks in Zambia, together with Zambian President Mulenga Phiri.',
      PUB,
    );
    expect(triples.filter((t) => t.includes('Zambia -> ') || t.endsWith('-> Zambia'))).toEqual([
      'LEADS Mulenga Phiri -> Zambia',
    ]);
  });
});

describe('a caption', () => {
  it('when a caption says "X, center, raises hands with Y, left, and Z", then the three met', () => {
    expect(
      met(
        'Malawian President Chikondi Banda, center, raises hands with Zambian President Mulenga Phiri, left, and rebel leader Tendai Moyo in Lilongwe, June 2, 2025.',
      ).sort(),
    ).toEqual([
      'MET_WITH Chikondi Banda -> Mulenga Phiri',
      'MET_WITH Chikondi Banda -> Tendai Moyo',
      'MET_WITH Mulenga Phiri -> Tendai Moyo',
    ]);
  });

  it('when protesters "raised their hands", then no one met', () => {
    expect(met('Protesters raised their hands in Lilongwe on Monday.')).toEqual([]);
  });
});

describe('talks about a truce', () => {
  it('when "the truce talks between A and B began", then A and B met; "a ceasefire agreement between A and B took effect" is no meeting', () => {
    expect(met('The truce talks between Malawi and Zambia began in Lilongwe on Monday.')).toEqual([
      'MET_WITH Malawi -> Zambia',
    ]);
    expect(met('A ceasefire agreement between Malawi and Zambia took effect on Monday.')).toEqual(
      [],
    );
  });
});

describe("joining a state's people", () => {
  it('when two delegations "join Zambian officials in Lusaka" for talks, then each met Zambia and each other', () => {
    expect(
      met(
        'Members of the Malawian government and the Tonse Alliance delegations join Zambian officials in Lusaka to mark the start of talks between the two sides on Monday.',
      ).sort(),
    ).toEqual([
      'MET_WITH Malawi -> Tonse Alliance',
      'MET_WITH Malawi -> Zambia',
      'MET_WITH Tonse Alliance -> Zambia',
    ]);
  });

  it('when a minister "joined Zambian diplomats" in Lusaka, then his state met Zambia; joining them "in condemning" a coup is no meeting', () => {
    expect(
      met('The Malawian minister joined Zambian diplomats in Lusaka on Monday for talks.'),
    ).toEqual(['MET_WITH Malawi -> Zambia']);
    expect(met('Malawi joined Zambian diplomats in condemning the coup on Monday.')).toEqual([]);
    expect(met('The Malawian minister joined Hichilema in condemning the coup on Monday.')).toEqual(
      [],
    );
    expect(met('Malawian soldiers joined Zambian troops in the offensive on Monday.')).toEqual([]);
  });
});

describe('accompanying talks', () => {
  it('when states "have been accompanying the talks" as others guarantee them, then they met no one by it', () => {
    expect(
      met(
        'The talks between Malawi and the Tonse Alliance have had Zambia and Kenya as guarantor countries, while Spain and Sweden have been accompanying the talks.',
      ).filter((t) => /Spain|Sweden/.test(t)),
    ).toEqual([]);
  });
});
