/**
 * `npm run ingest` while a Parley runs: the embedded store opens in one process at a time, so
 * the CLI hands the articles to the running server (found on PORT, or named by PARLEY_URL)
 * with the API key, with the same summary as when it writes the store itself.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { entityId } from '../../server/domain/index.ts';
import { forEachEngine } from '../helpers/engines.ts';
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
