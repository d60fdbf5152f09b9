/**
 * kill -9 of `npm run ingest` in the middle of an article: the article whose transaction was
 * open leaves nothing behind, the ones before it are whole, and running the ingest again
 * completes the very graph an uninterrupted ingest builds. On each engine: the embedded
 * store replays its log when reopened, Neo4j rolls back the transaction of a lost connection.
 * The CLI is the real one; tests/helpers/hold-write.ts only stops it inside the third
 * article's transaction, so the kill lands there every time.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { ingestPaths } from '../../server/ingest/index.ts';
import type { CypherEngine } from '../../server/store/cypher-engine.ts';
import { CypherGraphStore } from '../../server/store/cypher-graph-store.ts';
import { loadQueries } from '../../server/store/cypher-registry.ts';
import { GrafeoEngine } from '../../server/store/embedded/grafeo-engine.ts';
import { Neo4jEngine } from '../../server/store/neo4j/neo4j-engine.ts';
import { forEachEngine, neo4jEnv, neo4jTarget } from '../helpers/engines.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = path.join(ROOT, 'seeds');
const HOLD = fileURLToPath(new URL('../helpers/hold-write.ts', import.meta.url));

const work = mkdtempSync(path.join(tmpdir(), 'parley-crash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Everything in the store, to compare whole: what the API counts, and every node and edge. */
async function snapshot(engine: CypherEngine) {
  const store = await CypherGraphStore.create(engine, loadQueries(engine.kind));
  return {
    stats: await store.stats(),
    labels: await engine.read(
      'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
    ),
    types: await engine.read(
      'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
    ),
    ids: await engine.read('MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id'),
    overview: await store.overview(5_000),
  };
}

/** The seeds ingested without interruption into a fresh in-memory store. */
async function uninterrupted(paths: string[]) {
  const engine = GrafeoEngine.open(null);
  await ingestPaths(await CypherGraphStore.create(engine, loadQueries('embedded')), paths);
  try {
    return await snapshot(engine);
  } finally {
    await engine.close();
  }
}

/**
 * Runs `npm run ingest` on the seeds. With `hold`, the run stops inside an article's
 * transaction: `held` resolves then, and `kill` ends it with SIGKILL.
 */
function ingest(env: Record<string, string>, hold: string | null) {
  const args = [...(hold ? ['--import', HOLD] : []), 'server/cli/ingest.ts', SEEDS];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, ...(hold ? { PARLEY_HOLD: hold } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let onHeld: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (onHeld = resolve));
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('held inside the transaction')) onHeld();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if ((hold ? signal : code) === (hold ? 'SIGKILL' : 0)) resolve(output);
      else reject(new Error(`ingest ended with ${signal ?? code}:\n${output}`));
    });
  });
  // An early end is a failure that `held` would otherwise wait on forever.
  const ended = exited.then(() => Promise.reject(new Error(`ingest was never held:\n${output}`)));
  ended.catch(() => undefined);
  return {
    held: hold ? Promise.race([held, ended]) : Promise.resolve(),
    exited,
    kill: () => child.kill('SIGKILL'),
  };
}

forEachEngine('an ingest killed with -9', (kind) => {
  it('when the ingest is killed inside an article, then that article leaves nothing, the earlier ones are whole, and a second run completes the same graph', async () => {
    const seeds = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(SEEDS, f));
    const dataDir = path.join(work, kind);
    mkdirSync(dataDir, { recursive: true });
    const env = kind === 'neo4j' ? await neo4jEnv() : { PARLEY_DATA: dataDir };
    const open = (): Promise<CypherEngine> =>
      kind === 'neo4j'
        ? Neo4jEngine.connect(neo4jTarget()!)
        : Promise.resolve(GrafeoEngine.open(dataDir));
    const inspect = async () => {
      const engine = await open();
      try {
        return await snapshot(engine);
      } finally {
        await engine.close();
      }
    };

    const run = ingest(env, 'write/create-relations:3');
    await run.held;
    if (kind === 'neo4j') {
      // The proof that the kill lands inside a transaction: Neo4j lists it as open.
      const engine = await open();
      const running = await engine.read('SHOW TRANSACTIONS YIELD currentQuery');
      await engine.close();
      expect(running.filter((t) => !String(t.currentQuery).startsWith('SHOW'))).toHaveLength(1);
    }
    run.kill();
    expect(await run.exited).toContain('after write/create-relations #3');
    expect(await inspect()).toEqual(await uninterrupted(seeds.slice(0, 2)));

    await ingest(env, null).exited;
    expect(await inspect()).toEqual(await uninterrupted(seeds));
  }, 240_000);
});
