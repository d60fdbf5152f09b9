/**
 * Nobody can freeze the server. Before, `{ brokers { score } }` on a 16,296-entity graph held
 * the event loop for 26 s (/health waited), 50 aliased copies passed the limits, and a 128 KB
 * article sent to ingestArticle blocked every request while it was extracted. Now betweenness
 * and extraction run in worker threads under the request's deadline, a timed-out request ends
 * with TIMEOUT (HTTP 504) and frees its thread, and `brokers` is priced: one per request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../server/errors/index.ts';
import { createApp } from '../../server/http/create-app.ts';
import { closeWorkerPool } from '../../server/workers/pool.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';
import { denseGraph, listen, stubStore } from '../helpers/stub-store.ts';

/** How long /health takes to answer while `busy` is in flight. */
async function healthDuring(url: string, busy: Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let done = false;
  void busy.finally(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 100));
  while (!done) {
    const started = performance.now();
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return times;
}

const gql = (url: string, query: string, variables = {}, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

describe('betweenness under a deadline', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    // A store that answers every overview with 3,000 tied actors: seconds of betweenness.
    const graph = denseGraph(3000);
    const app = await createApp(stubStore({ overview: async () => graph }), {
      apiKey: null,
      requestTimeoutMs: 1_500,
      ingestTimeoutMs: 1_500,
      log: () => undefined,
    });
    stop = app.stop;
    server = await listen(app.app);
  });
  afterAll(async () => {
    await server.close();
    await stop();
    await closeWorkerPool();
  });

  it('when brokers would run for seconds, then /health still answers at once and brokers ends with TIMEOUT, 504', async () => {
    const started = performance.now();
    const brokers = gql(server.url, '{ brokers { score } }');
    const health = await healthDuring(server.url, brokers);
    const response = await brokers;
    expect(response.status).toBe(504);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe(ErrorCode.TIMEOUT);
    expect(performance.now() - started).toBeLessThan(1_500 + 1_000);
    expect(health.length).toBeGreaterThan(3);
    expect(Math.max(...health)).toBeLessThan(300);
  });

  it('when one request asks brokers twice, then it is refused before it runs', async () => {
    const response = await gql(server.url, '{ a: brokers { score } b: brokers { score } }');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe(ErrorCode.LIMIT_EXCEEDED);
  });
});

describe('a batch that runs out of time', () => {
  it('when the events of a view time out, then the view says TIMEOUT instead of coming back without them', async () => {
    const graph = denseGraph(3);
    const app = await createApp(
      stubStore({
        overview: async () => graph,
        // A view's events are found and sketched in one store call: that call runs out of time.
        eventsAmong: async () => {
          throw new AppError(ErrorCode.TIMEOUT, 'The request ran out of its time budget');
        },
      }),
      { apiKey: null, requestTimeoutMs: 1_000, ingestTimeoutMs: 1_000, log: () => undefined },
    );
    const server = await listen(app.app);
    try {
      const response = await gql(server.url, '{ overview { nodes { id } events { id } } }');
      expect(response.status).toBe(504);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe(ErrorCode.TIMEOUT);
    } finally {
      await server.close();
      await app.stop();
    }
  });
});

describe('extraction off the event loop', () => {
  const KEY = 'test-key-0123456789abcdef';
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(null, 'embedded', { PARLEY_API_KEY: KEY });
  });
  afterAll(() => server.close());

  it('when a large article is being extracted, then /health answers at once meanwhile', async () => {
    const paragraph = (i: number) =>
      `Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday, and ${i + 100} delegates followed the talks on trade and energy.`;
    const text = Array.from({ length: 4000 }, (_, i) => paragraph(i)).join('\n');
    const ingest = gql(
      server.parley.url,
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { written } }',
      { input: { text, url: 'https://wire.test/long', published: '2024-05-06' } },
      { 'x-api-key': KEY },
    );
    const health = await healthDuring(server.parley.url, ingest);
    expect(await (await ingest).json()).toEqual({ data: { ingestArticle: { written: true } } });
    expect(health.length).toBeGreaterThan(2);
    expect(Math.max(...health)).toBeLessThan(300);
  }, 60_000);
});
