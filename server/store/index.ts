/**
 * The store's public surface: the GraphStore port and `openStore`, which picks the adapter
 * the configuration asks for (Neo4j when NEO4J_URI is set, the embedded store otherwise).
 */
import type { Config } from '../config/index.ts';
import { openEmbeddedStore } from './embedded/index.ts';
import type { GraphStore } from './graph-store.ts';
import { openNeo4jStore } from './neo4j/index.ts';

export type * from './graph-store.ts';
export { openEmbeddedStore, openNeo4jStore };
export type { Neo4jOptions } from './neo4j/index.ts';
export { QUERY_NAMES, CYPHER_DIR, loadQueries } from './cypher-registry.ts';
export { parseRelationKey, relationKey } from './relation-key.ts';

export function openStore(config: Pick<Config, 'dataDir' | 'neo4j'>): Promise<GraphStore> {
  return config.neo4j ? openNeo4jStore(config.neo4j) : openEmbeddedStore(config.dataDir);
}
