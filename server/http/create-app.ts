/**
 * The HTTP adapter, kept thin: health, GraphQL through Apollo's Express integration, GraphiQL
 * and the explorer as static files built by Vite. It knows the API and the store only through
 * their public surfaces.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { createApi, createContext } from '../api/index.ts';
import type { GraphStore } from '../store/index.ts';

export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client/', import.meta.url));

export async function createApp(store: GraphStore): Promise<{ app: Express; stop: () => Promise<void> }> {
  const api = createApi();
  await api.start();
  const app = express();
  app.disable('x-powered-by');

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', store: store.kind });
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(api, { context: async () => createContext(store) }),
  );

  if (!existsSync(path.join(CLIENT_DIR, 'index.html'))) {
    console.warn(`[http] ${CLIENT_DIR} has no build: run \`npm run build\` to serve the explorer`);
  }
  app.get('/graphiql', (_req, res) => res.sendFile(path.join(CLIENT_DIR, 'graphiql.html')));
  app.use(express.static(CLIENT_DIR, { index: 'index.html' }));

  return { app, stop: () => api.stop() };
}
