/**
 * SIGTERM stops Parley gracefully. Before, Apollo's own handler re-raised the signal and the
 * process died with 143 before the store was closed: the request in flight was cut and the
 * embedded store's write-ahead log was never checkpointed (7 MB of log beside a 32 KB file
 * after 300 API ingests). Now the real `node server/main.ts` gets SIGTERM while an ingest is
 * in flight: the ingest is answered whole, a request after the signal is refused, the process
 * exits 0, and the store is left checkpointed with the article in it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../server/store/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEY = 'test-key-0123456789abcdef';
const work = mkdtempSync(path.join(tmpdir(), 'parley-stop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('when SIGTERM comes during an ingest, then the ingest is answered, the store is closed and checkpointed, and the exit code is 0', async () => {
  const data = path.join(work, 'data');
  const child = spawn(process.execPath, ['server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      PARLEY_DATA: data,
      PARLEY_SEEDS: path.join(work, 'no-seeds'),
      PARLEY_API_KEY: KEY,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Parley on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => reject(new Error(`Parley ended before serving:\n${output}`)));
  });

  const text = Array.from(
    { length: 3000 },
    (_, i) =>
      `Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday, and ${i + 100} delegates followed the talks.`,
  ).join('\n');
  const ingest = fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': KEY },
    body: JSON.stringify({
      query: 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { written } }',
      variables: { input: { text, url: 'https://wire.test/stop', published: '2024-05-06' } },
    }),
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 100));
  const late = await fetch(`${url}/health`).then(
    (r) => r.status,
    () => 'refused',
  );

  const answer = await ingest;
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual({ data: { ingestArticle: { written: true } } });
  expect(await exited, output).toBe(0);
  expect([503, 'refused']).toContain(late);
  expect(output).toMatch(/SIGTERM: stopping[\s\S]*Stopped/);
  // Closed, the embedded store folds its log into its file: no log is left beside it.
  expect(existsSync(path.join(data, 'parley.grafeo.wal'))).toBe(false);
  const store = await openEmbeddedStore(data);
  try {
    expect((await store.stats()).articles).toBe(1);
  } finally {
    await store.close();
  }
}, 60_000);
