import { describe, expect, it } from 'vitest';
import { shortestPaths, type Hop, type Route } from '../../../server/store/shortest-paths.ts';

/** An undirected graph as the store's expand step reads it, counting the hops it returns. */
function graph(edges: [string, string][]) {
  const read = { hops: 0, calls: 0 };
  const expand = async (frontier: string[]): Promise<Hop[]> => {
    read.calls++;
    const hops = edges.flatMap(([a, b], i) => [
      ...(frontier.includes(a) ? [{ origin: a, neighbour: b, key: `e${i}` }] : []),
      ...(frontier.includes(b) ? [{ origin: b, neighbour: a, key: `e${i}` }] : []),
    ]);
    read.hops += hops.length;
    return hops;
  };
  return { expand, read };
}

/** Every shortest route by one search from `from` alone, as the store walked before. */
async function oneSided(
  from: string,
  to: string,
  maxLength: number,
  expand: (f: string[]) => Promise<Hop[]>,
): Promise<Route[]> {
  const parents = new Map<string, { node: string; edge: string }[]>([[from, []]]);
  let frontier = [from];
  for (let hop = 0; hop < maxLength && frontier.length && !parents.has(to); hop++) {
    const reached = new Map<string, { node: string; edge: string }[]>();
    for (const { origin, neighbour, key } of await expand(frontier)) {
      if (parents.has(neighbour)) continue;
      reached.set(neighbour, [...(reached.get(neighbour) ?? []), { node: origin, edge: key }]);
    }
    for (const [node, list] of reached) parents.set(node, list);
    frontier = [...reached.keys()];
  }
  const routes: Route[] = [];
  const walk = (node: string, nodes: string[], edges: string[]): void => {
    if (node === from) routes.push({ nodes: [from, ...nodes], edges });
    else
      for (const p of parents.get(node) ?? []) walk(p.node, [node, ...nodes], [p.edge, ...edges]);
  };
  if (from !== to && parents.has(to)) walk(to, [], []);
  return routes;
}

const sorted = (routes: Route[]) => routes.map((r) => r.nodes.join('>')).sort();

describe('shortest routes searched from both ends', () => {
  it('when two routes of the same length join the ends, then both come back, each once, in order from the start', async () => {
    const { expand } = graph([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
      ['c', 'd'],
      ['d', 'e'],
      ['a', 'x'],
      ['x', 'y'],
      ['y', 'z'],
      ['z', 'e'],
    ]);
    const { paths, truncated } = await shortestPaths('a', 'e', 4, 10, expand);
    expect(truncated).toBe(false);
    expect(sorted(paths)).toEqual(['a>b>d>e', 'a>c>d>e']);
    for (const route of paths) expect(route.edges).toHaveLength(route.nodes.length - 1);
    expect(paths.find((r) => r.nodes[1] === 'b')!.edges).toEqual(['e0', 'e2', 'e4']);
  });

  it('when the ends lie further apart than the length asked, or are not joined, then no route comes back', async () => {
    const { expand } = graph([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['p', 'q'],
    ]);
    expect((await shortestPaths('a', 'd', 2, 10, expand)).paths).toEqual([]);
    expect(sorted((await shortestPaths('a', 'd', 3, 10, expand)).paths)).toEqual(['a>b>c>d']);
    expect((await shortestPaths('a', 'q', 4, 10, expand)).paths).toEqual([]);
    expect((await shortestPaths('a', 'a', 4, 10, expand)).paths).toEqual([]);
  });

  it('when more routes join the ends than asked for, then the first come back and the answer says it was cut', async () => {
    const middle = ['m1', 'm2', 'm3', 'm4'];
    const { expand } = graph(
      middle.flatMap((m): [string, string][] => [
        ['s', m],
        [m, 't'],
      ]),
    );
    const cut = await shortestPaths('s', 't', 3, 3, expand);
    expect(cut.paths).toHaveLength(3);
    expect(cut.truncated).toBe(true);
    const all = await shortestPaths('s', 't', 3, 4, expand);
    expect(all).toMatchObject({ truncated: false });
    expect(sorted(all.paths)).toEqual(middle.map((m) => `s>${m}>t`));
  });

  it('when one end is a hub, then the search reads fewer relations than one search from it, and finds the same routes', async () => {
    // A hub with 200 neighbours, a chain of four from one of them to a quiet end.
    const edges: [string, string][] = Array.from({ length: 200 }, (_, i) => ['hub', `n${i}`]);
    edges.push(['n7', 'c1'], ['c1', 'c2'], ['c2', 'quiet']);
    for (let i = 0; i < 200; i++) edges.push([`n${i}`, `m${i}`]);
    const both = graph(edges);
    const one = graph(edges);
    const found = await shortestPaths('hub', 'quiet', 4, 20, both.expand);
    expect(sorted(found.paths)).toEqual(sorted(await oneSided('hub', 'quiet', 4, one.expand)));
    expect(sorted(found.paths)).toEqual(['hub>n7>c1>c2>quiet']);
    expect(both.read.hops * 3).toBeLessThan(one.read.hops);
  });

  it('when graphs are drawn at random, then both searches find the same set of shortest routes', async () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let joined = 0;
    for (let round = 0; round < 60; round++) {
      const nodes = Array.from({ length: 12 }, (_, i) => `v${i}`);
      const edges: [string, string][] = [];
      for (let i = 0; i < 18; i++) {
        const a = nodes[Math.floor(rand() * nodes.length)]!;
        const b = nodes[Math.floor(rand() * nodes.length)]!;
        if (a !== b) edges.push([a, b]);
      }
      const { expand } = graph(edges);
      const [from, to] = [nodes[0]!, nodes[1 + Math.floor(rand() * 11)]!];
      const maxLength = 1 + Math.floor(rand() * 5);
      const found = await shortestPaths(from, to, maxLength, 1_000, expand);
      expect(sorted(found.paths)).toEqual(sorted(await oneSided(from, to, maxLength, expand)));
      if (found.paths.length > 1) joined++;
    }
    // Enough of the draws have several routes for the comparison to mean something.
    expect(joined).toBeGreaterThan(10);
  });
});
