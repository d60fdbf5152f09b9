/**
 * GraphQL subgraphs become Cytoscape elements. Actors and relations arrive already shaped as
 * `{ id, label, type }` and `{ id, source, target, type }`; events become nodes of their own,
 * tied to each participant by a ROLE edge (mediator, host, party, attendee) and to their place
 * by a venue edge, so one trilateral meeting reads as one fact rather than three dyads.
 * Edges whose ends are missing are dropped (Cytoscape refuses them), and what is already on
 * screen is not added twice.
 */

export interface ApiNode {
  id: string;
  label: string;
  type: string;
  degree: number;
  sources: number;
}

export interface ApiEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  date: string | null;
  directed: boolean;
  sources: number;
  /** The event's kind comes from the subgraph's `events`, where the event is drawn. */
  event?: { id: string; kind?: string } | null;
}

export interface ApiEvent {
  id: string;
  kind: string;
  /** HAPPENED, or what else became of it (PLANNED, OFFERED, DENIED...); absent means HAPPENED. */
  status?: string;
  date: string | null;
  place: { id: string } | null;
  participants: { role: string; entity: { id: string } }[];
  articles: { id: string }[];
}

export interface Subgraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  events?: ApiEvent[];
  truncated?: boolean;
}

/** Node types the explorer draws; EVENT nodes come from `Subgraph.events`. */
export const EVENT = 'EVENT';
/** The edge type of an event's tie to a participant or its place. */
export const ROLE = 'ROLE';

export interface NodeData {
  id: string;
  label: string;
  type: string;
  degree: number;
  sources: number;
  /** Events only: when it happened, as precisely as the text says. */
  date?: string | null;
  kind?: string;
  /** Events only: HAPPENED, PLANNED, OFFERED, DENIED... */
  status?: string;
  [key: string]: unknown;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  date: string | null;
  directed: boolean;
  sources: number;
  /** The event a relation belongs to, or the event of a ROLE edge. */
  eventId: string | null;
  eventKind: string | null;
  /** ROLE edges only: mediator, host, party, attendee or venue. */
  role?: string;
  [key: string]: unknown;
}

export type Element = { group: 'nodes'; data: NodeData } | { group: 'edges'; data: EdgeData };

/** The statuses of events that did not take place, as the API names them. */
export const HAPPENED = 'HAPPENED';

export function eventLabel(kind: string, date: string | null, status: string): string {
  // The API names kinds as an enum (TALKS); a label reads them as words.
  const words = kind.toLowerCase();
  const label = date ? `${words} ${date}` : words;
  // "talks 2024-05 (planned)": a plan must never read as a meeting that took place.
  return status === HAPPENED ? label : `${label} (${status.toLowerCase()})`;
}

function eventElements(event: ApiEvent): Element[] {
  const out: Element[] = [
    {
      group: 'nodes',
      data: {
        id: event.id,
        label: eventLabel(event.kind, event.date, event.status ?? HAPPENED),
        type: EVENT,
        kind: event.kind,
        status: event.status ?? HAPPENED,
        date: event.date,
        degree: event.participants.length,
        sources: new Set(event.articles.map((a) => a.id)).size,
      },
    },
  ];
  const tie = (source: string, target: string, role: string): Element => ({
    group: 'edges',
    data: {
      id: `role:${event.id}|${source}|${target}|${role}`,
      source,
      target,
      type: ROLE,
      role,
      date: event.date,
      directed: true,
      sources: new Set(event.articles.map((a) => a.id)).size,
      eventId: event.id,
      eventKind: event.kind,
      status: event.status ?? HAPPENED,
    },
  });
  for (const p of event.participants) out.push(tie(p.entity.id, event.id, p.role));
  if (event.place) out.push(tie(event.id, event.place.id, 'venue'));
  return out;
}

export function toElements(graph: Subgraph, present: ReadonlySet<string> = new Set()): Element[] {
  const events = (graph.events ?? []).flatMap(eventElements);
  const kinds = new Map((graph.events ?? []).map((e) => [e.id, e.kind]));
  // Nodes first: Cytoscape adds an edge only once both of its ends exist.
  const nodes: Element[] = [
    ...graph.nodes.map((node): Element => ({ group: 'nodes', data: { ...node } })),
    ...events.filter((e) => e.group === 'nodes'),
  ];
  const edges: Element[] = [
    ...events.filter((e) => e.group === 'edges'),
    ...graph.edges.map((edge): Element => {
      const { event, ...rest } = edge;
      return {
        group: 'edges',
        data: {
          ...rest,
          eventId: event?.id ?? null,
          eventKind: event ? (event.kind ?? kinds.get(event.id) ?? null) : null,
        },
      };
    }),
  ];
  const ends = new Set([...present, ...nodes.map((e) => e.data.id)]);
  const seen = new Set<string>(present);
  const out: Element[] = [];
  for (const element of [...nodes, ...edges]) {
    const { id, source, target } = element.data as { id: string; source?: string; target?: string };
    if (seen.has(id)) continue;
    if (element.group === 'edges' && (!ends.has(source!) || !ends.has(target!))) continue;
    seen.add(id);
    out.push(element);
  }
  return out;
}

/** The nodes of `graph` beyond `cap`, kept for a "+N more" marker instead of drawn. */
export function capNeighbours(
  graph: Subgraph,
  focus: string,
  cap: number,
): { shown: Subgraph; hidden: number } {
  if (graph.nodes.length <= cap + 1) return { shown: graph, hidden: 0 };
  const ranked = graph.nodes
    .filter((n) => n.id !== focus)
    .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label));
  const keep = new Set([focus, ...ranked.slice(0, cap).map((n) => n.id)]);
  return {
    shown: {
      nodes: graph.nodes.filter((n) => keep.has(n.id)),
      edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
      events: (graph.events ?? []).filter((ev) =>
        ev.participants.some((p) => keep.has(p.entity.id)),
      ),
    },
    hidden: graph.nodes.length - keep.size,
  };
}
