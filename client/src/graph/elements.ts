/**
 * GraphQL subgraphs become Cytoscape elements. The API already shapes nodes and edges as
 * `{ id, label, type }` and `{ id, source, target, type }`, so this only flattens them into
 * element data, drops edges whose ends are missing (Cytoscape refuses them), and merges a
 * neighbourhood into what is on screen without duplicates.
 */

export interface ApiNode {
  id: string;
  label: string;
  type: string;
  degree: number;
}

export interface Citation {
  sentence: string;
  article: {
    title: string | null;
    url: string | null;
    source: string | null;
    published: string | null;
  };
}

export interface ApiEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  date: string | null;
  directed: boolean;
  sources: number;
  evidence: string[];
  citations?: Citation[];
  event?: { id: string; kind: string } | null;
}

export interface Subgraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  truncated?: boolean;
}

export interface NodeData extends ApiNode {
  [key: string]: unknown;
}
export interface EdgeData extends Omit<ApiEdge, 'event'> {
  eventKind: string | null;
  [key: string]: unknown;
}

export type Element = { group: 'nodes'; data: NodeData } | { group: 'edges'; data: EdgeData };

export function toElements(graph: Subgraph, present: ReadonlySet<string> = new Set()): Element[] {
  const ids = new Set([...present, ...graph.nodes.map((n) => n.id)]);
  const out: Element[] = [];
  for (const node of graph.nodes) {
    if (!present.has(node.id)) out.push({ group: 'nodes', data: { ...node } });
  }
  for (const edge of graph.edges) {
    if (present.has(edge.id) || !ids.has(edge.source) || !ids.has(edge.target)) continue;
    const { event, ...rest } = edge;
    out.push({ group: 'edges', data: { ...rest, eventKind: event?.kind ?? null } });
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
    },
    hidden: graph.nodes.length - keep.size,
  };
}
