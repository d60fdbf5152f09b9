/**
 * One bad document never stops the others. Before, an empty .txt, a bad `published:` header
 * or one broken NDJSON line skipped every file after it without the summary saying so; a
 * 10,000-deep page crashed the CLI with a RangeError and, among the seeds, kept the server from
 * starting. Now the generated bad-input corpus (tests/corpus/bad-inputs.ts: binary, bombs, a
 * huge line, bad days, broken NDJSON, markup, a javascript: URL, non-Latin names) goes through
 * the real `npm run ingest` and through start-up seeding: every good article is written, every
 * bad one is named with its reason, the exit code says some failed, and the server starts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startParley } from '../../server/app.ts';
import { openEmbeddedStore } from '../../server/store/index.ts';
import { writeBadInputs, type CorpusEntry } from '../corpus/bad-inputs.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'parley-bad-'));
const corpus = path.join(work, 'corpus');
let entries: CorpusEntry[];
beforeAll(() => {
  entries = writeBadInputs(corpus);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const written = () => entries.reduce((n, e) => n + e.expect.written, 0);
const refusals = () => entries.flatMap((e) => e.expect.refused);

function ingest(dataDir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['server/cli/ingest.ts', corpus], {
    cwd: ROOT,
    env: { ...process.env, PARLEY_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

it('when the CLI ingests the bad-input corpus, then every good article is written, every bad one is named with its reason, and the exit code is 1', async () => {
  const dataDir = path.join(work, 'cli');
  const { code, output } = await ingest(dataDir);
  expect(code, output).toBe(1);
  expect(output).toContain(`${written()} written`);
  expect(output).toContain(`${refusals().length} failed.`);
  for (const refusal of refusals()) expect(output).toMatch(refusal);
  expect(output).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
  const store = await openEmbeddedStore(dataDir);
  try {
    expect((await store.stats()).articles).toBe(written());
    // The Cyrillic name kept the article, under an id of its own letters.
    expect(await store.search('Лавров')).toEqual([
      expect.objectContaining({ id: expect.stringMatching(/^person:.*лавров/) }),
    ]);
  } finally {
    await store.close();
  }
  // Read again, nothing changes and the same documents fail for the same reasons.
  const again = await ingest(dataDir);
  expect(again.output).toContain(`0 written, ${written()} unchanged`);
}, 180_000);

it('when the bad-input corpus is the seeds folder, then the server starts, seeded with the good articles', async () => {
  const parley = await startParley({
    port: 0,
    dataDir: path.join(work, 'seeded'),
    env: { PARLEY_SEEDS: corpus, HOST: '127.0.0.1' },
  });
  try {
    expect(parley.seeded).toMatchObject({ written: written() });
    expect(parley.seeded!.failed).toHaveLength(refusals().length);
    expect((await fetch(`${parley.url}/health`)).status).toBe(200);
  } finally {
    await parley.close();
  }
}, 180_000);
