/**
 * Parley as one call: validate the configuration, open the store it names, ingest the seeds
 * into an empty store, and serve. `main.ts` runs it for `npm start`; the API and end-to-end
 * tests run it on port 0 with a temporary store. `close()` is the graceful stop: it takes no
 * new request (a late one on an open connection gets 503), lets those in flight finish for
 * up to the grace period, then ends the worker threads and closes the store, which finishes
 * its queued writes and checkpoints its log.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { loadConfig, type Config } from './config/index.ts';
import { ErrorCode } from './errors/index.ts';
import { createApp } from './http/create-app.ts';
import { sendError } from './http/http-errors.ts';
import { ingestPaths, type IngestSummary } from './ingest/ingest-documents.ts';
import { openStore, type GraphStore } from './store/index.ts';
import { closeWorkerPool } from './workers/pool.ts';

export interface StartOptions {
  /** Overrides PORT. */
  port?: number;
  /** Overrides PARLEY_DATA. */
  dataDir?: string;
  /** The environment to read configuration from (default: process.env). */
  env?: Record<string, string | undefined>;
  log?: (message: string) => void;
}

export interface RunningParley {
  url: string;
  config: Config;
  store: GraphStore;
  seeded: IngestSummary | null;
  close(): Promise<void>;
}

export async function startParley(options: StartOptions = {}): Promise<RunningParley> {
  const log = options.log ?? (() => undefined);
  const env = { ...(options.env ?? process.env) };
  if (options.port !== undefined) env.PORT = String(options.port);
  if (options.dataDir !== undefined) env.PARLEY_DATA = options.dataDir;
  const config = loadConfig(env);

  const store = await openStore(config);
  let seeded: IngestSummary | null = null;
  try {
    if ((await store.stats()).articles === 0 && existsSync(config.seedsDir)) {
      log(`Empty store: ingesting ${config.seedsDir}`);
      seeded = await ingestPaths(store, [config.seedsDir]);
      log(
        `Seeded ${seeded.written} articles` +
          (seeded.failed.length ? `, ${seeded.failed.length} failed:` : ''),
      );
      for (const failure of seeded.failed) log(`  failed ${failure.file}: ${failure.message}`);
    }
    const { app, stop } = await createApp(store, {
      apiKey: config.apiKey,
      requestTimeoutMs: config.requestTimeoutMs,
      ingestTimeoutMs: config.ingestTimeoutMs,
      log: (message) => console.error(message),
    });
    let stopping = false;
    let inFlight = 0;
    let idle: () => void = () => undefined;
    // Every request is counted before the app sees it, so that a stop waits for each it let in.
    const server = createServer((req, res) => {
      if (stopping) {
        res.setHeader('connection', 'close');
        sendError(res, ErrorCode.SHUTTING_DOWN, 'Parley is stopping');
        req.resume();
        return;
      }
      inFlight++;
      res.once('close', () => {
        if (--inFlight === 0) idle();
      });
      app(req, res);
    });
    server.listen(config.port, config.host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    log(`Parley on ${url} (store: ${store.kind})`);
    let closing: Promise<void> | null = null;
    return {
      url,
      config,
      store,
      seeded,
      close: () =>
        (closing ??= (async () => {
          stopping = true;
          const closed = new Promise<void>((resolve) => server.close(() => resolve()));
          server.closeIdleConnections();
          if (inFlight > 0) {
            let timer: NodeJS.Timeout | undefined;
            await Promise.race([
              new Promise<void>((resolve) => (idle = resolve)),
              new Promise<void>((resolve) => (timer = setTimeout(resolve, config.shutdownGraceMs))),
            ]);
            clearTimeout(timer);
          }
          server.closeAllConnections();
          await closed;
          await stop();
          await closeWorkerPool();
          await store.close();
        })()),
    };
  } catch (error) {
    await closeWorkerPool();
    await store.close();
    throw error;
  }
}
