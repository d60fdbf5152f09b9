/**
 * The engines every store-backed tier runs on: the embedded one always, Neo4j when the global
 * setup found one (tests/neo4j-server/global-setup.ts). `forEachEngine` runs one suite body
 * per engine, so both answer to the very same assertions; Neo4j's copy is skipped, never
 * dropped silently, when there is no server.
 */
import { describe } from 'vitest';
import { Neo4jEngine } from '../../server/store/neo4j/neo4j-engine.ts';
import type { Neo4jOptions } from '../../server/store/index.ts';

export type EngineKind = 'embedded' | 'neo4j';
export const ENGINES: readonly EngineKind[] = ['embedded', 'neo4j'];

/** The server the global setup handed over, or null. */
export function neo4jTarget(): Neo4jOptions | null {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) return null;
  return {
    uri,
    user: process.env.NEO4J_TEST_USER ?? 'neo4j',
    password: process.env.NEO4J_TEST_PASSWORD ?? '',
  };
}

export const neo4jSkipReason = (): string =>
  process.env.NEO4J_TEST_SKIP ?? 'no Neo4j (the global setup did not run)';

/**
 * Runs `suite` once per engine inside `describe("<title> [engine]")`. A `skip` reason (one the
 * caller has printed, such as a missing browser) skips every engine's copy.
 */
export function forEachEngine(title: string, suite: (engine: EngineKind) => void): void;
export function forEachEngine(
  title: string,
  skip: string | null,
  suite: (engine: EngineKind) => void,
): void;
export function forEachEngine(
  title: string,
  ...args: [(engine: EngineKind) => void] | [string | null, (engine: EngineKind) => void]
): void {
  const [skip, suite] = args.length === 1 ? [null, args[0]] : args;
  for (const engine of ENGINES) {
    if (skip) {
      describe.skip(`${title} [${engine}]`, () => suite(engine));
      continue;
    }
    if (engine === 'neo4j' && !neo4jTarget()) {
      console.warn(`[neo4j] "${title}" skipped on Neo4j: ${neo4jSkipReason()}`);
      describe.skip(`${title} [neo4j]`, () => suite(engine));
      continue;
    }
    describe(`${title} [${engine}]`, () => suite(engine));
  }
}

/** A connection to the test server, emptied first: each user of it starts from nothing. */
export async function emptiedNeo4j(): Promise<Neo4jEngine> {
  const target = neo4jTarget();
  if (!target) throw new Error(`Neo4j is not available: ${neo4jSkipReason()}`);
  const engine = await Neo4jEngine.connect(target);
  await engine.write((run) => run('MATCH (n) DETACH DELETE n'));
  return engine;
}

/** The environment that points Parley at the test server, after emptying it. */
export async function neo4jEnv(): Promise<Record<string, string>> {
  await (await emptiedNeo4j()).close();
  const target = neo4jTarget()!;
  return { NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password };
}
