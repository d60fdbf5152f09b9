/**
 * Vitest global setup for the tiers that run on every engine: it finds them a Neo4j and hands
 * it over in NEO4J_TEST_URI, NEO4J_TEST_USER and NEO4J_TEST_PASSWORD. A URI already set there
 * names a server of the user's own (emptied by the tests!). Otherwise the local launcher
 * starts one on a free port, or, on a machine with a container runtime and no launcher,
 * testcontainers does. With none of these the Neo4j runs skip, and NEO4J_TEST_SKIP says why.
 */
import { BUILD_COMMAND, startLocalNeo4j, whyNoLauncher } from './launch.ts';

const log = (message: string) => console.log(`[neo4j] ${message}`);

async function startContainer(): Promise<{ stop: () => Promise<unknown> } | string> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch (error) {
    return `no container runtime (${(error as Error).message.split('\n')[0]})`;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5').withPassword('parley-test-pw').start();
  process.env.NEO4J_TEST_URI = container.getBoltUri();
  process.env.NEO4J_TEST_USER = container.getUsername();
  process.env.NEO4J_TEST_PASSWORD = container.getPassword();
  log(`neo4j:5 container on ${container.getBoltUri()}`);
  return { stop: () => container.stop() };
}

export default async function setup(): Promise<() => Promise<void>> {
  const none = async () => undefined;
  if (process.env.NEO4J_TEST_URI) {
    log(`using the server at ${process.env.NEO4J_TEST_URI} (NEO4J_TEST_URI); tests empty it`);
    return none;
  }
  if (process.env.PARLEY_TEST_NEO4J === 'off') {
    process.env.NEO4J_TEST_SKIP = 'PARLEY_TEST_NEO4J=off';
    log(`Neo4j runs skipped: ${process.env.NEO4J_TEST_SKIP}`);
    return none;
  }
  const missing = whyNoLauncher();
  if (!missing) {
    const neo4j = await startLocalNeo4j();
    process.env.NEO4J_TEST_URI = neo4j.uri;
    process.env.NEO4J_TEST_USER = 'neo4j';
    process.env.NEO4J_TEST_PASSWORD = 'auth-is-off';
    log(`local Neo4j on ${neo4j.uri}, ready in ${(neo4j.startMs / 1000).toFixed(1)} s`);
    return () => neo4j.stop();
  }
  const container = await startContainer();
  if (typeof container !== 'string') return async () => void (await container.stop());
  process.env.NEO4J_TEST_SKIP =
    `${missing}, and ${container}. Build the launcher (\`${BUILD_COMMAND}\` in ` +
    `tests/neo4j-server), or set NEO4J_TEST_URI to a server of yours`;
  log(`Neo4j runs skipped: ${process.env.NEO4J_TEST_SKIP}`);
  return none;
}
