/**
 * The contract on Neo4j: against NEO4J_TEST_URI when given, otherwise in a neo4j:5 container
 * started by testcontainers. With neither a URI nor a container runtime, the suite is skipped
 * with the reason printed, never silently.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openNeo4jStore, type GraphStore, type Neo4jOptions } from '../../server/store/index.ts';
import { Neo4jEngine } from '../../server/store/neo4j/neo4j-engine.ts';
import { cypherEngineContract } from './cypher-engine.spec.ts';
import { graphStoreContract } from './graph-store.spec.ts';

async function containerRuntime(): Promise<string | null> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return null;
  } catch (error) {
    return `no container runtime (${(error as Error).message.split('\n')[0]})`;
  }
}

const given = process.env.NEO4J_TEST_URI;
const skipReason = given ? null : await containerRuntime();

if (skipReason) {
  console.warn(
    `[contract] Neo4j run skipped: ${skipReason}; set NEO4J_TEST_URI to run it against a server.`,
  );
  describe.skip('GraphStore contract: neo4j', () => it('needs Neo4j', () => undefined));
} else {
  let options: Neo4jOptions;
  let stop: () => Promise<unknown> = async () => undefined;
  beforeAll(async () => {
    if (given) {
      options = {
        uri: given,
        user: process.env.NEO4J_TEST_USER ?? 'neo4j',
        password: process.env.NEO4J_TEST_PASSWORD ?? '',
      };
      return;
    }
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5').withPassword('parley-test-pw').start();
    options = {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
    };
    stop = () => container.stop();
  }, 300_000);
  afterAll(() => stop());

  // Each test starts empty: the contract's writes are the only data.
  const emptied = async (): Promise<Neo4jEngine> => {
    const engine = await Neo4jEngine.connect(options);
    await engine.write((run) => run('MATCH (n) DETACH DELETE n'));
    return engine;
  };
  cypherEngineContract('neo4j', emptied);
  graphStoreContract('neo4j', async (): Promise<GraphStore> => {
    await (await emptied()).close();
    return openNeo4jStore(options);
  });
}
