/**
 * `npm run ingest` while a Parley runs: the embedded store opens in one process at a time, so
 * the CLI hands the articles to the running server (found on PORT, or named by PARLEY_URL)
 * with the API key, with the same summary as when it writes the store itself. And whichever
 * way it writes, the CLI keeps the path it read: before, it stored only the basename and an
 * article without a URL replaced any stored one of the same name, so two folders' report.txt
 * could not both be kept; later a running Parley still cut the path it was handed at 200
 * characters.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startParley } from '../../server/app.ts';
import { articleId, entityId } from '../../server/domain/index.ts';
import type { CypherEngine } from '../../server/store/cypher-engine.ts';
import { GrafeoEngine } from '../../server/store/embedded/grafeo-engine.ts';
import { Neo4jEngine } from '../../server/store/neo4j/neo4j-engine.ts';
import { forEachEngine, neo4jEnv, neo4jTarget, type EngineKind } from '../helpers/engines.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEY = 'test-key-0123456789abcdef';
const ARTICLES = ['seeds/000_f21ac02f226290e6.txt', 'seeds/001_312903a8e4629411.txt'];

function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string; stdout: string }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // Nothing of the caller's own configuration leaks in: only what the story sets.
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output, stdout })));
}

const ingest = (env: Record<string, string>) => run(['server/cli/ingest.ts', ...ARTICLES], env);

forEachEngine('npm run ingest against a running Parley', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(null, engine, { PARLEY_API_KEY: KEY });
  });
  afterAll(() => server.close());

  it('when the key is missing, then every article fails with a word about PARLEY_API_KEY and nothing is stored', async () => {
    const { code, output } = await ingest({ PARLEY_URL: server.parley.url });
    expect(code, output).toBe(1);
    expect(output).toContain('Read 2 articles: 0 written, 0 unchanged, 2 failed.');
    expect(output).toContain('same PARLEY_API_KEY');
    expect((await server.parley.store.stats()).articles).toBe(0);
  });

  it('when PARLEY_URL names the server, then the articles are written there and the summary counts them', async () => {
    const { code, output } = await ingest({ PARLEY_URL: server.parley.url, PARLEY_API_KEY: KEY });
    expect(code, output).toBe(0);
    expect(output).toContain(`Sending the articles to the Parley running at ${server.parley.url}`);
    expect(output).toContain('Read 2 articles: 2 written, 0 unchanged, 0 failed.');
    const stats = await server.parley.store.stats();
    expect(stats.articles).toBe(2);
    expect(output).toContain(`${stats.relations} relations, ${stats.events} events, 2 articles.`);
    const again = await ingest({ PARLEY_URL: server.parley.url, PARLEY_API_KEY: KEY });
    expect(again.output).toContain('Read 2 articles: 0 written, 2 unchanged, 0 failed.');
  });

  it("when the evaluation export is asked for the corrected graph, then it prints the extraction with the server's corrections applied", async () => {
    type Record = { entities: { name: string; type: string; aliases: string[] }[] };
    const extract = async (corrected: boolean) => {
      const args = ['server/cli/extract.ts', ...(corrected ? ['--corrected'] : []), ARTICLES[0]!];
      const { code, stdout, output } = await run(args, { PARLEY_URL: server.parley.url });
      expect(code, output).toBe(0);
      return JSON.parse(stdout) as Record;
    };
    const person = (await extract(false)).entities.find((e) => e.type === 'Person')!;
    await server.parley.store.correct(
      { kind: 'rename', target: entityId('Person', person.name), name: `${person.name} (checked)` },
      { by: 'Ana' },
    );
    const names = (await extract(true)).entities.map((e) => e.name);
    expect(names).toContain(`${person.name} (checked)`);
    expect(names).not.toContain(person.name);
    expect((await extract(false)).entities.map((e) => e.name)).toContain(person.name);
  });

  if (engine === 'embedded') {
    it('when the server holds the embedded store and no URL is given, then the CLI finds it on PORT instead of failing to open the store', async () => {
      const { port } = new URL(server.parley.url);
      const { code, output } = await ingest({
        PARLEY_DATA: server.parley.config.dataDir,
        PORT: port,
        PARLEY_API_KEY: KEY,
        PARLEY_SEEDS: 'none',
      });
      expect(code, output).toBe(0);
      expect(output).toContain('Sending the articles to the Parley running at');
      expect(output).not.toContain('Cannot open the embedded store');
    });
  }
});

const work = mkdtempSync(path.join(tmpdir(), 'parley-cli-paths-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * `npm run ingest FILES` writing the store of `storeEnv` itself, or handing the articles to a
 * Parley started on it for this run alone (stopped after, so that the store can be read).
 */
async function ingestThrough(
  via: 'its own store' | 'a running Parley',
  storeEnv: Record<string, string>,
  files: string[],
) {
  const args = ['server/cli/ingest.ts', ...files];
  if (via === 'its own store') return run(args, storeEnv);
  const parley = await startParley({
    port: 0,
    env: { ...storeEnv, HOST: '127.0.0.1', PARLEY_SEEDS: 'none', PARLEY_API_KEY: KEY },
  });
  try {
    return await run(args, { PARLEY_URL: parley.url, PARLEY_API_KEY: KEY });
  } finally {
    await parley.close();
  }
}

/** Every stored article's id and the file it was read from, by file. */
async function storedArticles(engine: EngineKind, dataDir: string) {
  const db: CypherEngine =
    engine === 'embedded' ? GrafeoEngine.open(dataDir) : await Neo4jEngine.connect(neo4jTarget()!);
  try {
    return await db.read('MATCH (a:Article) RETURN a.file AS file, a.id AS id ORDER BY file');
  } finally {
    await db.close();
  }
}

forEachEngine('npm run ingest keeps the path it read', (engine) => {
  for (const via of ['its own store', 'a running Parley'] as const) {
    it(`when two files of one name in two folders come without a URL through ${via}, then each is kept under its own path, and ingesting one again leaves the other`, async () => {
      const dir = mkdtempSync(path.join(work, `${engine}-`));
      const data = path.join(dir, 'data');
      const texts = [
        'Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday.',
        'Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Tuesday.',
      ];
      // Named alike for 200 characters and more: a running Parley kept only that much of the
      // name it was given, which cut both paths to the same folder and dropped the file's name.
      const [east, west] = ['east', 'west'].map((side, i) => {
        const folder = path.join(dir, `${'wire-archive-'.repeat(16)}${side}`);
        mkdirSync(folder);
        const file = path.join(folder, 'report.txt');
        writeFileSync(file, texts[i]!);
        return file;
      }) as [string, string];
      const storeEnv = engine === 'neo4j' ? await neo4jEnv() : { PARLEY_DATA: data };
      const both = [
        { file: east, id: articleId(texts[0]!) },
        { file: west, id: articleId(texts[1]!) },
      ];

      const first = await ingestThrough(via, storeEnv, [east, west]);
      expect(first.code, first.output).toBe(0);
      expect(first.output).toContain('Read 2 articles: 2 written, 0 unchanged, 0 failed.');
      expect(await storedArticles(engine, data)).toEqual(both);

      // The same text under a new header is written again (an unchanged file would be skipped
      // before the store is asked), so the write that could supersede the other one runs.
      writeFileSync(east, `title: Ruto and Mahama in Nairobi\n\n${texts[0]}`);
      const again = await ingestThrough(via, storeEnv, [east]);
      expect(again.code, again.output).toBe(0);
      expect(again.output).toContain('Read 1 articles: 1 written, 0 unchanged, 0 failed.');
      expect(await storedArticles(engine, data)).toEqual(both);
    });
  }
});
