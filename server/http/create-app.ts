/**
 * The HTTP adapter, kept thin: health, GraphQL through Apollo's Express integration, GraphiQL
 * and the explorer as static files built by Vite. It knows the API and the store only through
 * their public surfaces.
 */
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type Express } from 'express';
import { createApi, createContext } from '../api/index.ts';
import type { GraphStore } from '../store/index.ts';

export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client/', import.meta.url));
const HEALTH_DEADLINE_MS = 2_000;

/** Whether a request may write: null when the server has no key, so writes are off. */
function writeAccess(
  apiKey: string | null,
  given: string | undefined,
): 'granted' | 'denied' | null {
  if (apiKey === null) return null;
  if (given === undefined) return 'denied';
  const a = Buffer.from(apiKey);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b) ? 'granted' : 'denied';
}

export async function createApp(
  store: GraphStore,
  apiKey: string | null,
): Promise<{ app: Express; stop: () => Promise<void> }> {
  const api = createApi();
  await api.start();
  const app = express();
  app.disable('x-powered-by');
  // Subgraphs are repetitive JSON (a 1.5 MB overview is 0.2 MB gzipped): brotli where the
  // client takes it, else gzip. Brotli at quality 4, since its default (11) costs more CPU per
  // response than building it; answers under 1 KB go as they are.
  app.use(
    compression({
      threshold: 1024,
      brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    }),
  );

  // Health is the store's: a Parley that cannot reach it serves nothing, so it answers 503
  // (and docker-compose's healthcheck fails) within the deadline rather than hanging.
  app.get('/health', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${HEALTH_DEADLINE_MS} ms`)),
        HEALTH_DEADLINE_MS,
      );
    });
    try {
      await Promise.race([store.ping(), deadline]);
      res.json({ status: 'ok', store: store.kind });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      res.status(503).json({ status: 'unavailable', store: store.kind, error: reason });
    } finally {
      clearTimeout(timer);
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(api, {
      context: async ({ req }) =>
        createContext(store, writeAccess(apiKey, req.header('x-api-key'))),
    }),
  );

  if (!existsSync(path.join(CLIENT_DIR, 'index.html'))) {
    console.warn(`[http] ${CLIENT_DIR} has no build: run \`npm run build\` to serve the explorer`);
  }
  app.get('/graphiql', (_req, res) => res.sendFile(path.join(CLIENT_DIR, 'graphiql.html')));
  app.use(express.static(CLIENT_DIR, { index: 'index.html' }));

  return { app, stop: () => api.stop() };
}
