/**
 * Who a description stands for, and who a nationality makes a side: "the two foes" after a
 * quotation are the story's two sides, not the states a speaker named in it; "British
 * businessman X" is X, whom a nationality and a trade describe, not the United Kingdom
 * ("Serbian negotiator X" still stands for Serbia's side). Sentences written for these tests;
 * the states are real, the people and events invented.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

// A Saturday: Friday is 06-06.
const PUB = '2025-06-07';

describe('a quotation names no antecedent', () => {
  it('when a speaker who "brought the two foes together" named two states in his quote, then he mediated between the accord\'s sides', () => {
    const { triples } = extracted(
      'Peruvian President Ana Soto and rebel leader Hugo Blanco sealed an accord on Friday. "This is a historic day for the people of Peru and Chile," said Bolivian President Evo Quispe, who brought the two foes together for the first time.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Evo Quispe -> Ana Soto',
      'MEDIATED Evo Quispe -> Hugo Blanco',
    ]);
    expect(triples.join(' ')).not.toMatch(/Chile/);
  });
});

describe('a nationality and a trade', () => {
  it('when an accord "was brokered by Italy and British businessman Roland Ashby", then Ashby himself mediated, not the United Kingdom', () => {
    const { triples } = extracted(
      'Peru and Chile signed an accord on Friday. The agreement was brokered by Italy and British businessman Roland Ashby.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Italy -> Chile',
      'MEDIATED Italy -> Peru',
      'MEDIATED Roland Ashby -> Chile',
      'MEDIATED Roland Ashby -> Peru',
    ]);
  });
});
