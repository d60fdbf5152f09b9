/**
 * Whom someone the text never names met. "During the trip, the visiting State leader met A, B
 * and C", the leader found nowhere, tells whom he met, not that A, B and C met one another;
 * while "A and B met with the rebels", the rebels unnamed, still puts A and B at one table; and
 * a list goes on past "and a top Malaysian diplomat". Sentences written for these tests, about
 * invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

const read = reader('2026-09-18');

describe('a meeting with someone the text does not name', () => {
  it('when an unnamed visitor "met" three officials of the host, then the three did not meet one another', () => {
    const { triples } = read(
      'During the trip, the visiting State leader met Indonesian Vice President Dewi Santoso, Indonesian Foreign Minister Budi Hartono and Indonesian Defence Minister Agus Wibowo.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when two named sides "met with the rebels", then the two still met', () => {
    const { triples } = read('On Monday Indonesia and Malaysia met with the rebels in Kuching.');
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Indonesia -> Malaysia']);
  });
});

describe('a list that names its second item by rank and state', () => {
  it.each(['a top Malaysian diplomat', 'a Malaysian envoy'])(
    'when "an Indonesian minister and %s met with" a president, then both met him',
    (second) => {
      const { triples } = read(
        `Indonesian Foreign Minister Budi Hartono and ${second} met with Thai Prime Minister Somchai Wong in Bangkok on Friday.`,
      );
      expect(ofType(triples, 'MET_WITH')).toEqual(
        expect.arrayContaining([
          'MET_WITH Budi Hartono -> Somchai Wong',
          'MET_WITH Malaysia -> Somchai Wong',
        ]),
      );
    },
  );
});
