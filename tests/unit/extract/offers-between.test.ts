/**
 * Offers of good offices in words that are no word of mediation: whatever an outsider offers
 * or stands ready to do "between A and B" ("to forge greater understanding", "to help ease
 * tensions") it offers to stand between them. Not a side's own offer, nor one refused.
 * Sentences written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

const read = reader('2026-04-17');
const OFFERED = (who: string) => [
  `OFFERED_MEDIATION ${who} -> Cambodia`,
  `OFFERED_MEDIATION ${who} -> Thailand`,
];

describe('an offer to do something between two sides', () => {
  it.each([
    'Malaysian Foreign Minister Aziz Rahman on Friday offered to “forge greater understanding” between Bangkok and Phnom Penh.',
    'Malaysian Foreign Minister Aziz Rahman said he stood ready to help ease tensions between Thailand and Cambodia.',
  ])('when "%s", then he offered to mediate between the two', (sentence) => {
    const { triples } = read(sentence);
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual(OFFERED('Aziz Rahman'));
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });

  it('when one of the sides offers to settle the row between itself and the other, then it offered no mediation', () => {
    const { triples } = read(
      'Thailand offered to settle the dispute between Thailand and Cambodia.',
    );
    expect(ofType(triples, 'OFFERED_MEDIATION')).toEqual([]);
  });

  it('when the outsider did not offer it, then there is no offer', () => {
    const { triples } = read(
      'Malaysia did not offer to ease tensions between Thailand and Cambodia.',
    );
    expect(ofType(triples, 'OFFERED_MEDIATION')).toEqual([]);
  });
});
