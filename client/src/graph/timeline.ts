/**
 * The timeline layout: time runs left to right on a true scale that starts on the first
 * day of the first year (so that year has its tick like every other), events sit in the top
 * lane at their date, and each actor sits in its type's lane at the middle date of its dated
 * relations; what has no date waits in a strip below the lanes. Each node comes with its footprint
 * (body and label, measured by the page), and items of a lane are packed into rows so that
 * no two footprints overlap: a label is never drawn over another. The axis is as wide as
 * the canvas, so a small view opens at zoom 1 with labels at their full size, and wider for
 * a busy view. Positions, the drawing's bounds and the opening viewport are computed here,
 * without a browser; `timeTicks` gives the year marks the page draws along the axis.
 */
import { EVENT } from './elements.ts';

export interface Position {
  x: number;
  y: number;
}

/** A node's extent around its position, in model pixels: body and label together. */
export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

export interface TimelineNode {
  id: string;
  type: string;
  date?: string | null;
  /** Where the node and its label reach, relative to its position; a 48x54 box if unknown. */
  box?: Box;
}

const LANES = [EVENT, 'PERSON', 'STATE', 'ORGANIZATION', 'PLACE'];
const DEFAULT_BOX: Box = { x1: -24, x2: 24, y1: -27, y2: 27 };
/** Air between two footprints side by side, between rows, and between lanes. */
const GAP = 12;
const ROW_GAP = 6;
const LANE_GAP = 22;
/** How deep a lane's rows may grow on average before the axis is made wider. */
const STACK = 8;
/** The axis never gets narrower than this, whatever the canvas. */
const MIN_SPAN = 200;
const MAX_WIDTH = 60_000;

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
  /** The first and last fractional years on the axis; the first is a whole year. */
  span: [number, number];
}

/** `width` model pixels from `start` for the years from the first one's 1 January on. */
export function timeScale(dates: string[], width = 1600, start = 0): TimeScale {
  const years = dates.map(yearOf);
  const lo = years.length ? Math.floor(Math.min(...years)) : 0;
  const hi = years.length ? Math.max(...years) : 1;
  const range = hi - lo || 1;
  const at = (year: number) => start + ((year - lo) / range) * width;
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

/**
 * Rows for items at `x` with footprint `box`: each goes into the first row where it clears
 * the one before it by `gap`, so items near in time stack instead of covering each other.
 */
export function packRows(items: { x: number; box: Box }[], gap = GAP): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.x - items[b]!.x || a - b);
  const ends: number[] = [];
  const rows = new Array<number>(items.length);
  for (const i of order) {
    const { x, box } = items[i]!;
    let row = ends.findIndex((end) => end + gap <= x + box.x1);
    if (row < 0) row = ends.push(0) - 1;
    ends[row] = x + box.x2;
    rows[i] = row;
  }
  return rows;
}

export interface TimelineResult {
  positions: Map<string, Position>;
  scale: TimeScale;
  /** The extent of every node with its label, laid out. */
  bounds: Box;
}

type Placed = { node: TimelineNode; x: number; box: Box; row: number };

/**
 * Gives each row of `items` its line, below `top`: a row is as tall as what reaches furthest
 * above and below its line. Returns where the next band may start.
 */
function placeRows(
  items: Placed[],
  top: number,
  out: { positions: Map<string, Position>; bounds: Box },
): number {
  const depth = Math.max(0, ...items.map((p) => p.row + 1));
  const above = new Array<number>(depth).fill(0);
  const below = new Array<number>(depth).fill(0);
  for (const { row, box } of items) {
    above[row] = Math.max(above[row]!, -box.y1);
    below[row] = Math.max(below[row]!, box.y2);
  }
  const line: number[] = [];
  for (let row = 0; row < depth; row++) {
    line.push(top + above[row]!);
    top += above[row]! + below[row]! + ROW_GAP;
  }
  for (const { node, x, box, row } of items) {
    const p = { x, y: line[row]! };
    out.positions.set(node.id, p);
    out.bounds.x1 = Math.min(out.bounds.x1, p.x + box.x1);
    out.bounds.x2 = Math.max(out.bounds.x2, p.x + box.x2);
    out.bounds.y1 = Math.min(out.bounds.y1, p.y + box.y1);
    out.bounds.y2 = Math.max(out.bounds.y2, p.y + box.y2);
  }
  return top;
}

/**
 * `width`: how wide the drawing should be, labels included (the canvas, less its margins).
 * Dated items take the type lanes; what has no date waits in a strip below them, side by
 * side in rows across the whole width, so that it adds a row or two rather than a column.
 */
export function timelineLayout(
  nodes: TimelineNode[],
  edges: { source: string; target: string; date: string | null }[],
  width = 1200,
): TimelineResult {
  const median = medianDates(edges);
  const dateOf = (n: TimelineNode) =>
    n.type === EVENT ? (n.date ?? null) : (median.get(n.id) ?? null);
  const boxOf = (n: TimelineNode) => n.box ?? DEFAULT_BOX;
  const laneOf = (n: TimelineNode) => Math.max(0, LANES.indexOf(n.type));
  const widthOf = (n: TimelineNode) => boxOf(n).x2 - boxOf(n).x1;
  const dated = nodes.filter((n) => dateOf(n) !== null);
  const undated = nodes.filter((n) => dateOf(n) === null);
  // Wide enough that the busiest lane's rows stay a few items deep: a view of thousands is a
  // wide strip to zoom into, not a wall of rows.
  const busiest = Math.max(
    0,
    ...LANES.map((_, lane) =>
      dated.filter((n) => laneOf(n) === lane).reduce((sum, n) => sum + widthOf(n) + GAP, 0),
    ),
  );
  const spanFor = (room: number) => Math.min(MAX_WIDTH, Math.max(MIN_SPAN, room, busiest / STACK));
  // How far labels reach past either end of an axis `span` wide: the axis gets what is left.
  const dates = dated.map((n) => dateOf(n)!);
  const overhang = (span: number) => {
    const s = timeScale(dates, span);
    let [left, right] = [0, 0];
    dated.forEach((n, i) => {
      const x = s.x(dates[i]!);
      left = Math.max(left, -(x + boxOf(n).x1));
      right = Math.max(right, x + boxOf(n).x2 - span);
    });
    return { left, right };
  };
  let span = spanFor(width - Math.max(0, ...dated.map(widthOf)));
  let over = overhang(span);
  span = spanFor(width - over.left - over.right);
  over = overhang(span);
  const scale = timeScale(dates, span, over.left);

  const out = {
    positions: new Map<string, Position>(),
    bounds: { x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity },
  };
  let top = 0;
  for (let lane = 0; lane < LANES.length; lane++) {
    const members = dated.filter((n) => laneOf(n) === lane);
    if (!members.length) continue;
    const items = members.map((node) => ({ node, x: scale.x(dateOf(node)!), box: boxOf(node) }));
    const rows = packRows(items);
    top = placeRows(
      items.map((item, i) => ({ ...item, row: rows[i]! })),
      top,
      out,
    );
    top += LANE_GAP - ROW_GAP;
  }
  // The undated strip, in lane order, wrapped at the width of the axis.
  const strip: Placed[] = [];
  const right = Math.max(width, over.left + span + over.right);
  let [cursor, row] = [0, 0];
  for (const node of [...undated].sort((a, b) => laneOf(a) - laneOf(b))) {
    const box = boxOf(node);
    if (cursor > 0 && cursor + widthOf(node) > right) [cursor, row] = [0, row + 1];
    strip.push({ node, x: cursor - box.x1, box, row });
    cursor += widthOf(node) + GAP;
  }
  placeRows(strip, top, out);
  // The axis starts with its first year, even where nothing happened early in that year.
  if (dated.length) out.bounds.x1 = Math.min(out.bounds.x1, scale.at(scale.span[0]));
  const bounds = Number.isFinite(out.bounds.x1) ? out.bounds : { x1: 0, x2: 0, y1: 0, y2: 0 };
  return { positions: out.positions, scale, bounds };
}

/**
 * Where the timeline opens: as wide as the canvas allows, never magnified past 1 (labels at
 * their own size), centred; a drawing taller than the canvas starts at its top (the event
 * lane) below the axis, to be scrolled down, rather than shrunk until no label reads.
 */
export function timelineViewport(
  bounds: Box,
  canvas: { width: number; height: number },
  { padding = 30, axis = 20, minZoom = 0.02 } = {},
): { zoom: number; pan: Position } {
  const w = Math.max(1, bounds.x2 - bounds.x1);
  const h = Math.max(1, bounds.y2 - bounds.y1);
  const room = { width: canvas.width - 2 * padding, height: canvas.height - axis - 2 * padding };
  const zoom = Math.max(minZoom, Math.min(1, room.width / w));
  const spare = room.height - h * zoom;
  return {
    zoom,
    pan: {
      x: padding + (room.width - w * zoom) / 2 - bounds.x1 * zoom,
      y: axis + padding + Math.max(0, spare / 2) - bounds.y1 * zoom,
    },
  };
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
