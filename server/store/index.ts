/**
 * The store's public surface: the GraphStore port and `openStore`, which picks the adapter
 * the configuration asks for (Neo4j when NEO4J_URI is set, the embedded store otherwise).
 * Each adapter's module is imported only when it is opened, so a Neo4j deployment never loads
 * the embedded engine's native module (nor an embedded one the Neo4j driver).
 */
import type { Config } from '../config/index.ts';
import type { GraphStore } from './graph-store.ts';
import type { Neo4jOptions } from './neo4j/index.ts';

export type * from './graph-store.ts';
export type { Neo4jOptions };
export { QUERY_NAMES, CYPHER_DIR, loadQueries } from './cypher-registry.ts';
export { parseRelationKey, relationKey } from './relation-key.ts';

/** The embedded store in `dataDir`, or in memory when `dataDir` is null. */
export async function openEmbeddedStore(dataDir: string | null): Promise<GraphStore> {
  const embedded = await import('./embedded/index.ts');
  return embedded.openEmbeddedStore(dataDir);
}

export async function openNeo4jStore(options: Neo4jOptions): Promise<GraphStore> {
  const neo4j = await import('./neo4j/index.ts');
  return neo4j.openNeo4jStore(options);
}

export function openStore(config: Pick<Config, 'dataDir' | 'neo4j'>): Promise<GraphStore> {
  return config.neo4j ? openNeo4jStore(config.neo4j) : openEmbeddedStore(config.dataDir);
}
