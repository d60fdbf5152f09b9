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
  };
}
