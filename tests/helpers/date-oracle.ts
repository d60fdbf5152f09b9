/**
 * What "inside a time window" means, worked out the slow and obvious way, for tests to hold
 * the store's string comparisons and the explorer's against: a fuzzy date (2022, 2022-10,
 * 2022-10-31) is the span of days it names, a window is the days from the first day of `from`
 * to the last day of `to`, and a fact is inside when the two spans share a day.
 */

/** The first and last day a fuzzy date names, as epoch days. */
export function daySpan(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const start = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  const end = d
    ? start
    : m
      ? Date.UTC(y, m, 1) - 86_400_000 // the month's last day
      : Date.UTC(y + 1, 0, 1) - 86_400_000;
  return [start / 86_400_000, end / 86_400_000];
}

export function overlaps(date: string, from: string | null, to: string | null): boolean {
  const [start, end] = daySpan(date);
  if (from && end < daySpan(from)[0]) return false;
  if (to && start > daySpan(to)[1]) return false;
  return true;
}

/** Dates of each precision around the end of October 2022, where month and year bounds meet. */
export const FACT_DATES = [
  '2021',
  '2022',
  '2022-09',
  '2022-10',
  '2022-10-31',
  '2022-11-01',
  '2023-01',
];

/** Bounds of each precision (year, month, day) on both sides of those facts. */
export const BOUNDS = [
  '2022',
  '2023',
  '2022-10',
  '2022-11',
  '2022-10-30',
  '2022-10-31',
  '2022-11-01',
];

export const precisionOf = (date: string): string =>
  date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';

/** Every window of those bounds that is not empty, with open ends, each precision pair in it. */
export function windows(): { from: string | null; to: string | null }[] {
  const sides = [null, ...BOUNDS];
  return sides.flatMap((from) =>
    sides
      .filter((to) => !from || !to || daySpan(from)[0] <= daySpan(to)[1])
      .map((to) => ({ from, to })),
  );
}
