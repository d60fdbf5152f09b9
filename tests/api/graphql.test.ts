/**
 * The GraphQL API over HTTP, against a real server on port 0 whose store holds facts written
 * by the test (invented people), so each answer can be checked against what went in.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachEngine } from '../helpers/engines.ts';
import { buildExtraction, id } from '../helpers/extraction-builder.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const ENVOY = id('Person', 'Ines Duarte');
const EAST = id('Person', 'Kofi Mensah');
const WEST = id('Person', 'Hana Sato');
const SENTENCE = 'Ines Duarte brokered talks between Kofi Mensah and Hana Sato in Lomé on 3 March.';
/** What the same article says is still to come: an event kept with its status, no relation. */
const PLAN = 'Duarte will host a second round in May.';

forEachEngine('GraphQL API over HTTP', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(null, engine);
    await server.parley.store.writeExtraction(
      buildExtraction({
        text: `${SENTENCE} Mensah leads Eastmark. ${PLAN}`,
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
          {
            type: 'LEADS',
            source: EAST,
            target: id('State', 'Eastmark'),
            sentence: 'Mensah leads Eastmark.',
          },
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
          {
            kind: 'talks',
            date: '2024-05',
            place: null,
            participants: [
              [ENVOY, 'host'],
              [EAST, 'party'],
              [WEST, 'party'],
            ],
            status: 'planned',
            phrase: PLAN,
          },
        ],
      }),
    );
  });
  afterAll(() => server.close());

  it('when /health is asked, then it answers ok and names the store', async () => {
    const response = await fetch(`${server.parley.url}/health`);
    expect(await response.json()).toEqual({ status: 'ok', store: engine });
  });

  it('when searching a surname, then the person comes back with type and aliases', async () => {
    const { data } = await server.gql<{ search: unknown[] }>(
      'query($t: String!) { search(text: $t) { id name type aliases } }',
      { t: 'duarte' },
    );
    expect(data?.search).toEqual([
      { id: ENVOY, name: 'Ines Duarte', type: 'PERSON', aliases: ['Duarte'] },
    ]);
  });

  it('when searching with a type filter, then only that type comes back', async () => {
    // Names match by the start of a word: "e" finds Eastmark, "sato" a person.
    const { data } = await server.gql<{ search: { type: string }[] }>(
      '{ search(text: "e", types: [STATE]) { type } }',
    );
    expect(data?.search.length).toBeGreaterThan(0);
    expect(data?.search.every((e) => e.type === 'STATE')).toBe(true);
    const people = await server.gql<{ search: unknown[] }>(
      '{ search(text: "sato", types: [STATE]) { type } }',
    );
    expect(people.data?.search).toEqual([]);
  });

  it('when asking who mediated between two parties, then the mediator comes with parties, dates and evidence', async () => {
    const { data } = await server.gql<{
      mediations: {
        mediator: { id: string };
        parties: { id: string }[];
        dates: string[];
        evidence: { sentence: string; article: { title: string; url: string } }[];
      }[];
    }>(
      `query($b: [ID!]!) { mediations(between: $b) {
          mediator { id } parties { id } dates evidence { sentence article { title url } } } }`,
      { b: [EAST, WEST] },
    );
    expect(data?.mediations).toHaveLength(1);
    const [m] = data!.mediations;
    expect(m!.mediator.id).toBe(ENVOY);
    expect(m!.parties.map((p) => p.id).sort()).toEqual([EAST, WEST].sort());
    expect(m!.dates).toEqual(['2024-03-03']);
    expect(m!.evidence[0]).toEqual({
      sentence: SENTENCE,
      article: { title: 'Talks in Lomé', url: 'https://wire.test/lome' },
    });
  });

  it('when asking a neighbourhood, then nodes and edges come shaped for Cytoscape, with evidence and sources', async () => {
    const { data } = await server.gql<{
      neighborhood: {
        nodes: { id: string; type: string; degree: number }[];
        edges: {
          type: string;
          source: string;
          target: string;
          directed: boolean;
          evidence: string[];
          sources: number;
        }[];
      };
    }>(
      `query($id: ID!) { neighborhood(id: $id, depth: 1, types: [MEDIATED]) {
          nodes { id label type degree } edges { id type source target date directed evidence sources } truncated } }`,
      { id: ENVOY },
    );
    const graph = data!.neighborhood;
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([ENVOY, EAST, WEST].sort());
    expect(graph.edges).toHaveLength(2);
    expect(
      graph.edges.every((e) => e.type === 'MEDIATED' && e.source === ENVOY && e.directed),
    ).toBe(true);
    expect(graph.edges[0]!.evidence).toEqual([SENTENCE]);
    expect(graph.edges[0]!.sources).toBe(1);
  });

  it('when a neighbourhood is asked with its events, then each event names its participants by role', async () => {
    const { data } = await server.gql<{
      neighborhood: {
        nodes: { id: string; sources: number }[];
        events: {
          kind: string;
          date: string;
          participants: { role: string; entity: { id: string } }[];
        }[];
      };
    }>(
      `query($id: ID!, $to: String) { neighborhood(id: $id, to: $to) { nodes { id sources }
          events { kind date participants { role entity { id } } } } }`,
      { id: WEST },
    );
    const graph = data!.neighborhood;
    expect(graph.nodes.every((n) => n.sources === 1)).toBe(true);
    expect(graph.events).toHaveLength(1);
    expect(graph.events[0]).toMatchObject({ kind: 'TALKS', date: '2024-03-03' });
    expect(graph.events[0]!.participants.map((p) => [p.entity.id, p.role]).sort()).toEqual(
      [
        [ENVOY, 'mediator'],
        [EAST, 'party'],
        [WEST, 'party'],
      ].sort(),
    );
    const before = await server.gql<{ neighborhood: { events: unknown[] } }>(
      `query($id: ID!) { neighborhood(id: $id, to: "2023") { events { id } } }`,
      { id: WEST },
    );
    expect(before.data!.neighborhood.events).toEqual([]);
  });

  it('when the evidence of relations is asked by id, then each comes back in order with its sources', async () => {
    const graph = await server.gql<{ neighborhood: { edges: { id: string; type: string }[] } }>(
      `query($id: ID!) { neighborhood(id: $id) { edges { id type } } }`,
      { id: EAST },
    );
    const ids = graph.data!.neighborhood.edges.map((e) => e.id);
    const { data } = await server.gql<{
      evidence: { relation: string; sources: number; citations: { sentence: string }[] }[];
    }>(
      `query($ids: [ID!]!) { evidence(relations: $ids) { relation sources citations { sentence } } }`,
      { ids: [...ids].reverse() },
    );
    expect(data!.evidence.map((e) => e.relation)).toEqual([...ids].reverse());
    expect(data!.evidence.every((e) => e.sources === 1)).toBe(true);
    expect(data!.evidence.at(-1)!.citations[0]!.sentence).toMatch(/Mensah/);
    // An id the graph does not hold is named, not answered with an empty list.
    const unknown = await server.gql(
      `query($ids: [ID!]!) { evidence(relations: $ids) { relation } }`,
      { ids: [ids[0], 'MEDIATED:person:nobody>person:none@'] },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('"MEDIATED:person:nobody>person:none@"');
    const tooMany = await server.gql(
      `query($ids: [ID!]!) { evidence(relations: $ids) { relation } }`,
      { ids: Array.from({ length: 2001 }, (_, i) => `r${i}`) },
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('when a MET_WITH edge comes back, then it is undirected', async () => {
    const { data } = await server.gql<{
      neighborhood: { edges: { type: string; directed: boolean }[] };
    }>(`{ neighborhood(id: "${WEST}", types: [MET_WITH]) { edges { type directed } } }`);
    expect(data!.neighborhood.edges).toEqual([{ type: 'MET_WITH', directed: false }]);
  });

  it('when asking stats and the overview, then they count what was written', async () => {
    const { data } = await server.gql<{
      stats: Record<string, number>;
      overview: { nodes: unknown[]; edges: unknown[] };
    }>('{ stats { entities relations events articles } overview { nodes { id } edges { id } } }');
    expect(data!.stats).toEqual({ entities: 4, relations: 4, events: 1, articles: 1 });
    expect(data!.overview.nodes).toHaveLength(4);
    expect(data!.overview.edges).toHaveLength(4);
  });

  it('when an entity is asked by id, then it comes back, and an unknown id is null with NOT_FOUND naming it', async () => {
    const { data, errors } = await server.gql<{ a: { name: string } | null; b: unknown }>(
      `{ a: entity(id: "${EAST}") { name } b: entity(id: "person:nobody") { name } }`,
    );
    expect(data).toEqual({ a: { name: 'Kofi Mensah' }, b: null });
    expect(errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['NOT_FOUND', 'id: no such id in the graph: "person:nobody"'],
    ]);
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
  it('when asking events, then a Relay connection comes back that pages with its cursor', async () => {
    const query = `query($after: String) { events(first: 1, after: $after) {
        edges { cursor node { id kind date place { name } participants { entity { id } role } articles { title } } }
        pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      events: {
        edges: {
          cursor: string;
          node: { kind: string; participants: { role: string }[]; articles: { title: string }[] };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await server.gql<Page>(query);
    expect(first.data!.events.edges).toHaveLength(1);
    expect(first.data!.events.edges[0]!.node).toMatchObject({
      kind: 'TALKS',
      articles: [{ title: 'Talks in Lomé' }],
    });
    expect(first.data!.events.pageInfo.hasNextPage).toBe(false);
    const bad = await server.gql(query, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when events are asked with statuses, then plans come back marked as such, and only when asked', async () => {
    type Events = { events: { edges: { node: { date: string; status: string } }[] } };
    const held = await server.gql<Events>('{ events { edges { node { date status } } } }');
    expect(held.data!.events.edges.map((e) => e.node)).toEqual([
      { date: '2024-03-03', status: 'HAPPENED' },
    ]);
    const both = await server.gql<Events>(
      '{ events(statuses: [HAPPENED, PLANNED]) { edges { node { date status } } } }',
    );
    expect(both.data!.events.edges.map((e) => e.node)).toEqual([
      { date: '2024-03-03', status: 'HAPPENED' },
      { date: '2024-05', status: 'PLANNED' },
    ]);
    const around = await server.gql<{ neighborhood: { events: { status: string }[] } }>(
      `query($id: ID!) { neighborhood(id: $id) { events(statuses: [PLANNED]) { status } } }`,
      { id: ENVOY },
    );
    expect(around.data!.neighborhood.events).toEqual([{ status: 'PLANNED' }]);
    const bad = await server.gql('{ events(statuses: [RUMOURED]) { edges { cursor } } }');
    expect(bad.errors?.[0]?.message).toMatch(/RUMOURED/);
  });

  it('when asking a path, then the shortest route comes back as a subgraph with evidence', async () => {
    const { data } = await server.gql<{
      path: { nodes: { id: string }[]; edges: { type: string; evidence: string[] }[] };
    }>(
      `{ path(from: "${id('State', 'Eastmark')}", to: "${ENVOY}", types: [LEADS, MEDIATED]) { nodes { id } edges { type evidence } truncated } }`,
    );
    expect(data!.path.nodes.map((n) => n.id).sort()).toEqual(
      [id('State', 'Eastmark'), EAST, ENVOY].sort(),
    );
    expect(data!.path.edges.map((e) => e.type).sort()).toEqual(['LEADS', 'MEDIATED']);
    const long = await server.gql(
      `{ path(from: "${EAST}", to: "${WEST}", maxLength: 7) { truncated } }`,
    );
    expect(long.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('when asking brokers between two parties, then the one between them is ranked with the path', async () => {
    const { data } = await server.gql<{
      brokers: { entity: { id: string }; score: number; paths: string[][] }[];
    }>(
      `{ brokers(between: ["${id('State', 'Eastmark')}", "${WEST}"]) { entity { id } score paths } }`,
    );
    expect(data!.brokers[0]!.entity.id).toBe(EAST);
    expect(data!.brokers[0]!.paths).toContainEqual([id('State', 'Eastmark'), EAST, WEST]);
  });

  it('when asking an entity, then its relation counts, roles and articles come along', async () => {
    const { data } = await server.gql<{
      entity: {
        relationCounts: { type: string; count: number }[];
        roles: { of: { id: string } }[];
        articles: { url: string }[];
      };
    }>(
      `{ entity(id: "${EAST}") { relationCounts { type count } roles { title of { id } } articles { url } } }`,
    );
    expect(data!.entity.relationCounts).toContainEqual({ type: 'MEDIATED', count: 1 });
    expect(data!.entity.roles.map((r) => r.of.id)).toEqual([id('State', 'Eastmark')]);
    expect(data!.entity.articles).toEqual([{ url: 'https://wire.test/lome' }]);
  });

  it('when a query carries 51 aliases, then it is refused before it runs; 50 pass', async () => {
    const aliases = (n: number) =>
      Array.from({ length: n }, (_, i) => `a${i}: stats { articles }`).join(' ');
    const refused = await server.gql(`{ ${aliases(51)} }`);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    const allowed = await server.gql<Record<string, unknown>>(`{ ${aliases(50)} }`);
    expect(allowed.errors).toBeUndefined();
    expect(Object.keys(allowed.data!)).toHaveLength(50);
  });

  it('when a query nests too deep, then it is refused with LIMIT_EXCEEDED', async () => {
    const nest = (levels: number): string =>
      levels === 0 ? 'id' : `roles { of { ${nest(levels - 1)} } }`;
    const deep = await server.gql(`{ entity(id: "${EAST}") { ${nest(7)} } }`);
    expect(deep.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    const fine = await server.gql(`{ entity(id: "${EAST}") { ${nest(2)} } }`);
    expect(fine.errors).toBeUndefined();
  });

  it('when no API key is configured, then ingestArticle is off and says so', async () => {
    const result = await server.gql(
      'mutation { ingestArticle(input: { text: "Ana met Bo." }) { written } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/PARLEY_API_KEY/);
  });
});
