/**
 * Meetings one after the other ("meeting A and then B"), the office someone held then ("and
 * then South African president X"), counterparts dialled, and a surname the text has already
 * used alone for one person, which a relative named later does not take over; a title before
 * another's middle name ("King Omar" after "President Ali Omar Nasser") names someone else,
 * where "President Lula" after "Luiz Inacio Lula da Silva" is still him. Sentences written
 * for these tests; the states are real, the people and events invented.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

const PUB = '2025-06-07';

describe('one after the other', () => {
  it.each([
    'Banda enjoyed a spell of busy diplomacy from around 2019, meeting Zambian President Mulenga Phiri and then Zimbabwean president Tendai Moyo several times.',
    'Banda met Zambian President Mulenga Phiri and then Zimbabwean president Tendai Moyo in 2019.',
  ])(
    'when "%s", then Banda met each, the two did not meet, and the second office was held then',
    (text) => {
      const { triples } = extracted(text, PUB);
      expect(ofType(triples, 'MET_WITH').sort()).toEqual([
        'MET_WITH Banda -> Mulenga Phiri',
        'MET_WITH Banda -> Tendai Moyo',
      ]);
      expect(ofType(triples, 'LEADS')).toEqual(['LEADS Mulenga Phiri -> Zambia']);
    },
  );
});

describe('counterparts dialled', () => {
  it('when a minister "dialled his Zambian and Zimbabwean counterparts", then he spoke with both states', () => {
    const { triples } = extracted(
      'Malawian Foreign Minister Grace Chirwa dialled his Zambian and Zimbabwean counterparts on Friday.',
      PUB,
    );
    expect(ofType(triples, 'SPOKE_WITH').sort()).toEqual([
      'SPOKE_WITH Grace Chirwa -> Zambia',
      'SPOKE_WITH Grace Chirwa -> Zimbabwe',
    ]);
  });
});

describe('a surname already used alone', () => {
  it('when "Banda" has stood for the president and his daughter is then named in full, a later "Banda" is still the president', () => {
    const { triples } = extracted(
      [
        'Malawian President Chikondi Banda arrived in Lusaka on Monday.',
        'Banda was greeted at the airport by his daughter Thoko Banda, who lives in the city.',
        'Later, Banda met Zambian President Mulenga Phiri at State House.',
      ].join('\n'),
      PUB,
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Chikondi Banda -> Mulenga Phiri']);
  });

  it('when a full name comes first and no surname was used alone, the surname is the one last named', () => {
    const { triples } = extracted(
      [
        'Malawian President Chikondi Banda arrived in Lusaka on Monday.',
        'Former Malawian finance minister Thoko Banda also came to the city.',
        'Later, Banda met Zambian President Mulenga Phiri at State House.',
      ].join('\n'),
      PUB,
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Mulenga Phiri -> Thoko Banda']);
  });
});

describe('two surnames opening a sentence', () => {
  it('when "Banda and Phiri spoke by phone" opens a sentence, then the two are people who spoke', () => {
    const { triples } = extracted(
      'Banda and Phiri spoke by phone on Tuesday, the presidency said.',
      PUB,
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Banda -> Phiri']);
  });
});

describe('a title before a middle name', () => {
  it('when "King Omar" follows "President Ali Omar Nasser", then the two are two people, who met', () => {
    const { triples } = extracted(
      'Djiboutian President Ali Omar Nasser signed a deal on Wednesday. Nasser signed the accord in Riyadh at a meeting with King Omar.',
      PUB,
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Ali Omar Nasser -> Omar']);
  });

  it('when "President Lula" follows "Luiz Inacio Lula da Silva", then he is the same man', () => {
    const { triples } = extracted(
      'Brazilian President Luiz Inacio Lula da Silva arrived in Lima on Sunday. President Lula met Boluarte on Monday.',
      PUB,
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Boluarte -> Luiz Inacio Lula da Silva']);
  });
});
