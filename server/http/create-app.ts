/**
 * The HTTP adapter, kept thin: health, GraphQL through Apollo's Express integration, GraphiQL
 * and the explorer as static files built by Vite. It knows the API and the store only through
 * their public surfaces. Every GraphQL request runs under a deadline (deadline/) that reaches
 * its store calls and worker tasks; every refusal is JSON (http-errors.ts); every answer
 * carries the security headers and a Content Security Policy that lets the page load nothing
 * from anywhere but this origin.
 */
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { createApi, createContext } from '../api/index.ts';
import { Deadline, withDeadline } from '../deadline/index.ts';
import { ErrorCode } from '../errors/index.ts';
import type { GraphStore } from '../store/index.ts';
import {
  errorHandler,
  notFound,
  requireJson,
  requireObjectBody,
  sendError,
} from './http-errors.ts';

export const CLIENT_DIR = fileURLToPath(new URL('../../dist/client/', import.meta.url));
/** The JSON body of one GraphQL request: an article at its cap in UTF-8 and JSON escapes. */
const BODY_LIMIT = '16mb';
const HEALTH_DEADLINE_MS = 2_000;
/** Past its deadline, a request that still has not answered is answered for it, this late. */
const BACKSTOP_MS = 1_000;

export interface AppOptions {
  apiKey: string | null;
  requestTimeoutMs: number;
  ingestTimeoutMs: number;
  log?: (message: string) => void;
}

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

/** Runs the rest of the request under a fresh deadline, and answers TIMEOUT if nothing did. */
function underDeadline(budgetMs: number): RequestHandler {
  return (_req, res, next) => {
    const deadline = new Deadline(budgetMs);
    let expiredAt: number | null = null;
    const backstop = setInterval(() => {
      if (res.headersSent || deadline.remainingMs() > 0) return;
      expiredAt ??= Date.now();
      if (Date.now() - expiredAt < BACKSTOP_MS) return;
      clearInterval(backstop);
      sendError(res, ErrorCode.TIMEOUT, deadline.error().message);
    }, BACKSTOP_MS / 4);
    backstop.unref();
    res.once('close', () => {
      clearInterval(backstop);
      deadline.dispose();
    });
    withDeadline(deadline, next);
  };
}

export async function createApp(
  store: GraphStore,
  options: AppOptions,
): Promise<{ app: Express; stop: () => Promise<void> }> {
  const log = options.log ?? ((message: string) => console.error(message));
  const api = createApi({ ingestTimeoutMs: options.ingestTimeoutMs, log });
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
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // Cytoscape and GraphiQL set styles from script; images are the page's own exports.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'worker-src': ["'self'", 'blob:'],
          'connect-src': ["'self'"],
          'upgrade-insecure-requests': null,
        },
      },
      // Plain HTTP on a LAN is a supported deployment: no HSTS that would lock browsers out.
      strictTransportSecurity: false,
    }),
  );

  // Health is the store's: a Parley that cannot reach it serves nothing, so it answers 503
  // (and docker-compose's healthcheck fails) within the deadline rather than hanging.
  app.get('/health', async (_req, res) => {
    const deadline = new Deadline(HEALTH_DEADLINE_MS);
    try {
      await withDeadline(deadline, () => deadline.race(store.ping()));
      res.json({ status: 'ok', store: store.kind });
    } catch (error) {
      const timedOut = deadline.signal.aborted;
      log(`[health] ${error instanceof Error ? error.message : String(error)}`);
      res.status(503).json({
        status: 'unavailable',
        store: store.kind,
        error: timedOut
          ? `no answer within ${HEALTH_DEADLINE_MS} ms`
          : 'the store cannot be reached',
      });
    } finally {
      deadline.dispose();
    }
  });

  app.use(
    '/graphql',
    requireJson,
    express.json({ limit: BODY_LIMIT, strict: false }),
    requireObjectBody,
    underDeadline(options.requestTimeoutMs),
    expressMiddleware(api, {
      context: async ({ req }) =>
        createContext(store, writeAccess(options.apiKey, req.header('x-api-key'))),
    }),
  );

  if (!existsSync(path.join(CLIENT_DIR, 'index.html'))) {
    log(`[http] ${CLIENT_DIR} has no build: run \`npm run build\` to serve the explorer`);
  }
  app.get('/graphiql', (_req, res) => res.sendFile(path.join(CLIENT_DIR, 'graphiql.html')));
  app.use(express.static(CLIENT_DIR, { index: 'index.html' }));
  app.use(notFound);
  app.use(errorHandler(log));

  return { app, stop: () => api.stop() };
}
