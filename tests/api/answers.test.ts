/**
 * Answers an analyst can trust, over HTTP on each engine: a time window means the same in
 * every query (each fact date of each precision against windows bounded by years, months and
 * days, held to tests/helpers/date-oracle), mediators come by weight, a mediation's sentence
 * is given once, and brokerage says when parties need nobody. Invented people and states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventId } from '../../server/domain/index.ts';
import { forEachEngine } from '../helpers/engines.ts';
import { FACT_DATES, overlaps, windows } from '../helpers/date-oracle.ts';
import { buildExtraction, id } from '../helpers/extraction-builder.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const EAST = id('State', 'Eastmark');
const WEST = id('State', 'Westmark');
/** One mediator per fact date, so an answer's mediators say which dates it kept. */
const MEDIATORS = FACT_DATES.map((date, i) => ({
  date,
  name: `Envoy ${'ABCDEFGHIJ'[i]} Tallis`,
  id: id('Person', `Envoy ${'ABCDEFGHIJ'[i]} Tallis`),
}));

const windowArticle = (m: (typeof MEDIATORS)[number]) => {
  const sentence = `${m.name} mediated between Eastmark and Westmark.`;
  return buildExtraction({
    text: sentence,
    title: `Talks of ${m.date}`,
    entities: [
      ['Person', m.name],
      ['State', 'Eastmark'],
      ['State', 'Westmark'],
    ],
    facts: [
      { type: 'MEDIATED', source: m.id, target: EAST, date: m.date, sentence },
      { type: 'MEDIATED', source: m.id, target: WEST, date: m.date, sentence },
    ],
    events: [
      {
        kind: 'talks',
        date: m.date,
        place: null,
        participants: [
          [m.id, 'mediator'],
          [EAST, 'party'],
          [WEST, 'party'],
        ],
      },
    ],
  });
};

// Weight: Quill mediated at two events reported by two articles, Abel at one; alphabetical
// order would put Abel first.
const NORTH = id('State', 'Northmark');
const SOUTH = id('State', 'Southmark');
const QUILL = id('Person', 'Zora Quill');
const ABEL = id('Person', 'Abel Abbot');
const weightArticle = (text: string, mediator: [string, string], date: string) => {
  const event = eventId('talks', { value: date, precision: 'day' }, null, [
    mediator[0],
    NORTH,
    SOUTH,
  ]);
  return buildExtraction({
    text,
    entities: [
      ['Person', mediator[1]],
      ['State', 'Northmark'],
      ['State', 'Southmark'],
    ],
    facts: [
      { type: 'MEDIATED', source: mediator[0], target: NORTH, date, sentence: text, event },
      { type: 'MEDIATED', source: mediator[0], target: SOUTH, date, sentence: text, event },
      { type: 'MET_WITH', source: NORTH, target: SOUTH, date, sentence: text },
    ],
    events: [
      {
        kind: 'talks',
        date,
        place: null,
        participants: [
          [mediator[0], 'mediator'],
          [NORTH, 'party'],
          [SOUTH, 'party'],
        ],
      },
    ],
  });
};

forEachEngine('Answers: windows, weight, brokerage', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(null, engine);
    const store = server.parley.store;
    for (const m of MEDIATORS) await store.writeExtraction(windowArticle(m));
    await store.writeExtraction(
      weightArticle(
        'Abel Abbot mediated between Northmark and Southmark.',
        [ABEL, 'Abel Abbot'],
        '2024-03-01',
      ),
    );
    await store.writeExtraction(
      weightArticle(
        'Zora Quill mediated between Northmark and Southmark.',
        [QUILL, 'Zora Quill'],
        '2024-01-10',
      ),
    );
    await store.writeExtraction(
      weightArticle(
        'Quill mediated again between Northmark and Southmark.',
        [QUILL, 'Zora Quill'],
        '2024-02-10',
      ),
    );
  });
  afterAll(() => server.close());

  describe('a time window means the same in every query', () => {
    // One request per window asks all three questions, each under its own alias.
    const QUERY = `query($from: String, $to: String, $b: [ID!]!, $east: ID!) {
      mediations(between: $b, from: $from, to: $to) { mediator { id } dates }
      events(involving: [$east], from: $from, to: $to, first: 100) { edges { node { date } } }
      neighborhood(id: $east, from: $from, to: $to, types: [MEDIATED]) { nodes { id } edges { date } }
    }`;
    it.each(windows().map((w) => [w.from ?? '…', w.to ?? '…', w] as const))(
      'when the window is %s to %s, then mediations, events and the neighbourhood keep exactly the facts that overlap it',
      async (_f, _t, window) => {
        const { data, errors } = await server.gql<{
          mediations: { mediator: { id: string }; dates: string[] }[];
          events: { edges: { node: { date: string } }[] };
          neighborhood: { nodes: { id: string }[]; edges: { date: string }[] };
        }>(QUERY, { ...window, b: [EAST, WEST], east: EAST });
        expect(errors).toBeUndefined();
        const inside = FACT_DATES.filter((d) => overlaps(d, window.from, window.to)).sort();
        expect(data!.mediations.flatMap((m) => m.dates).sort()).toEqual(inside);
        expect(data!.events.edges.map((e) => e.node.date).sort()).toEqual(inside);
        expect([...new Set(data!.neighborhood.edges.map((e) => e.date))].sort()).toEqual(inside);
        const drawn = new Set(data!.neighborhood.nodes.map((n) => n.id));
        expect(
          MEDIATORS.filter((m) => drawn.has(m.id))
            .map((m) => m.date)
            .sort(),
        ).toEqual(inside);
      },
    );
  });

  it('when asking who mediated, then the mediator of the most events and sources comes first, not the first in the alphabet', async () => {
    const { data } = await server.gql<{
      mediations: { mediator: { id: string }; sources: number; events: unknown[] }[];
    }>(`query($b: [ID!]!) { mediations(between: $b) { mediator { id } sources events { id } } }`, {
      b: [NORTH, SOUTH],
    });
    expect(data!.mediations.map((m) => [m.mediator.id, m.events.length, m.sources])).toEqual([
      [QUILL, 2, 2],
      [ABEL, 1, 1],
    ]);
  });

  it('when one sentence names both parties, then the mediation gives it once, not once per party', async () => {
    const { data } = await server.gql<{ mediations: { evidence: { sentence: string }[] }[] }>(
      `query($b: [ID!]!) { mediations(between: $b) { evidence { sentence } } }`,
      { b: [EAST, WEST] },
    );
    for (const m of data!.mediations) expect(m.evidence).toHaveLength(1);
  });

  it('when brokerage is asked of parties that met, then it says they are directly connected and still ranks who mediated between them', async () => {
    const { data, errors } = await server.gql<{
      brokerage: {
        directlyConnected: boolean;
        direct: { type: string }[];
        brokers: { entity: { id: string }; score: number }[];
        note: string;
      };
    }>(
      `query($b: [ID!]!) { brokerage(between: $b, maxLength: 2) {
        directlyConnected direct { type } brokers { entity { id } score } note } }`,
      { b: [NORTH, SOUTH] },
    );
    expect(errors).toBeUndefined();
    expect(data!.brokerage.directlyConnected).toBe(true);
    expect(data!.brokerage.direct.map((e) => e.type)).toEqual(['MET_WITH', 'MET_WITH', 'MET_WITH']);
    expect(data!.brokerage.brokers.map((b) => b.entity.id).sort()).toEqual([ABEL, QUILL].sort());
    expect(data!.brokerage.note).toMatch(
      /^Directly connected: Northmark and Southmark .*2 intermediaries/,
    );
  });

  it('when brokerage is asked of parties with nobody between them within the length, then it says so', async () => {
    const { data } = await server.gql<{ brokerage: { directlyConnected: boolean; note: string } }>(
      `query($b: [ID!]!) { brokerage(between: $b, maxLength: 2) { directlyConnected note } }`,
      { b: [NORTH, EAST] },
    );
    expect(data!.brokerage).toEqual({
      directlyConnected: false,
      note: 'The parties are not directly connected, and no routes of up to 2 relations join them.',
    });
  });
});
