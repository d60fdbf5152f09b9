/**
 * What every resolver gets: the store, and per-request DataLoaders so that a query naming the
 * same entity or edge many times asks the store once per batch.
 */
import DataLoader from 'dataloader';
import type { EntitySummary, EvidenceRecord, GraphStore } from '../store/index.ts';

export interface ApiContext {
  store: GraphStore;
  entityLoader: DataLoader<string, EntitySummary | null>;
  evidenceLoader: DataLoader<string, EvidenceRecord[]>;
}

export function createContext(store: GraphStore): ApiContext {
  return {
    store,
    entityLoader: new DataLoader((ids) => store.entities(ids)),
    evidenceLoader: new DataLoader((keys) => store.evidence(keys)),
  };
}
