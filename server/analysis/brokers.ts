/**
 * Brokerage: who sits on the shortest routes between parties. Brandes' betweenness, restricted
 * to routes that start and end at the parties (all nodes when none are given), on an
 * undirected actor graph held in memory; the store supplies the subgraph around the parties.
 */

export interface ActorGraph {
  nodes: string[];
  edges: { source: string; target: string }[];
}

export interface BrokerScore {
  id: string;
  /** Sum over pairs of parties of the share of their shortest paths that run through `id`. */
  score: number;
  /** Shortest paths between parties that run through `id`, as node ids in order. */
  paths: string[][];
}

interface ShortestPathTree {
  order: string[];
  sigma: Map<string, number>;
  preds: Map<string, string[]>;
}

function adjacency(graph: ActorGraph): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>(graph.nodes.map((n) => [n, new Set()]));
  for (const { source, target } of graph.edges) {
    if (source === target || !adj.has(source) || !adj.has(target)) continue;
    adj.get(source)!.add(target);
    adj.get(target)!.add(source);
  }
  return adj;
}

/** Shortest-path tree from `source`, no deeper than `maxDepth` relations. */
function bfs(adj: Map<string, Set<string>>, source: string, maxDepth: number): ShortestPathTree {
  const order: string[] = [];
  const sigma = new Map([[source, 1]]);
  const dist = new Map([[source, 0]]);
  const preds = new Map<string, string[]>([[source, []]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    order.push(v);
    if (dist.get(v)! >= maxDepth) continue;
    for (const w of adj.get(v) ?? []) {
      if (!dist.has(w)) {
        dist.set(w, dist.get(v)! + 1);
        sigma.set(w, 0);
        preds.set(w, []);
        queue.push(w);
      }
      if (dist.get(w) === dist.get(v)! + 1) {
        sigma.set(w, sigma.get(w)! + sigma.get(v)!);
        preds.get(w)!.push(v);
      }
    }
  }
  return { order, sigma, preds };
}

function pathsTo(tree: ShortestPathTree, target: string, cap: number): string[][] {
  const found: string[][] = [];
  const walk = (node: string, suffix: string[]): void => {
    if (found.length >= cap) return;
    const preds = tree.preds.get(node) ?? [];
    if (preds.length === 0) found.push([node, ...suffix]);
    for (const p of preds) walk(p, [node, ...suffix]);
  };
  if (tree.preds.has(target)) walk(target, []);
  return found;
}

export interface RankOptions {
  pathsPerBroker?: number;
  /** Routes longer than this many relations do not count. */
  maxLength?: number;
}

export function rankBrokers(
  graph: ActorGraph,
  parties: readonly string[] | null,
  first: number,
  { pathsPerBroker = 5, maxLength = Infinity }: RankOptions = {},
): BrokerScore[] {
  const adj = adjacency(graph);
  const byParties = Boolean(parties?.length);
  const ends = new Set(byParties ? parties!.filter((p) => adj.has(p)) : graph.nodes);
  const score = new Map<string, number>();
  const trees = new Map<string, ShortestPathTree>();
  for (const s of ends) {
    const tree = bfs(adj, s, maxLength);
    if (byParties) trees.set(s, tree);
    const delta = new Map<string, number>();
    for (const w of [...tree.order].reverse()) {
      const own = (ends.has(w) && w !== s ? 1 : 0) + (delta.get(w) ?? 0);
      for (const v of tree.preds.get(w) ?? []) {
        delta.set(v, (delta.get(v) ?? 0) + (tree.sigma.get(v)! / tree.sigma.get(w)!) * own);
      }
      // The parties themselves are the ends of the routes, not brokers on them.
      if (w !== s && !(byParties && ends.has(w)) && delta.has(w))
        score.set(w, (score.get(w) ?? 0) + delta.get(w)!);
    }
  }
  // Each unordered pair of ends was walked from both sides.
  const ranked = [...score]
    .map(([id, total]) => ({ id, score: total / 2 }))
    .filter((b) => b.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, first);

  const endList = [...ends];
  return ranked.map(({ id, score: value }) => {
    const paths: string[][] = [];
    for (const [i, s] of endList.entries()) {
      const tree = trees.get(s);
      if (!tree) break;
      for (const t of endList.slice(i + 1)) {
        for (const path of pathsTo(tree, t, pathsPerBroker)) {
          if (paths.length < pathsPerBroker && path.includes(id)) paths.push(path);
        }
      }
    }
    return { id, score: value, paths };
  });
}
