/**
 * What the analyst chose to see: relation types, entity types, a minimum number of sources,
 * and a time window. An edge is shown when its type is on, it has enough sources, and its
 * date falls in the window; an undated edge (LEADS, say) is shown at any time. A date of
 * month or year precision is in the window when any day of it is.
 */

export interface Filters {
  /** Relation types shown; null for all. */
  relations: ReadonlySet<string> | null;
  /** Entity types shown; null for all. */
  entities: ReadonlySet<string> | null;
  minSources: number;
  from: string | null;
  /** "As of": the end of the window, moved by the time slider. */
  to: string | null;
}

export const NO_FILTERS: Filters = {
  relations: null,
  entities: null,
  minSources: 1,
  from: null,
  to: null,
};

export function edgeVisible(
  edge: { type: string; date: string | null; sources: number },
  f: Filters,
): boolean {
  if (f.relations && !f.relations.has(edge.type)) return false;
  if (edge.sources < f.minSources) return false;
  if (!edge.date) return true;
  // "2022-08" starts before "2022-08-15" and ends after it: compare prefixes.
  if (f.to && edge.date.slice(0, f.to.length) > f.to.slice(0, edge.date.length)) return false;
  if (f.from && edge.date.slice(0, f.from.length) < f.from.slice(0, edge.date.length)) return false;
  return true;
}

export function nodeVisible(node: { type: string }, f: Filters): boolean {
  return !f.entities || f.entities.has(node.type);
}

/** The distinct dates of the edges, in order: the stops of the time slider. */
export function timeStops(edges: { date: string | null }[]): string[] {
  return [...new Set(edges.map((e) => e.date).filter((d): d is string => Boolean(d)))].sort();
}
