/**
 * Brokers on the stored graph: the actor graph around the parties (every entity within three
 * relations of one, so routes of up to six relations between two parties are whole), or the
 * busiest part of the graph when no parties are named, ranked by `rankBrokers` in a worker
 * thread: betweenness is seconds of CPU on a large graph, which on the event loop would hold
 * every other request (26 s on 16,000 entities, measured), and the request's deadline ends
 * the thread.
 */
import type { GraphStore, SubgraphRecord } from '../store/index.ts';
import { runInWorker } from '../workers/pool.ts';
import type { BrokerScore } from './brokers.ts';

const AROUND_PARTY = 3;

export async function findBrokers(
  store: GraphStore,
  between: readonly string[] | null,
  first: number,
  maxNodes: number,
  /** Actors ranked when no parties are named: the walk starts from every one of them. */
  maxOverviewNodes: number = maxNodes,
): Promise<BrokerScore[]> {
  const parties = [...new Set(between ?? [])];
  const subgraphs: SubgraphRecord[] = parties.length
    ? await Promise.all(
        parties.map((id) =>
          store.neighborhood({ id, depth: AROUND_PARTY, types: null, first: maxNodes }),
        ),
      )
    : [await store.overview(maxOverviewNodes)];
  const nodes = new Set(subgraphs.flatMap((g) => g.nodes.map((n) => n.id)));
  const edges = subgraphs.flatMap((g) => g.edges);
  return runInWorker('rankBrokers', {
    graph: { nodes: [...nodes], edges: edges.map(({ source, target }) => ({ source, target })) },
    parties: parties.length ? parties : null,
    first,
  });
}
