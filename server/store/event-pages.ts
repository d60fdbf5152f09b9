/**
 * Events in date order, one page at a time, without reading every event. The embedded engine
 * answers a range query on an index by reading the whole index, so events are read month by
 * month (`month`: a date's first seven characters, '2005-03', or '2005' for a year; '' when
 * undated) by equality seeks: undated events first, then from the month of the earliest date
 * on, each window of months twice as long as the one before, until the page is full. A page
 * costs the events of the months it spans, not the store.
 */
import type { Row } from './cypher-engine.ts';
import type { QueryName } from './cypher-registry.ts';

type Read = (name: QueryName, params: Record<string, unknown>) => Promise<Row[]>;

export interface PageQuery {
  /** What became of the events to list (happened, planned, ...). */
  statuses: readonly string[];
  kinds: readonly string[] | null;
  /** The window's first and last days (date-window.ts); null where it is open. */
  fromDay: string | null;
  toDay: string | null;
  /** The `[date, id]` of the last event of the previous page. */
  after: readonly [string, string] | null;
  /** Rows to find: the page and one more, which says that another page follows. */
  rows: number;
}

/** The month key of a date, as write/upsert-events stores it. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The key after `month` in date order: '2005' -> '2005-01' ... '2005-12' -> '2006'. */
export function nextMonth(month: string): string | null {
  const year = Number(month.slice(0, 4));
  if (!/^\d{4}(-\d{2})?$/.test(month) || year >= 9999) return null;
  if (month.length === 4) return `${month}-01`;
  const m = Number(month.slice(5));
  return m < 12
    ? `${month.slice(0, 5)}${String(m + 1).padStart(2, '0')}`
    : String(year + 1).padStart(4, '0');
}

const byDay = (a: Row, b: Row) =>
  String(a.date) < String(b.date)
    ? -1
    : String(a.date) > String(b.date)
      ? 1
      : String(a.id) < String(b.id)
        ? -1
        : 1;

/**
 * One page of `{ id, date }` rows in date order. `bounds` are the earliest and latest event
 * dates the store has held (read/get-meta); null when no event was ever dated.
 */
export async function eventPage(
  read: Read,
  query: PageQuery,
  bounds: { firstDay?: unknown; lastDay?: unknown },
): Promise<Row[]> {
  const found: Row[] = [];
  const window = async (months: string[]) => {
    const common = {
      statuses: query.statuses,
      fromDay: query.fromDay,
      toDay: query.toDay,
      after: query.after,
      first: query.rows - found.length,
    };
    const rows = query.kinds
      ? (
          await Promise.all(
            query.kinds.map((kind) =>
              read('read/list-events-of-kind', {
                ...common,
                months: months.map((m) => `${kind} ${m}`),
              }),
            ),
          )
        ).flat()
      : await read('read/list-events-in-months', { ...common, months });
    found.push(...rows.sort(byDay).slice(0, query.rows - found.length));
  };
  // A window in time keeps only dated events, so undated ones are read only without one.
  let day = query.after?.[0] ?? '';
  if (day === '' && query.fromDay === null && query.toDay === null) await window(['']);
  if (typeof bounds.firstDay !== 'string' || typeof bounds.lastDay !== 'string') return found;
  // An event dated 2023 is in a window from 2023-05: paging starts no later than the year.
  for (const floor of [bounds.firstDay, query.fromDay?.slice(0, 4) ?? ''])
    if (day < floor) day = floor;
  // A window to 2023 ends on 2023-12-31: its last month is December.
  const last = [monthOf(bounds.lastDay), query.toDay === null ? null : monthOf(query.toDay)]
    .filter((m): m is string => m !== null)
    .sort()[0]!;
  // After the year of the window's first day come its months, from the first day's own month.
  const opening = query.fromDay === null ? null : monthOf(query.fromDay);
  const next = (month: string): string | null => {
    const after = nextMonth(month);
    return after !== null && opening !== null && after.length === 7 && after < opening
      ? opening
      : after;
  };
  let month: string | null = monthOf(day);
  for (let span = 1; found.length < query.rows && month !== null && month <= last; span *= 2) {
    const months: string[] = [];
    for (; months.length < span && month !== null && month <= last; month = next(month)) {
      months.push(month);
    }
    await window(months);
  }
  return found;
}
