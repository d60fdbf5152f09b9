import { describe, expect, it } from 'vitest';
import { rankBrokers, type ActorGraph } from '../../../server/analysis/index.ts';

const graph = (pairs: string): ActorGraph => {
  const edges = pairs.split(' ').map((p) => {
    const [source, target] = p.split('-') as [string, string];
    return { source, target };
  });
  return { nodes: [...new Set(edges.flatMap((e) => [e.source, e.target]))], edges };
};

describe('brokers', () => {
  it('when one node joins two parties, then it is the broker with a full share and the path through it', () => {
    const ranked = rankBrokers(graph('a-m m-b a-x'), ['a', 'b'], 5);
    expect(ranked).toEqual([{ id: 'm', score: 1, paths: [['a', 'm', 'b']] }]);
  });

  it('when two routes of equal length join the parties, then each broker gets half', () => {
    const ranked = rankBrokers(graph('a-m m-b a-n n-b'), ['a', 'b'], 5);
    expect(ranked.map((b) => [b.id, b.score])).toEqual([
      ['m', 0.5],
      ['n', 0.5],
    ]);
  });

  it('when a longer route exists, then its nodes are no brokers', () => {
    const ranked = rankBrokers(graph('a-m m-b a-p p-q q-b'), ['a', 'b'], 5);
    expect(ranked.map((b) => b.id)).toEqual(['m']);
  });

  it('when three parties share one hub, then the hub scores once per pair', () => {
    const ranked = rankBrokers(graph('a-h b-h c-h'), ['a', 'b', 'c'], 5);
    expect(ranked[0]).toMatchObject({ id: 'h', score: 3 });
    expect(ranked[0]!.paths).toHaveLength(3);
  });

  it('when no parties are given, then the centre of a path graph ranks first', () => {
    const ranked = rankBrokers(graph('a-b b-c c-d d-e'), null, 2);
    expect(ranked.map((b) => b.id)).toEqual(['c', 'b']);
    expect(ranked[0]!.score).toBe(4);
  });

  it('when a party is not in the graph, then it is ignored rather than failing', () => {
    expect(rankBrokers(graph('a-m m-b'), ['a', 'zzz'], 5)).toEqual([]);
  });
});
