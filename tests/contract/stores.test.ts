/**
 * One CypherEngine contract and one GraphStore contract, run on every engine: the embedded
 * store in memory, and the test Neo4j (emptied before each test) when the global setup found
 * one, skipped with the reason printed when it did not.
 */
import { openEmbeddedStore, openNeo4jStore, type GraphStore } from '../../server/store/index.ts';
import type { CypherEngine } from '../../server/store/cypher-engine.ts';
import { GrafeoEngine } from '../../server/store/embedded/grafeo-engine.ts';
import { emptiedNeo4j, forEachEngine, neo4jTarget, type EngineKind } from '../helpers/engines.ts';
import { articleIdentityContract } from './article-identity.spec.ts';
import { correctionsContract } from './corrections.spec.ts';
import { cypherEngineContract } from './cypher-engine.spec.ts';
import { deadlineContract } from './deadline.spec.ts';
import { graphStoreContract } from './graph-store.spec.ts';

const openEmpty: Record<
  EngineKind,
  { engine: () => Promise<CypherEngine>; store: () => Promise<GraphStore> }
> = {
  embedded: {
    engine: async () => GrafeoEngine.open(null),
    store: () => openEmbeddedStore(null),
  },
  neo4j: {
    engine: emptiedNeo4j,
    store: async () => {
      await (await emptiedNeo4j()).close();
      return openNeo4jStore(neo4jTarget()!);
    },
  },
};

forEachEngine('contracts', (engine) => {
  cypherEngineContract(engine, openEmpty[engine].engine);
  graphStoreContract(engine, openEmpty[engine].store);
  articleIdentityContract(engine, openEmpty[engine].store);
  deadlineContract(engine, openEmpty[engine].engine);
  correctionsContract(engine, openEmpty[engine].store);
});
