/**
 * `npm run bench:load [SECONDS]`: the explorer's mixed load (search, neighbourhood, who
 * mediated, path, in equal parts; bench/explorer-load.ts) from autocannon over loopback, with
 * 1, 50 and 200 clients for SECONDS each (default 10) after a warm-up, against a Parley in its
 * own process: first on the seeds, then on a generated store of about 10,000 articles (200,000
 * elements, generated once into data/bench/). It prints requests/s, latency p50/p95/p99 of
 * every response, failures, and the server's RSS: idle before the load and the most seen
 * during it. Prints figures; asserts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { extract, readDocuments } from '../server/extract/index.ts';
import type { Extraction } from '../server/domain/index.ts';
import { explorerAsks, generatedStore, ms, percentile, random } from './explorer-load.ts';

const SECONDS = Number(process.argv[2] ?? 10);
const CLIENTS = [1, 50, 200];
const WARM_UP_SECONDS = 3;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SEEDS = path.join(ROOT, 'seeds');

/** The server's resident set, from /proc: what the process holds in memory, in MB. */
const rssMb = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
  return line ? Number(line[1]) / 1024 : NaN;
};

async function startServer(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const port = 4900 + Math.floor(Math.random() * 500);
  const child = spawn(process.execPath, ['server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child };
    if (tries > 600) throw new Error('the server did not answer /health within a minute');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One run of `connections` clients for `seconds`: every response's latency, and the RSS. */
async function run(
  url: string,
  pid: number,
  extractions: Extraction[],
  connections: number,
  seconds: number,
) {
  const asks = Object.values(explorerAsks(extractions, connections));
  const pick = random(connections * 7);
  const latencies: number[] = [];
  let peakRss = rssMb(pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 250);
  const options: autocannon.Options = {
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, br' },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify(asks[Math.floor(pick() * asks.length)]!()),
        }),
      },
    ],
    // A GraphQL error comes back with status 200: it counts as a failure here.
    verifyBody: (body) => !String(body).includes('"errors"'),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, took) => latencies.push(took));
  });
  clearInterval(sampler);
  return {
    perSecond: latencies.length / result.duration,
    failed: result.errors + result.timeouts + result.non2xx + result.mismatches,
    latencies,
    peakRss,
  };
}

const work = mkdtempSync(path.join(tmpdir(), 'parley-bench-load-'));
try {
  const seeded: Extraction[] = [];
  for await (const doc of readDocuments([SEEDS])) seeded.push(extract(doc));
  const big = await generatedStore(200_000);
  const stores = [
    {
      name: 'the seeds',
      env: { PARLEY_DATA: path.join(work, 'seeded'), PARLEY_SEEDS: SEEDS },
      extractions: seeded,
    },
    {
      name: `${big.extractions.length.toLocaleString('en')} generated articles (200,000 elements)`,
      env: { PARLEY_DATA: big.dir, PARLEY_SEEDS: path.join(work, 'no-seeds') },
      extractions: big.extractions,
    },
  ];
  console.log(
    `\nMixed load (search, neighbourhood, who mediated, path), ${SECONDS} s per run after a ${WARM_UP_SECONDS} s warm-up:\n`,
  );
  console.log(
    '| store | clients | requests/s | p50 / p95 / p99 ms | failed | RSS idle / peak MB |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const store of stores) {
    const { url, child } = await startServer(store.env);
    try {
      await run(url, child.pid!, store.extractions, 8, WARM_UP_SECONDS);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const idle = rssMb(child.pid!);
      for (const clients of CLIENTS) {
        const r = await run(url, child.pid!, store.extractions, clients, SECONDS);
        const p = (q: number) => ms(percentile(r.latencies, q));
        console.log(
          `| ${store.name} | ${clients} | ${r.perSecond.toFixed(0)} | ${p(50)} / ${p(95)} / ${p(99)} | ` +
            `${r.failed} | ${idle.toFixed(0)} / ${r.peakRss.toFixed(0)} |`,
        );
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
