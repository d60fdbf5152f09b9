/**
 * Brokers on the stored graph: the actor graph around the parties (every entity within three
 * relations of one, so routes of up to six relations between two parties are whole), or the
 * busiest part of the graph when no parties are named, ranked by `rankBrokers`.
 */
import type { GraphStore, SubgraphRecord } from '../store/index.ts';
import { rankBrokers, type BrokerScore } from './brokers.ts';

const AROUND_PARTY = 3;

export async function findBrokers(
  store: GraphStore,
  between: readonly string[] | null,
  first: number,
  maxNodes: number,
): Promise<BrokerScore[]> {
  const parties = [...new Set(between ?? [])];
  const subgraphs: SubgraphRecord[] = parties.length
    ? await Promise.all(
        parties.map((id) =>
          store.neighborhood({ id, depth: AROUND_PARTY, types: null, first: maxNodes }),
        ),
      )
    : [await store.overview(maxNodes)];
  const nodes = new Set(subgraphs.flatMap((g) => g.nodes.map((n) => n.id)));
  const edges = subgraphs.flatMap((g) => g.edges);
  return rankBrokers({ nodes: [...nodes], edges }, parties.length ? parties : null, first);
}
