/**
 * What every resolver gets: the store, per-request DataLoaders so that a query naming the
 * same entity, edge or event many times asks the store once per batch, and whether the caller
 * showed the API key that write operations need.
 */
import DataLoader from 'dataloader';
import type {
  EntityProfile,
  EntitySummary,
  EventRecord,
  EventSketch,
  EvidenceRecord,
  GraphStore,
  SubgraphRecord,
} from '../store/index.ts';

export interface ApiContext {
  store: GraphStore;
  /** Null when no API key is configured: then writes are off for everyone. */
  writeAccess: 'granted' | 'denied' | null;
  entityLoader: DataLoader<string, EntitySummary | null>;
  evidenceLoader: DataLoader<string, EvidenceRecord[]>;
  eventLoader: DataLoader<string, EventRecord | null>;
  /** Events as subgraphs draw them, without their reports' sentences. */
  sketchLoader: DataLoader<string, EventSketch | null>;
  profileLoader: DataLoader<string, EntityProfile | null>;
  /** The relations named by each list of keys, as a subgraph: one store call per batch. */
  subgraphLoader: DataLoader<readonly string[], SubgraphRecord, string>;
}

/**
 * Several subgraphs of named relations (one per mediation of an answer) read in one call:
 * each takes its own edges back, and the nodes at their ends.
 */
async function subgraphsByKeys(
  store: GraphStore,
  lists: readonly (readonly string[])[],
): Promise<SubgraphRecord[]> {
  const all = await store.relationsByKey([...new Set(lists.flat())]);
  const edges = new Map(all.edges.map((e) => [e.id, e]));
  const nodes = new Map(all.nodes.map((n) => [n.id, n]));
  return lists.map((keys) => {
    const mine = [...new Set(keys)].flatMap((key) => edges.get(key) ?? []);
    const ends = new Set(mine.flatMap((e) => [e.source, e.target]));
    return {
      nodes: [...ends].flatMap((id) => nodes.get(id) ?? []),
      edges: mine,
      truncated: all.truncated,
    };
  });
}

export function createContext(
  store: GraphStore,
  writeAccess: ApiContext['writeAccess'] = null,
): ApiContext {
  return {
    store,
    writeAccess,
    entityLoader: new DataLoader((ids) => store.entities(ids)),
    evidenceLoader: new DataLoader((keys) => store.evidence(keys)),
    eventLoader: new DataLoader((ids) => store.eventsById(ids)),
    sketchLoader: new DataLoader((ids) => store.eventSketches(ids)),
    profileLoader: new DataLoader((ids) => Promise.all(ids.map((id) => store.profile(id)))),
    subgraphLoader: new DataLoader((lists) => subgraphsByKeys(store, lists), {
      cacheKeyFn: (keys) => [...keys].sort().join('\n'),
    }),
  };
}
