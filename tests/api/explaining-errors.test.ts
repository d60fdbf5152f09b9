/**
 * Errors that explain, over HTTP on each engine: an id the graph does not hold is NOT_FOUND
 * naming it, wherever it is given; a bad date or a window that ends before it starts is
 * BAD_USER_INPUT naming the argument; an event kind in the wrong case is refused with the
 * kinds there are; a query over the cost limit is called that, not a syntax error.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachEngine } from '../helpers/engines.ts';
import { buildExtraction, id } from '../helpers/extraction-builder.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const ENVOY = id('Person', 'Ines Duarte');
const EAST = id('State', 'Eastmark');
const WEST = id('State', 'Westmark');
const SENTENCE = 'Ines Duarte mediated between Eastmark and Westmark on 3 March.';
const GHOST = 'state:atlantis';

type Answer = Awaited<ReturnType<TestServer['gql']>>;
const failure = (answer: Answer) => {
  expect(answer.errors, JSON.stringify(answer)).toHaveLength(1);
  return [answer.errors![0]!.extensions?.code, answer.errors![0]!.message];
};

forEachEngine('Errors that explain', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(null, engine);
    await server.parley.store.writeExtraction(
      buildExtraction({
        text: SENTENCE,
        entities: [
          ['Person', 'Ines Duarte'],
          ['State', 'Eastmark'],
          ['State', 'Westmark'],
        ],
        facts: [
          { type: 'MEDIATED', source: ENVOY, target: EAST, date: '2024-03-03', sentence: SENTENCE },
          { type: 'MEDIATED', source: ENVOY, target: WEST, date: '2024-03-03', sentence: SENTENCE },
        ],
        events: [
          {
            kind: 'talks',
            date: '2024-03-03',
            place: null,
            participants: [
              [ENVOY, 'mediator'],
              [EAST, 'party'],
              [WEST, 'party'],
            ],
          },
        ],
      }),
    );
  });
  afterAll(() => server.close());

  it.each([
    ['mediations', `{ mediations(between: ["${EAST}", "${GHOST}"]) { dates } }`, 'between'],
    ['events', `{ events(involving: ["${GHOST}"]) { edges { cursor } } }`, 'involving'],
    ['brokers', `{ brokers(between: ["${EAST}", "${GHOST}"]) { score } }`, 'between'],
    ['brokerage', `{ brokerage(between: ["${EAST}", "${GHOST}"]) { note } }`, 'between'],
    ['entity', `{ entity(id: "${GHOST}") { name } }`, 'id'],
    ['event', `{ event(id: "event:none") { kind } }`, 'id'],
  ])(
    'when %s is asked of an id the graph does not hold, then NOT_FOUND names the id',
    async (_field, query, argument) => {
      const answer = await server.gql(query);
      const [code, message] = failure(answer);
      expect(code).toBe('NOT_FOUND');
      expect(message).toMatch(
        new RegExp(`^${argument}: no such id in the graph: "(state:atlantis|event:none)"$`),
      );
    },
  );

  it('when several ids are unknown, then each is named once', async () => {
    const answer = await server.gql(
      `{ mediations(between: ["${GHOST}", "person:nobody", "${GHOST}"]) { dates } }`,
    );
    expect(failure(answer)).toEqual([
      'NOT_FOUND',
      'between: no such ids in the graph: "state:atlantis", "person:nobody"',
    ]);
  });

  it('when the path or the neighbourhood names an unknown id, then NOT_FOUND names it', async () => {
    const path = await server.gql(`{ path(from: "${EAST}", to: "${GHOST}") { nodes { id } } }`);
    expect(failure(path)).toEqual(['NOT_FOUND', `No entity with id "${GHOST}"`]);
    const around = await server.gql(`{ neighborhood(id: "${GHOST}") { truncated } }`);
    expect(failure(around)[0]).toBe('NOT_FOUND');
  });

  it.each([
    [
      'from',
      '2024-02-31',
      'from must be a date such as 2022, 2022-08 or 2022-08-15; got "2024-02-31"',
    ],
    ['to', '2024-13', 'to must be a date such as 2022, 2022-08 or 2022-08-15; got "2024-13"'],
    ['to', 'March', 'to must be a date such as 2022, 2022-08 or 2022-08-15; got "March"'],
  ])(
    'when %s is %s, then BAD_USER_INPUT names the argument, in every query that takes a window',
    async (argument, value, message) => {
      for (const query of [
        `query($v: String) { mediations(between: ["${EAST}", "${WEST}"], ${argument}: $v) { dates } }`,
        `query($v: String) { events(${argument}: $v) { edges { cursor } } }`,
        `query($v: String) { neighborhood(id: "${EAST}", ${argument}: $v) { truncated } }`,
      ]) {
        const answer = await server.gql(query, { v: value });
        expect(failure(answer)).toEqual(['BAD_USER_INPUT', message]);
      }
    },
  );

  it('when from comes after to, then BAD_USER_INPUT names both; a month inside the year is no such window', async () => {
    const after = await server.gql('{ events(from: "2023", to: "2022-12") { edges { cursor } } }');
    expect(failure(after)).toEqual([
      'BAD_USER_INPUT',
      'from ("2023") comes after to ("2022-12"): the window would be empty',
    ]);
    const within = await server.gql(
      '{ events(from: "2024-03", to: "2024") { edges { node { date } } } }',
    );
    expect(within.errors).toBeUndefined();
    expect(within.data).toEqual({ events: { edges: [{ node: { date: '2024-03-03' } }] } });
  });

  it('when an event kind is given in the wrong case, then it is refused with the kinds there are; the enum finds the talks', async () => {
    const wrong = await fetch(`${server.parley.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ events(kinds: ["talks"]) { edges { cursor } } }' }),
    });
    expect(wrong.status).toBe(400);
    const body = (await wrong.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/EventKind/);
    const right = await server.gql<{ events: { edges: { node: { kind: string } }[] } }>(
      '{ events(kinds: [TALKS]) { edges { node { kind } } } }',
    );
    expect(right.data!.events.edges).toEqual([{ node: { kind: 'TALKS' } }]);
  });

  it('when a query costs more than the limit, then LIMIT_EXCEEDED says so and calls it no syntax error', async () => {
    // 50 aliased overviews of 5,000 nodes each are far over the cost a request may spend.
    const heavy = Array.from(
      { length: 50 },
      (_, i) =>
        `o${i}: overview(first: 5000) { nodes { id label type degree sources } edges { id source target type date } }`,
    ).join(' ');
    const answer = await server.gql(`{ ${heavy} }`);
    const [code, message] = failure(answer);
    expect(code).toBe('LIMIT_EXCEEDED');
    expect(message).toMatch(/^Query Cost limit of 20000 exceeded/);
    expect(message).not.toMatch(/Syntax/);
  });
});
