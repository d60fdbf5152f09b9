/**
 * One occurrence told twice is one event: a trip reported as "a visit to" a capital and as
 * being "in" its state on a visit is one visit to both places. Sentences written for these
 * tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

const PUB = '2025-05-13';

describe('one trip told twice is one visit', () => {
  it('when a president said something "on a visit to" a capital and "was in" its state on a two-day visit, then it is one visit, to both places', () => {
    const { record, dated } = extracted(
      [
        'Chilean President Tomas Errazuriz said on a visit to Lima on Monday that trade would grow.',
        'Errazuriz was in Peru on a two-day visit, his first to the country since 2019.',
      ].join('\n'),
      PUB,
    );
    const visits = record.events.filter((e) => e.kind === 'visit');
    expect(visits.map((v) => `${v.date} ${v.place}`)).toEqual(['2025-05-12 Lima']);
    expect(ofType(dated, 'VISITED')).toEqual(
      expect.arrayContaining([
        'VISITED Tomas Errazuriz -> Lima @2025-05-12',
        'VISITED Tomas Errazuriz -> Peru @2025-05-12',
      ]),
    );
  });

  it('when two travellers visited two different capitals, then their visits stay apart', () => {
    const { record } = extracted(
      [
        'Chilean President Tomas Errazuriz paid a visit to Lima on Monday.',
        'Argentine President Lucia Ferreyra was in Bolivia on a visit on Tuesday.',
      ].join('\n'),
      PUB,
    );
    expect(record.events.filter((e) => e.kind === 'visit')).toHaveLength(2);
  });
});
