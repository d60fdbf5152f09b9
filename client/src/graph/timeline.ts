/**
 * The timeline layout: time runs left to right on a true scale (a gap of years looks like
 * one), events sit in the top lane at their date, and each actor sits in its type's lane at
 * the middle date of its dated relations; what has no date waits at the left edge. Items
 * that would overlap stack downwards, and each lane is as tall as its stacks. Positions are computed here, without a browser, and applied as a
 * preset layout; `timeTicks` gives the year marks the page draws along the axis.
 */
import { EVENT } from './elements.ts';

export interface Position {
  x: number;
  y: number;
}

const LANES = [EVENT, 'PERSON', 'STATE', 'ORGANIZATION', 'PLACE'];
/** Left margin where undated items wait. */
const UNDATED_X = 0;
const START_X = 160;
/** Horizontal room one item needs before the next column starts. */
const COLUMN = 60;
/** Vertical room one stacked item needs: the largest node (60) and a little air. */
const ROW = 64;
/** How deep a date's stack may grow on average before the axis is made wider. */
const STACK = 8;
const LANE_GAP = 60;

/** A fuzzy date as a fractional year, at the middle of the span it names. */
export function yearOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  return y + (m - 1 + (d - 0.5) / 31) / 12;
}

export interface TimeScale {
  x(date: string): number;
  /** The x of a fractional year. */
  at(year: number): number;
  /** The first and last fractional years on the axis. */
  span: [number, number];
}

export function timeScale(dates: string[], width = 1600): TimeScale {
  const years = dates.map(yearOf);
  const lo = years.length ? Math.min(...years) : 0;
  const hi = years.length ? Math.max(...years) : 1;
  const range = hi - lo || 1;
  const at = (year: number) => START_X + ((year - lo) / range) * width;
  return { x: (date) => at(yearOf(date)), at, span: [lo, hi] };
}

/**
 * The median of each node's dated edges: where an actor's activity centres, so that it sits
 * near the events it took part in rather than at the edge of the axis.
 */
function medianDates(edges: { source: string; target: string; date: string | null }[]) {
  const dates = new Map<string, string[]>();
  for (const e of edges) {
    if (!e.date) continue;
    for (const id of [e.source, e.target]) dates.set(id, [...(dates.get(id) ?? []), e.date]);
  }
  const median = new Map<string, string>();
  for (const [id, list] of dates) median.set(id, list.sort()[Math.floor((list.length - 1) / 2)]!);
  return median;
}

export function timelineLayout(
  nodes: { id: string; type: string; date?: string | null }[],
  edges: { source: string; target: string; date: string | null }[],
): { positions: Map<string, Position>; scale: TimeScale } {
  const median = medianDates(edges);
  const dateOf = (n: { id: string; type: string; date?: string | null }) =>
    n.type === EVENT ? (n.date ?? null) : (median.get(n.id) ?? null);
  const dates = nodes.map(dateOf).filter((d): d is string => d !== null);
  // Wide enough that the busiest lane's stacks stay a few items deep: a view of thousands
  // is a wide strip to zoom into, not a wall of columns.
  const busiest = Math.max(
    0,
    ...LANES.map((lane) => nodes.filter((n) => n.type === lane && dateOf(n) !== null).length),
  );
  const width = Math.min(60_000, Math.max(1200, (busiest / STACK) * COLUMN));
  const scale = timeScale(dates, width);
  const stacks = new Map<string, number>();
  const placed: { id: string; lane: number; x: number; stack: number }[] = [];
  const ordered = [...nodes].sort((a, b) => (dateOf(a) ?? '').localeCompare(dateOf(b) ?? ''));
  for (const node of ordered) {
    const lane = Math.max(0, LANES.indexOf(node.type));
    const date = dateOf(node);
    const x = date ? scale.x(date) : UNDATED_X;
    const column = `${lane}|${Math.round(x / COLUMN)}`;
    const stack = stacks.get(column) ?? 0;
    stacks.set(column, stack + 1);
    placed.push({ id: node.id, lane, x, stack });
  }
  // Each lane is as tall as its tallest stack, so lanes never overlap.
  const depth = LANES.map((_, lane) =>
    Math.max(1, ...placed.filter((p) => p.lane === lane).map((p) => p.stack + 1)),
  );
  const top = depth.map((_, lane) =>
    depth.slice(0, lane).reduce((sum, d) => sum + d * ROW + LANE_GAP, 0),
  );
  const positions = new Map<string, Position>();
  for (const p of placed) positions.set(p.id, { x: p.x, y: top[p.lane]! + p.stack * ROW });
  return { positions, scale };
}

/** Year marks along the axis, thinned so that at most `most` are drawn. */
export function timeTicks(scale: TimeScale, most = 12): { year: number; x: number }[] {
  const [lo, hi] = scale.span;
  const first = Math.ceil(lo);
  const last = Math.floor(hi);
  if (last < first) return [];
  const step = Math.max(1, Math.ceil((last - first + 1) / most));
  const ticks: { year: number; x: number }[] = [];
  for (let year = first; year <= last; year += step) {
    ticks.push({ year, x: scale.at(year) });
  }
  return ticks;
}
