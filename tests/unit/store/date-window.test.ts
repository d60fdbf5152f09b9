import { describe, expect, it } from 'vitest';
import { dayBounds, firstDay, lastDay } from '../../../server/store/date-window.ts';
import { BOUNDS, daySpan, FACT_DATES, overlaps } from '../../helpers/date-oracle.ts';

/** The store's comparison of a fact's date with the day bounds, as the statements write it. */
const inside = (date: string, bounds: { fromDay: string | null; toDay: string | null }) =>
  (bounds.fromDay === null || date >= bounds.fromDay.slice(0, date.length)) &&
  (bounds.toDay === null || date <= bounds.toDay);

describe('date windows as day bounds', () => {
  it('when a bound is a year or a month, then the window runs from its first day to its last', () => {
    expect(firstDay('2022')).toBe('2022-01-01');
    expect(firstDay('2022-10')).toBe('2022-10-01');
    expect(firstDay('2022-10-31')).toBe('2022-10-31');
    expect(lastDay('2022')).toBe('2022-12-31');
    expect(lastDay('2022-10')).toBe('2022-10-31');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2023-02')).toBe('2023-02-28');
    expect(lastDay('2022-10-05')).toBe('2022-10-05');
    expect(dayBounds({ from: null, to: '2022' })).toEqual({ fromDay: null, toDay: '2022-12-31' });
  });

  it('when the bounds are the oracle days, then they are the same days', () => {
    for (const bound of BOUNDS) {
      const [start, end] = daySpan(bound);
      expect(daySpan(firstDay(bound))).toEqual([start, start]);
      expect(daySpan(lastDay(bound))).toEqual([end, end]);
    }
  });

  it.each(FACT_DATES)(
    'when a fact dated %s meets every window of every precision, then the string comparison agrees with the days',
    (date) => {
      for (const from of [null, ...BOUNDS]) {
        for (const to of [null, ...BOUNDS]) {
          expect({ date, from, to, inside: inside(date, dayBounds({ from, to })) }).toEqual({
            date,
            from,
            to,
            inside: overlaps(date, from, to),
          });
        }
      }
    },
  );
});
