/**
 * The explorer's time window against the plain meaning of a window (tests/helpers/date-oracle):
 * every fact date of each precision against every window whose bounds are years, months or
 * days, on either side. The API's date-windows test holds the store to the same oracle, so
 * the canvas and the answers cannot disagree.
 */
import { describe, expect, it } from 'vitest';
import { inWindow } from '../../../client/src/graph/filters.ts';
import { FACT_DATES, overlaps, precisionOf, windows } from '../../helpers/date-oracle.ts';

describe('time windows in the explorer', () => {
  const cases = windows();

  it('when the windows are listed, then every pair of precisions (year, month, day) is among them', () => {
    const pairs = new Set(
      cases
        .filter((w) => w.from && w.to)
        .map((w) => `${precisionOf(w.from!)}-${precisionOf(w.to!)}`),
    );
    expect(pairs.size).toBe(9);
  });

  it.each(cases.map((w) => [w.from ?? '…', w.to ?? '…', w] as const))(
    'when the window is %s to %s, then a fact shows exactly when a day of it is inside',
    (_from, _to, window) => {
      const shown = FACT_DATES.filter((date) => inWindow(date, window));
      expect(shown).toEqual(FACT_DATES.filter((date) => overlaps(date, window.from, window.to)));
    },
  );

  it('when a fact is dated 2022-10 or 2022-10-31, then it is inside to: 2022 and to: 2022-10', () => {
    for (const date of ['2022-10', '2022-10-31'])
      for (const to of ['2022', '2022-10']) expect(inWindow(date, { from: null, to })).toBe(true);
    expect(inWindow('2022-10-31', { from: null, to: '2022-10-30' })).toBe(false);
  });
});
