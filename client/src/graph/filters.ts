/**
 * What the analyst chose to see: relation types, entity types, a minimum number of sources,
 * and a time window whose end the time slider moves. An edge shows when its type is on, it
 * has enough sources and its date falls in the window; an undated edge (LEADS, say) shows at
 * any time. A date of month or year precision is in the window when any day of it is, as in
 * the store's Cypher (the same rule, the same tests). "As of" a date, an actor shows only once
 * a dated fact has tied it to the graph: an undated tie (LEADS) is true at any time but says
 * nothing of when the actor entered the record, so it no longer keeps an actor drawn before
 * its first dated fact, and playing the slider forward shows the network grow. Hidden sets are computed here, without a
 * browser; the page only applies them. Events that did not take place (planned, offered,
 * denied...) show only when the analyst ticks their status.
 */
import { EVENT, HAPPENED, ROLE } from './elements.ts';

export interface Filters {
  /** Relation types shown; null for all. */
  relations: ReadonlySet<string> | null;
  /** Entity types shown (EVENT among them); null for all. */
  entities: ReadonlySet<string> | null;
  minSources: number;
  from: string | null;
  /** "As of": the end of the window, moved by the time slider. */
  to: string | null;
  /** Hide nodes left with no visible edge. */
  hideIsolated: boolean;
  /** Event statuses shown: HAPPENED, and any of PLANNED, OFFERED, DENIED... the analyst adds. */
  statuses: ReadonlySet<string>;
}

export const NO_FILTERS: Filters = {
  relations: null,
  entities: null,
  minSources: 1,
  from: null,
  to: null,
  hideIsolated: false,
  statuses: new Set([HAPPENED]),
};

/** Marker nodes ("+12 more") obey no filter but their anchor's. */
export const MORE = 'MORE';

/** Whether a fuzzy date (2022, 2022-08, 2022-08-15) overlaps the window. */
export function inWindow(
  date: string | null | undefined,
  f: Pick<Filters, 'from' | 'to'>,
): boolean {
  if (!date) return true;
  // "2022-08" starts before "2022-08-15" and ends after it: compare prefixes.
  if (f.to && date.slice(0, f.to.length) > f.to.slice(0, date.length)) return false;
  if (f.from && date.slice(0, f.from.length) < f.from.slice(0, date.length)) return false;
  return true;
}

export function edgeVisible(
  edge: { type: string; date: string | null; sources: number },
  f: Filters,
): boolean {
  // An event's ties follow the event node: they show when it and the participant do.
  if (edge.type === ROLE || edge.type === MORE) return true;
  if (f.relations && !f.relations.has(edge.type)) return false;
  if (edge.sources < f.minSources) return false;
  return inWindow(edge.date, f);
}

export function nodeVisible(
  node: { type: string; date?: string | null; sources?: number; status?: string },
  f: Filters,
  firstSeen?: string | null,
): boolean {
  if (node.type === MORE) return true;
  if (f.entities && !f.entities.has(node.type)) return false;
  if (node.type === EVENT)
    return (
      f.statuses.has(node.status ?? HAPPENED) &&
      (node.sources ?? 1) >= f.minSources &&
      inWindow(node.date, f)
    );
  if (!f.to) return true;
  return Boolean(firstSeen) && inWindow(firstSeen, { from: null, to: f.to });
}

/**
 * The earliest date of a dated fact that ties each node to the graph; nodes tied by undated
 * facts alone, or by nothing, are absent.
 */
export function firstSeen(
  edges: { source: string; target: string; date: string | null }[],
): Map<string, string> {
  const first = new Map<string, string>();
  for (const e of edges) {
    if (!e.date) continue;
    for (const id of [e.source, e.target]) {
      const had = first.get(id);
      if (had === undefined || e.date < had) first.set(id, e.date);
    }
  }
  return first;
}

export interface Hidden {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Every node and edge the filters hide, with `userHidden` nodes hidden whatever the filters. */
export function hiddenBy(
  nodes: { id: string; type: string; date?: string | null; sources?: number; status?: string }[],
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    date: string | null;
    sources: number;
    status?: string;
  }[],
  f: Filters,
  userHidden: ReadonlySet<string> = new Set(),
): Hidden {
  const first = firstSeen(
    // A plan ties no one to the record: only ties to events shown count.
    edges.filter(
      (e) =>
        e.type !== MORE &&
        f.statuses.has(e.status ?? HAPPENED) &&
        edgeVisible(e, { ...f, to: null }),
    ),
  );
  const hidden: Hidden = { nodes: new Set(), edges: new Set() };
  for (const n of nodes) {
    if (userHidden.has(n.id) || !nodeVisible(n, f, first.get(n.id))) hidden.nodes.add(n.id);
  }
  const connected = new Set<string>();
  for (const e of edges) {
    if (!edgeVisible(e, f) || hidden.nodes.has(e.source) || hidden.nodes.has(e.target)) {
      hidden.edges.add(e.id);
    } else if (e.type !== MORE) {
      connected.add(e.source);
      connected.add(e.target);
    }
  }
  if (f.hideIsolated) {
    for (const n of nodes) {
      if (n.type !== MORE && !connected.has(n.id)) hidden.nodes.add(n.id);
    }
    for (const e of edges) {
      if (hidden.nodes.has(e.source) || hidden.nodes.has(e.target)) hidden.edges.add(e.id);
    }
  }
  return hidden;
}

/** The distinct dates of edges and events, in order: the stops of the time slider. */
export function timeStops(items: { date?: string | null }[]): string[] {
  return [...new Set(items.map((e) => e.date).filter((d): d is string => Boolean(d)))].sort();
}

/**
 * How many dated items fall at each stop, folded into at most `buckets` bars: the histogram
 * drawn above the slider. Each bar spans whole stops, so a bar and the slider agree.
 */
export function histogram(
  items: { date?: string | null }[],
  stops: string[],
  buckets = 60,
): { from: number; to: number; count: number }[] {
  if (stops.length === 0) return [];
  const index = new Map(stops.map((s, i) => [s, i]));
  const counts = new Array<number>(stops.length).fill(0);
  for (const item of items) {
    const i = item.date ? index.get(item.date) : undefined;
    if (i !== undefined) counts[i]! += 1;
  }
  const width = Math.ceil(stops.length / buckets);
  const bars: { from: number; to: number; count: number }[] = [];
  for (let from = 0; from < stops.length; from += width) {
    const to = Math.min(stops.length, from + width);
    bars.push({ from, to, count: counts.slice(from, to).reduce((s, c) => s + c, 0) });
  }
  return bars;
}
