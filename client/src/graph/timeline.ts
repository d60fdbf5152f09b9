/**
 * The timeline layout: each node at the date of its first dated relation, left to right, in
 * one lane per entity type; nodes with no dated relation wait at the left edge. Positions are
 * computed here, without a browser, and applied as a preset layout.
 */

export interface Position {
  x: number;
  y: number;
}

const LANES = ['PERSON', 'STATE', 'ORGANIZATION', 'PLACE', 'EVENT'];

export function timelinePositions(
  nodes: { id: string; type: string }[],
  edges: { source: string; target: string; date: string | null }[],
  width = 1600,
  laneHeight = 160,
): Map<string, Position> {
  const first = new Map<string, string>();
  for (const e of edges) {
    if (!e.date) continue;
    for (const id of [e.source, e.target]) {
      const had = first.get(id);
      if (!had || e.date < had) first.set(id, e.date);
    }
  }
  const stops = [...new Set(first.values())].sort();
  const x = (date: string | undefined) =>
    date === undefined
      ? 0
      : 120 + (stops.length > 1 ? (stops.indexOf(date) / (stops.length - 1)) * width : width / 2);
  const used = new Map<string, number>();
  const positions = new Map<string, Position>();
  for (const node of nodes) {
    const lane = Math.max(0, LANES.indexOf(node.type));
    const column = `${lane}|${first.get(node.id) ?? ''}`;
    const stack = used.get(column) ?? 0;
    used.set(column, stack + 1);
    positions.set(node.id, { x: x(first.get(node.id)), y: lane * laneHeight + stack * 34 });
  }
  return positions;
}
