/**
 * Events in date order, one page at a time, without reading every event. No engine here stops
 * an index range scan after the first rows in index order, so the page is read window by
 * window of `day` (the event's date, '' when undated): undated events first, then from the
 * earliest day on, each window twice as long as the one before, until the page is full. A
 * window is one range seek, so a page costs the events of the windows it spans, not the store.
 */
import type { Row } from './cypher-engine.ts';
import type { QueryName } from './cypher-registry.ts';

type Read = (name: QueryName, params: Record<string, unknown>) => Promise<Row[]>;

export interface PageQuery {
  kinds: readonly string[] | null;
  from: string | null;
  to: string | null;
  /** The `[date, id]` of the last event of the previous page. */
  after: readonly [string, string] | null;
  /** Rows to find: the page and one more, which says that another page follows. */
  rows: number;
}

/** Past every day: where windows stop. */
const END = '\uffff';
const DAY_MS = 86_400_000;
const FIRST_SPAN_DAYS = 32;

/** The day `days` after the start of `day` ('2005', '2005-03' or '2005-03-14'), or END. */
export function dayAfter(day: string, days: number): string {
  const [year, month = 1, date = 1] = day.split('-').map(Number);
  const at = new Date(0);
  at.setUTCFullYear(year!, month - 1, date);
  const next = new Date(at.getTime() + days * DAY_MS);
  if (Number.isNaN(next.getTime()) || next.getUTCFullYear() > 9999) return END;
  return next.toISOString().slice(0, 10);
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
 * One page of `{ id, date }` rows in date order. `firstDay` is the earliest event date the
 * store has held (read/get-meta); null when no event was ever dated.
 */
export async function eventPage(
  read: Read,
  query: PageQuery,
  firstDay: string | null,
): Promise<Row[]> {
  const found: Row[] = [];
  const window = async (lo: string, hi: string) => {
    const common = {
      from: query.from,
      to: query.to,
      after: query.after,
      first: query.rows - found.length,
    };
    const rows = query.kinds
      ? (
          await Promise.all(
            query.kinds.map((kind) =>
              read('read/list-events-of-kind', {
                ...common,
                lo: `${kind} ${lo}`,
                hi: `${kind} ${hi}`,
              }),
            ),
          )
        ).flat()
      : await read('read/list-events-between', { ...common, lo, hi });
    found.push(...rows.sort(byDay).slice(0, query.rows - found.length));
  };
  // A window in time keeps only dated events, so undated ones are read only without one.
  let lo = query.after?.[0] ?? '';
  if (lo === '' && query.from === null && query.to === null) await window('', '0');
  if (firstDay === null) return found;
  // An event dated 2023 is in a window from 2023-05: it starts no later than the year.
  for (const floor of [firstDay, query.from?.slice(0, 4) ?? '']) if (lo < floor) lo = floor;
  for (let span = FIRST_SPAN_DAYS; found.length < query.rows && lo < END; span *= 2) {
    if (query.to !== null && lo > query.to) break;
    const hi = dayAfter(lo, span);
    await window(lo, hi);
    lo = hi;
  }
  return found;
}
