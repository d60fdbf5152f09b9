/**
 * Fuzz: any arguments to any field of the API, on a real server holding the seeds, get an
 * answer in the one JSON error shape: a status GraphQL or the request justifies (never 500),
 * every error with a code the API documents (never INTERNAL_SERVER_ERROR), and no stack,
 * path or engine text. Bounded and seeded (tests/unit/fuzz/fuzz-settings.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../server/errors/index.ts';
import { fuzz, fuzzTimeout } from '../unit/fuzz/fuzz-settings.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const KEY = 'test-key-0123456789abcdef';
const LEAKS = /\/work\/|node_modules|\bat [\w.<>]+ \(|GRAFEO|Neo\.|stacktrace/i;
const KNOWN = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
]);

const id = fc.oneof(
  fc.constantFrom(
    'person:vladimir-putin',
    'person:emmanuel-macron',
    'state:ukraine',
    'state:russia',
    'article:x',
    '',
  ),
  fc.string({ maxLength: 30 }),
);
const date = fc.oneof(
  fc.constantFrom('2024', '2024-08', '2024-08-19', '2024-02-31', '2024-13', ''),
  fc.string({ maxLength: 12 }),
);
const count = fc.oneof(fc.integer({ min: -5, max: 12_000 }), fc.constant(2 ** 31 - 1));
const types = fc.option(fc.subarray(['MEDIATED', 'MET_WITH', 'LEADS', 'SPOKE_WITH']));

/** One operation with arbitrary arguments, as a query string and its variables. */
const operation = fc.oneof(
  fc.record({
    q: fc.constant('query($t: String!, $n: Int) { search(text: $t, first: $n) { id } }'),
    v: fc.record({ t: fc.string({ maxLength: 50 }), n: count }),
  }),
  fc.record({
    q: fc.constant(
      'query($id: ID!, $d: Int, $n: Int, $f: String, $to: String, $ty: [RelationType!]) { neighborhood(id: $id, depth: $d, first: $n, from: $f, to: $to, types: $ty) { nodes { id } edges { id } events { id } } }',
    ),
    v: fc.record({
      id,
      d: fc.integer({ min: -1, max: 5 }),
      n: count,
      f: fc.option(date),
      to: fc.option(date),
      ty: types,
    }),
  }),
  fc.record({
    q: fc.constant(
      'query($n: Int, $a: String, $f: String, $i: [ID!]) { events(first: $n, after: $a, from: $f, involving: $i) { edges { cursor } } }',
    ),
    v: fc.record({
      n: count,
      a: fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.base64String({ maxLength: 40 }))),
      f: fc.option(date),
      i: fc.option(fc.array(id, { maxLength: 3 })),
    }),
  }),
  fc.record({
    q: fc.constant(
      'query($a: ID!, $b: ID!, $m: Int) { path(from: $a, to: $b, maxLength: $m) { nodes { id } } }',
    ),
    v: fc.record({ a: id, b: id, m: fc.integer({ min: -1, max: 9 }) }),
  }),
  fc.record({
    q: fc.constant(
      'query($b: [ID!]!, $f: String) { mediations(between: $b, from: $f) { mediator { id } } }',
    ),
    v: fc.record({ b: fc.array(id, { maxLength: 12 }), f: fc.option(date) }),
  }),
  fc.record({
    q: fc.constant('query($r: [ID!]!) { evidence(relations: $r) { sources } }'),
    v: fc.record({ r: fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }) }),
  }),
  fc.record({
    q: fc.constant('query($b: [ID!], $n: Int) { brokers(between: $b, first: $n) { score } }'),
    v: fc.record({ b: fc.option(fc.array(id, { maxLength: 11 })), n: count }),
  }),
  fc.record({
    q: fc.constant('query($n: Int) { overview(first: $n) { truncated } }'),
    v: fc.record({ n: count }),
  }),
  fc.record({
    q: fc.constant('mutation($i: ArticleInput!) { ingestArticle(input: $i) { written } }'),
    v: fc.record({
      i: fc.record(
        {
          text: fc.string({ maxLength: 200 }),
          url: fc.option(fc.string({ maxLength: 30 })),
          published: fc.option(date),
          title: fc.option(fc.string({ maxLength: 20 })),
          id: fc.option(fc.string({ maxLength: 10 })),
        },
        { requiredKeys: ['text'] },
      ),
    }),
  }),
  fc.record({
    q: fc.constant('mutation($id: ID!) { deleteArticle(id: $id) }'),
    v: fc.record({ id: fc.constantFrom('article:none', 'x', '') }),
  }),
  // Variables of the wrong type, and text that is not GraphQL at all.
  fc.record({
    q: fc.constant('query($n: Int) { overview(first: $n) { truncated } }'),
    v: fc.record({
      n: fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.array(fc.integer())),
    }),
  }),
  fc.record({ q: fc.string({ maxLength: 80 }), v: fc.constant({}) }),
);

describe('fuzz: GraphQL arguments', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(path.resolve(SEEDS), 'embedded', { PARLEY_API_KEY: KEY });
  });
  afterAll(() => server.close());

  it(
    'when any field is asked with any arguments, then the answer is JSON with a known code and a sound status, and leaks nothing',
    async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(operation, async ({ q, v }) => {
          const response = await fetch(`${server.parley.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': KEY },
            body: JSON.stringify({ query: q, variables: v }),
          });
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const text = await response.text();
          expect([200, 400, 404]).toContain(response.status);
          expect(response.headers.get('content-type')).toMatch(/^application\/json/);
          expect(text).not.toMatch(LEAKS);
          const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
          for (const error of body.errors ?? [])
            expect(KNOWN, text).toContain(error.extensions?.code);
        }),
        fuzz(400),
      );
      console.log(`fuzz: GraphQL: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    },
    fuzzTimeout(400, 100),
  );
});
