/**
 * Brokers on the stored graph: the actor graph around the parties (every entity within three
 * relations of one, so routes of up to six relations between two parties are whole), or the
 * busiest part of the graph when no parties are named, ranked by `rankBrokers` in a worker
 * thread: betweenness is seconds of CPU on a large graph, which on the event loop would hold
 * every other request (26 s on 16,000 entities, measured), and the request's deadline ends
 * the thread. Brokerage asks the same of parties that may be tied to each other: shortest
 * routes would all be the direct relation and name nobody, so the direct relations are set
 * aside, said, and the intermediaries on the other routes up to a length are ranked.
 */
import type { GraphEdgeRecord, GraphStore, SubgraphRecord } from '../store/index.ts';
import { runInWorker } from '../workers/pool.ts';
import type { BrokerScore } from './brokers.ts';

const AROUND_PARTY = 3;

export interface BrokerageRecord {
  direct: GraphEdgeRecord[];
  brokers: BrokerScore[];
  maxLength: number;
  parties: number;
}

async function aroundParties(
  store: GraphStore,
  parties: string[],
  depth: number,
  maxNodes: number,
): Promise<SubgraphRecord[]> {
  return Promise.all(
    parties.map((id) => store.neighborhood({ id, depth, types: null, first: maxNodes })),
  );
}

function actorGraph(subgraphs: SubgraphRecord[], keep: (edge: GraphEdgeRecord) => boolean) {
  const nodes = new Set(subgraphs.flatMap((g) => g.nodes.map((n) => n.id)));
  const edges = subgraphs.flatMap((g) => g.edges).filter(keep);
  return { nodes: [...nodes], edges: edges.map(({ source, target }) => ({ source, target })) };
}

export async function findBrokers(
  store: GraphStore,
  between: readonly string[] | null,
  first: number,
  maxNodes: number,
  /** Actors ranked when no parties are named: the walk starts from every one of them. */
  maxOverviewNodes: number = maxNodes,
): Promise<BrokerScore[]> {
  const parties = [...new Set(between ?? [])];
  const subgraphs = parties.length
    ? await aroundParties(store, parties, AROUND_PARTY, maxNodes)
    : [await store.overview(maxOverviewNodes)];
  return runInWorker('rankBrokers', {
    graph: actorGraph(subgraphs, () => true),
    parties: parties.length ? parties : null,
    first,
  });
}

/**
 * Parties' direct relations, and the brokers on their routes of at most `maxLength` relations
 * that take none of them. Every relation of such a route lies within `maxLength - 1` of one of
 * its two ends (the last one within one of the far end), so neighbourhoods of that depth (at
 * most three: routes up to six) hold the whole route.
 */
export async function findBrokerage(
  store: GraphStore,
  between: readonly string[],
  maxLength: number,
  first: number,
  maxNodes: number,
): Promise<BrokerageRecord> {
  const parties = [...new Set(between)];
  const isParty = new Set(parties);
  const depth = Math.min(AROUND_PARTY, Math.max(1, maxLength - 1));
  const subgraphs = await aroundParties(store, parties, depth, maxNodes);
  const isDirect = (e: GraphEdgeRecord) =>
    e.source !== e.target && isParty.has(e.source) && isParty.has(e.target);
  const direct = [
    ...new Map(
      subgraphs
        .flatMap((g) => g.edges)
        .filter(isDirect)
        .map((e) => [e.id, e]),
    ).values(),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const brokers = await runInWorker('rankBrokers', {
    graph: actorGraph(subgraphs, (e) => !isDirect(e)),
    parties,
    first,
    maxLength,
  });
  return { direct, brokers, maxLength, parties: parties.length };
}
