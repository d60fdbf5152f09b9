/**
 * The GraphQL API over HTTP, against a real server on port 0 whose store holds facts written
 * by the test (invented people), so each answer can be checked against what went in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtraction, id } from '../helpers/extraction-builder.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const ENVOY = id('Person', 'Ines Duarte');
const EAST = id('Person', 'Kofi Mensah');
const WEST = id('Person', 'Hana Sato');
const SENTENCE = 'Ines Duarte brokered talks between Kofi Mensah and Hana Sato in Lomé on 3 March.';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(null);
  await server.parley.store.writeExtraction(
    buildExtraction({
      text: `${SENTENCE} Mensah leads Eastmark.`,
      title: 'Talks in Lomé',
      url: 'https://wire.test/lome',
      entities: [
        ['Person', 'Ines Duarte', ['Duarte']],
        ['Person', 'Kofi Mensah', ['Mensah']],
        ['Person', 'Hana Sato', ['Sato']],
        ['State', 'Eastmark'],
      ],
      facts: [
        { type: 'MEDIATED', source: ENVOY, target: EAST, date: '2024-03-03', sentence: SENTENCE },
        { type: 'MEDIATED', source: ENVOY, target: WEST, date: '2024-03-03', sentence: SENTENCE },
        { type: 'MET_WITH', source: EAST, target: WEST, date: '2024-03-03', sentence: SENTENCE },
        { type: 'LEADS', source: EAST, target: id('State', 'Eastmark'), sentence: 'Mensah leads Eastmark.' },
      ],
    }),
  );
});
afterAll(() => server.close());

describe('GraphQL API over HTTP', () => {
  it('when /health is asked, then it answers ok and names the store', async () => {
    const response = await fetch(`${server.parley.url}/health`);
    expect(await response.json()).toEqual({ status: 'ok', store: 'embedded' });
  });

  it('when searching a surname, then the person comes back with type and aliases', async () => {
    const { data } = await server.gql<{ search: unknown[] }>(
      'query($t: String!) { search(text: $t) { id name type aliases } }',
      { t: 'duarte' },
    );
    expect(data?.search).toEqual([{ id: ENVOY, name: 'Ines Duarte', type: 'PERSON', aliases: ['Duarte'] }]);
  });

  it('when searching with a type filter, then only that type comes back', async () => {
    const { data } = await server.gql<{ search: { type: string }[] }>(
      '{ search(text: "a", types: [STATE]) { type } }',
    );
    expect(data?.search.length).toBeGreaterThan(0);
    expect(data?.search.every((e) => e.type === 'STATE')).toBe(true);
  });

  it('when asking who mediated between two parties, then the mediator comes with parties, dates and evidence', async () => {
    const { data } = await server.gql<{ mediations: { mediator: { id: string }; parties: { id: string }[]; dates: string[]; evidence: { sentence: string; article: { title: string; url: string } }[] }[] }>(
      `query($b: [ID!]!) { mediations(between: $b) {
          mediator { id } parties { id } dates evidence { sentence article { title url } } } }`,
      { b: [EAST, WEST] },
    );
    expect(data?.mediations).toHaveLength(1);
    const [m] = data!.mediations;
    expect(m!.mediator.id).toBe(ENVOY);
    expect(m!.parties.map((p) => p.id).sort()).toEqual([EAST, WEST].sort());
    expect(m!.dates).toEqual(['2024-03-03']);
    expect(m!.evidence[0]).toEqual({ sentence: SENTENCE, article: { title: 'Talks in Lomé', url: 'https://wire.test/lome' } });
  });

  it('when asking a neighbourhood, then nodes and edges come shaped for Cytoscape, with evidence and sources', async () => {
    const { data } = await server.gql<{ neighborhood: { nodes: { id: string; type: string; degree: number }[]; edges: { type: string; source: string; target: string; directed: boolean; evidence: string[]; sources: number }[] } }>(
      `query($id: ID!) { neighborhood(id: $id, depth: 1, types: [MEDIATED]) {
          nodes { id label type degree } edges { id type source target date directed evidence sources } truncated } }`,
      { id: ENVOY },
    );
    const graph = data!.neighborhood;
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([ENVOY, EAST, WEST].sort());
    expect(graph.edges).toHaveLength(2);
    expect(graph.edges.every((e) => e.type === 'MEDIATED' && e.source === ENVOY && e.directed)).toBe(true);
    expect(graph.edges[0]!.evidence).toEqual([SENTENCE]);
    expect(graph.edges[0]!.sources).toBe(1);
  });

  it('when a MET_WITH edge comes back, then it is undirected', async () => {
    const { data } = await server.gql<{ neighborhood: { edges: { type: string; directed: boolean }[] } }>(
      `{ neighborhood(id: "${WEST}", types: [MET_WITH]) { edges { type directed } } }`,
    );
    expect(data!.neighborhood.edges).toEqual([{ type: 'MET_WITH', directed: false }]);
  });

  it('when asking stats and the overview, then they count what was written', async () => {
    const { data } = await server.gql<{ stats: Record<string, number>; overview: { nodes: unknown[]; edges: unknown[] } }>(
      '{ stats { entities relations events articles } overview { nodes { id } edges { id } } }',
    );
    expect(data!.stats).toEqual({ entities: 4, relations: 4, events: 0, articles: 1 });
    expect(data!.overview.nodes).toHaveLength(4);
    expect(data!.overview.edges).toHaveLength(4);
  });

  it('when an entity is asked by id, then it comes back, and an unknown id gives null', async () => {
    const { data } = await server.gql<{ a: { name: string } | null; b: unknown }>(
      `{ a: entity(id: "${EAST}") { name } b: entity(id: "person:nobody") { name } }`,
    );
    expect(data).toEqual({ a: { name: 'Kofi Mensah' }, b: null });
  });

  it('when a neighbourhood is asked too deep or of an unknown id, then the error names it with a code', async () => {
    const deep = await server.gql(`{ neighborhood(id: "${EAST}", depth: 9) { truncated } }`);
    expect(deep.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(deep.errors?.[0]?.message).toMatch(/depth must be between 1 and 3; got 9/);
    const unknown = await server.gql('{ neighborhood(id: "person:nobody") { truncated } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('when the explorer and GraphiQL pages are asked, then they are served from this origin', async () => {
    for (const page of ['/', '/graphiql']) {
      const response = await fetch(`${server.parley.url}${page}`);
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/html/);
    }
  });
});
