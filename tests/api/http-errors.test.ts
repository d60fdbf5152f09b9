/**
 * Every refusal is one JSON shape with the status it deserves, before GraphQL runs or after,
 * and no response carries a stack trace, a server path or an engine's own words. Before:
 * malformed JSON, a `null` body or one over the limit got Express's HTML page with a stack and
 * absolute paths; GraphQL syntax errors and token-limit breaches were HTTP 500; STORE_FAILED
 * passed the engine's message through. Also: the security headers and the CSP are on every
 * answer. HTTP behaviour does not depend on the engine: the embedded store serves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, AppError } from '../../server/errors/index.ts';
import { createApp } from '../../server/http/create-app.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';
import { listen, stubStore } from '../helpers/stub-store.ts';

const LEAKS = /\/work\/|node_modules|\bat [\w.<>]+ \(|<html|<pre>|GRAFEO|Neo\.|SyntaxError:/i;

async function call(url: string, init: RequestInit) {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), text, response };
}

describe('errors over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(null);
  });
  afterAll(() => server.close());
  const json = { 'content-type': 'application/json' };
  const post = (body: string, headers: Record<string, string> = json) =>
    call(`${server.parley.url}/graphql`, { method: 'POST', headers, body });

  it.each([
    ['malformed JSON', () => post('{"query": '), 400, ErrorCode.BAD_REQUEST],
    ['a null body', () => post('null'), 400, ErrorCode.BAD_REQUEST],
    [
      'a body over the limit',
      () =>
        post(
          JSON.stringify({ query: '{ stats { articles } }', pad: 'x'.repeat(17 * 1024 * 1024) }),
        ),
      413,
      ErrorCode.PAYLOAD_TOO_LARGE,
    ],
    [
      'a body that is not JSON',
      () => post('{ stats { articles } }', { 'content-type': 'text/plain' }),
      415,
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    ],
    [
      'a GraphQL syntax error',
      () => post(JSON.stringify({ query: '{ stats { ' })),
      400,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'a token-limit breach',
      () => post(JSON.stringify({ query: `{ ${'stats { articles } '.repeat(2000)} }` })),
      400,
      ErrorCode.LIMIT_EXCEEDED,
    ],
    [
      'a field that does not exist',
      () => post(JSON.stringify({ query: '{ nope }' })),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a bad date argument',
      () =>
        post(
          JSON.stringify({ query: '{ events(from: "2024-02-31") { pageInfo { hasNextPage } } }' }),
        ),
      400,
      ErrorCode.BAD_INPUT,
    ],
    [
      'a path that does not exist',
      () => call(`${server.parley.url}/no/such/page`, {}),
      404,
      ErrorCode.NOT_FOUND,
    ],
  ])(
    'when the request is %s, then the answer is JSON with its status and code, and leaks nothing',
    async (_label, send, status, code) => {
      const answer = await send();
      expect(answer.status).toBe(status);
      expect(answer.type).toMatch(/^application\/json/);
      const body = JSON.parse(answer.text) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors[0]!.extensions.code).toBe(code);
      expect(body.errors[0]!.message.length).toBeGreaterThan(0);
      expect(answer.text).not.toMatch(LEAKS);
      expect(answer.text).not.toMatch(/stacktrace/);
    },
  );

  it('when any page is served, then it carries a CSP that allows only this origin, and the usual security headers', async () => {
    for (const page of ['/', '/graphiql', '/health']) {
      const { response } = await call(`${server.parley.url}${page}`, {});
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, page).toMatch(/default-src 'self'/);
      expect(csp, page).toMatch(/script-src 'self'(;|$)/);
      expect(csp, page).toMatch(/object-src 'none'/);
      expect(csp, page).toMatch(/frame-ancestors 'self'/);
      expect(response.headers.get('x-content-type-options'), page).toBe('nosniff');
      expect(response.headers.get('x-powered-by'), page).toBeNull();
    }
  });
});

describe('errors from the store over HTTP', () => {
  it('when the store fails with its own words, then the caller gets the code and fixed words, and the log gets the rest', async () => {
    const logged: string[] = [];
    const store = stubStore({
      stats: async () => {
        throw new AppError(
          ErrorCode.STORE_FAILED,
          'Embedded store failed: [42001] GRAFEO-Q001: syntax error at /work/secret/path',
        );
      },
      search: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'id')");
      },
    });
    const { app, stop } = await createApp(store, {
      apiKey: null,
      requestTimeoutMs: 2_000,
      ingestTimeoutMs: 2_000,
      log: (message) => logged.push(message),
    });
    const server = await listen(app);
    try {
      for (const [query, code] of [
        ['{ stats { articles } }', ErrorCode.STORE_FAILED],
        ['{ search(text: "x") { id } }', ErrorCode.INTERNAL],
      ] as const) {
        const answer = await call(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        expect(answer.status).toBe(200);
        expect(JSON.parse(answer.text).errors[0].extensions.code).toBe(code);
        expect(answer.text).not.toMatch(/GRAFEO|secret|reading 'id'|\/work\//);
      }
      expect(logged.join('\n')).toMatch(/GRAFEO-Q001/);
      expect(logged.join('\n')).toMatch(/reading 'id'/);
    } finally {
      await server.close();
      await stop();
    }
  });
});
