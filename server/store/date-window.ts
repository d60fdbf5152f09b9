/**
 * What "inside a time window" means to every statement: a fact dated 2022, 2022-10 or
 * 2022-10-31 is the span of days it names, a window runs from the first day `from` names to
 * the last day `to` names, and a fact is inside when the two share a day. So `to: "2022"` holds
 * a fact of 2022-10-31 and `to: "2022-10-05"` one of 2022-10 (the explorer's filters.ts says
 * the same). The bounds are worked out here, once, from each argument's precision; the
 * statements then compare a fact's date with whole days, which a date string does by prefix:
 * a fact starts on or before `$toDay` when `date <= $toDay`, and ends on or after `$fromDay`
 * when `date >= substring($fromDay, 0, size(date))`. The month seeks of event pages take their
 * last month from `$toDay` too (event-pages.ts), so a year's `to` reads through December.
 */
import type { TimeWindow } from './graph-store.ts';

export interface DayBounds {
  /** The first day of the window (`YYYY-MM-DD`), or null when it is open at the start. */
  fromDay: string | null;
  /** The last day of the window (`YYYY-MM-DD`), or null when it is open at the end. */
  toDay: string | null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The first day a date of any precision names: 2022 -> 2022-01-01, 2022-10 -> 2022-10-01. */
export function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a date of any precision names: 2022 -> 2022-12-31, 2024-02 -> 2024-02-29. */
export function lastDay(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return date;
  if (!month) return `${year}-12-31`;
  // Day 0 of the next month is this month's last day.
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${pad(last)}`;
}

/** The day bounds of a window whose ends were checked as dates (api/limits.ts). */
export function dayBounds(window: TimeWindow): DayBounds {
  return {
    fromDay: window.from ? firstDay(window.from) : null,
    toDay: window.to ? lastDay(window.to) : null,
  };
}
