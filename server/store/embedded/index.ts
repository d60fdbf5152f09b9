import { CypherGraphStore } from '../cypher-graph-store.ts';
import { loadQueries } from '../cypher-registry.ts';
import type { GraphStore } from '../graph-store.ts';
import { GrafeoEngine } from './grafeo-engine.ts';

/** The embedded store in `dataDir`, or in memory when `dataDir` is null. */
export function openEmbeddedStore(dataDir: string | null): Promise<GraphStore> {
  return CypherGraphStore.create(GrafeoEngine.open(dataDir), loadQueries('embedded'));
}
