/**
 * Parley as one call: validate the configuration, open the store it names, ingest the seeds
 * into an empty store, and serve. `main.ts` runs it for `npm start`; the API and end-to-end
 * tests run it on port 0 with a temporary store.
 */
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { loadConfig, type Config } from './config/index.ts';
import { createApp } from './http/create-app.ts';
import { ingestPaths, type IngestSummary } from './ingest/ingest-documents.ts';
import { openStore, type GraphStore } from './store/index.ts';

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
          (seeded.failed.length ? `, ${seeded.failed.length} failed` : ''),
      );
    }
    const { app, stop } = await createApp(store, config.apiKey);
    const server = app.listen(config.port, config.host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    log(`Parley on ${url} (store: ${store.kind})`);
    return {
      url,
      config,
      store,
      seeded,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
