import { CypherGraphStore } from '../cypher-graph-store.ts';
import { loadQueries } from '../cypher-registry.ts';
import type { GraphStore } from '../graph-store.ts';
import { Neo4jEngine, type Neo4jOptions } from './neo4j-engine.ts';

export type { Neo4jOptions };

export async function openNeo4jStore(options: Neo4jOptions): Promise<GraphStore> {
  return CypherGraphStore.create(await Neo4jEngine.connect(options), loadQueries('neo4j'));
}
