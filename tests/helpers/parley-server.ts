/**
 * Starts a real Parley on port 0 on an empty store of the engine asked for (a temporary
 * embedded store, or the test Neo4j emptied first), for API and browser tests, and gives a
 * GraphQL client that fails loudly on transport errors but returns GraphQL errors for the test
 * to inspect.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startParley, type RunningParley } from '../../server/app.ts';
import { neo4jEnv, type EngineKind } from './engines.ts';

export interface TestServer {
  parley: RunningParley;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
  close(): Promise<void>;
}

/**
 * `seeds`: a folder to seed from, or null for an empty store; `env`: more configuration, such
 * as PARLEY_API_KEY.
 */
export async function startTestServer(
  seeds: string | null,
  engine: EngineKind = 'embedded',
  env: Record<string, string> = {},
): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-api-'));
  const emptySeeds = path.join(dir, 'no-seeds');
  const parley = await startParley({
    port: 0,
    dataDir: path.join(dir, 'data'),
    env: {
      PARLEY_SEEDS: seeds ?? emptySeeds,
      HOST: '127.0.0.1',
      ...(engine === 'neo4j' ? await neo4jEnv() : {}),
      ...env,
    },
  });
  return {
    parley,
    async gql(query, variables) {
      const response = await fetch(`${parley.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      if (!response.headers.get('content-type')?.includes('json')) {
        throw new Error(`GraphQL answered ${response.status} ${await response.text()}`);
      }
      return response.json();
    },
    async close() {
      await parley.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
