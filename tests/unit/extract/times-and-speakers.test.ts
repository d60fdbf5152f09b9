/**
 * A meeting named as a time ("decided to stay after meeting with X") is no object of the plan
 * before it, so it happened; and after a speech participle (", saying he would ...") "he" and
 * "his" are the clause's subject, not the last person named. Sentences written for these
 * tests; the states are real, the people and events invented.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

// A Saturday: Friday is 06-06.
const PUB = '2025-06-07';

describe('a meeting named as a time', () => {
  it('when an envoy "decided to stay after meeting with" a speaker on Friday, then the two met', () => {
    const { dated } = extracted(
      'Lindqvist decided to stay after meeting with Blanco on Friday.',
      PUB,
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Blanco -> Lindqvist @2025-06-06']);
  });

  it('when an envoy "plans to leave after talks with" a speaker next week, then they have not met yet', () => {
    const { triples } = extracted(
      'Lindqvist plans to leave Lima after talks with Blanco next week.',
      PUB,
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});

describe('a speaker after a speech participle', () => {
  it('when an envoy met someone, "saying he would pursue his mediation between" two others, then the offer is the envoy\'s', () => {
    const { triples } = extracted(
      'Lindqvist, who had been due to leave on Friday, decided to stay after meeting with Blanco, saying he would pursue his mediation between Peru and Chile.',
      PUB,
    );
    const offers = ofType(triples, 'OFFERED_MEDIATION');
    expect(offers.sort()).toEqual([
      'OFFERED_MEDIATION Lindqvist -> Chile',
      'OFFERED_MEDIATION Lindqvist -> Peru',
    ]);
  });
});
