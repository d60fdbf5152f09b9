/**
 * Every shortest route between two entities, searched from both ends at once: each step
 * expands whichever side has the smaller frontier by one hop, and the search stops at the
 * first hop where the sides meet. On a busy graph the two searches of half the length read
 * far fewer relations than one search of the whole length, and two ends that are not
 * connected are given up as soon as one side runs out. Pure: the hops come from `expand`.
 */

export interface Hop {
  origin: string;
  neighbour: string;
  key: string;
}

export interface Route {
  nodes: string[];
  edges: string[];
}

/** For each node reached, every neighbour one hop nearer its end, and the relation between. */
type Parents = Map<string, { node: string; edge: string }[]>;

interface Side {
  parents: Parents;
  frontier: string[];
  level: number;
}

const side = (end: string): Side => ({ parents: new Map([[end, []]]), frontier: [end], level: 0 });

/** Routes from `node` back to its side's end, nearest the end first, at most `first`. */
function* routesToEnd(parents: Parents, node: string): Generator<Route> {
  const steps = parents.get(node) ?? [];
  if (steps.length === 0) {
    yield { nodes: [node], edges: [] };
    return;
  }
  for (const step of steps) {
    for (const route of routesToEnd(parents, step.node)) {
      yield { nodes: [...route.nodes, node], edges: [...route.edges, step.edge] };
    }
  }
}

export async function shortestPaths(
  from: string,
  to: string,
  maxLength: number,
  first: number,
  expand: (frontier: string[]) => Promise<Hop[]>,
): Promise<{ paths: Route[]; truncated: boolean }> {
  if (from === to) return { paths: [], truncated: false };
  const start = side(from);
  const end = side(to);
  let meeting: string[] = [];
  while (start.level + end.level < maxLength && start.frontier.length && end.frontier.length) {
    const near = start.frontier.length <= end.frontier.length ? start : end;
    const far = near === start ? end : start;
    const reached: Parents = new Map();
    for (const { origin, neighbour, key } of await expand(near.frontier)) {
      if (near.parents.has(neighbour)) continue;
      const list = reached.get(neighbour) ?? [];
      list.push({ node: origin, edge: key });
      reached.set(neighbour, list);
    }
    for (const [node, list] of reached) near.parents.set(node, list);
    near.frontier = [...reached.keys()];
    near.level++;
    // Nothing met before this hop, so every shortest route crosses this new frontier exactly
    // once, at a node the other side reached last: those nodes are where the routes meet.
    meeting = near.frontier.filter((node) => far.parents.has(node)).sort();
    if (meeting.length > 0) break;
  }
  const paths: Route[] = [];
  for (const node of meeting) {
    for (const head of routesToEnd(start.parents, node)) {
      for (const tail of routesToEnd(end.parents, node)) {
        if (paths.length === first) return { paths, truncated: true };
        paths.push({
          nodes: [...head.nodes, ...tail.nodes.slice(0, -1).reverse()],
          edges: [...head.edges, ...tail.edges.reverse()],
        });
      }
    }
  }
  return { paths, truncated: false };
}
