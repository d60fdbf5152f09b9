/**
 * What a user sees after `npm start` on a fresh store: the seed articles ingested through the
 * real extractor, and the questions the README promises answered over HTTP.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachEngine } from '../helpers/engines.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

forEachEngine('a store seeded from seeds/', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(path.resolve(SEEDS), engine);
  });
  afterAll(() => server.close());

  it('when the server starts on an empty store, then it ingests every seed article', async () => {
    expect(server.parley.seeded).toMatchObject({ read: 5, written: 5, failed: [] });
    const { data } = await server.gql<{
      stats: { articles: number; entities: number; relations: number };
    }>('{ stats { articles entities relations events } }');
    expect(data!.stats.articles).toBe(5);
    expect(data!.stats.relations).toBeGreaterThan(0);
  });

  it('when searching "Putin", then Vladimir Putin is found', async () => {
    const { data } = await server.gql<{ search: { id: string }[] }>(
      '{ search(text: "Putin") { id } }',
    );
    expect(data!.search.map((e) => e.id)).toContain('person:vladimir-putin');
  });

  it('when asking who mediated between Aliyev and Pashinyan, then Putin is named with his evidence', async () => {
    const { data } = await server.gql<{
      mediations: { mediator: { id: string }; evidence: { sentence: string }[] }[];
    }>(
      '{ mediations(between: ["person:ilham-aliyev", "person:nikol-pashinyan"]) { mediator { id } evidence { sentence } } }',
    );
    const putin = data!.mediations.find((m) => m.mediator.id === 'person:vladimir-putin');
    expect(putin).toBeDefined();
    expect(putin!.evidence.length).toBeGreaterThan(0);
  });

  it('when asking who mediated between Aliyev and Pashinyan, then Putin, Michel and Macron are named with sources', async () => {
    const { data } = await server.gql<{
      mediations: {
        mediator: { id: string };
        evidence: { sentence: string; article: { id: string } }[];
      }[];
    }>(
      '{ mediations(between: ["person:ilham-aliyev", "person:nikol-pashinyan"]) { mediator { id } evidence { sentence article { id } } } }',
    );
    const ids = data!.mediations.map((m) => m.mediator.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'person:vladimir-putin',
        'person:charles-michel',
        'person:emmanuel-macron',
      ]),
    );
    for (const m of data!.mediations)
      expect(m.evidence.every((e) => e.sentence && e.article.id)).toBe(true);
  });

  it('when asking at STATE level, then each answer carries the person-level MEDIATED edges behind it, ready to draw', async () => {
    const { data } = await server.gql<{
      mediations: {
        mediator: { id: string };
        subgraph: {
          nodes: { id: string; type: string }[];
          edges: { type: string; source: string; target: string }[];
        };
      }[];
    }>(
      '{ mediations(between: ["state:armenia", "state:azerbaijan"], level: STATE) { mediator { id } subgraph { nodes { id type } edges { type source target } } } }',
    );
    const russia = data!.mediations.find((m) => m.mediator.id === 'state:russia');
    expect(russia).toBeDefined();
    const { nodes, edges } = russia!.subgraph;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.type === 'MEDIATED')).toBe(true);
    const ids = new Set(nodes.map((n) => n.id));
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(edges.map((e) => e.source)).toContain('person:vladimir-putin');
  });

  it('when asking at STATE level between Armenia and Azerbaijan, then Russia is named', async () => {
    const { data } = await server.gql<{ mediations: { mediator: { id: string } }[] }>(
      '{ mediations(between: ["state:armenia", "state:azerbaijan"], level: STATE) { mediator { id } } }',
    );
    expect(data!.mediations.map((m) => m.mediator.id)).toContain('state:russia');
  });

  it('when asking a path from Macron to Putin, then one is found', async () => {
    const { data } = await server.gql<{ path: { nodes: { id: string }[]; edges: unknown[] } }>(
      '{ path(from: "person:emmanuel-macron", to: "person:vladimir-putin") { nodes { id } edges { id type } } }',
    );
    expect(data!.path.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['person:emmanuel-macron', 'person:vladimir-putin']),
    );
    expect(data!.path.edges.length).toBeGreaterThan(0);
  });

  it("when two seeds report Putin's visit to Baku, then it is one event with both articles", async () => {
    const { data } = await server.gql<{
      events: {
        edges: {
          node: {
            kind: string;
            date: string;
            place: { id: string } | null;
            articles: { id: string }[];
          };
        }[];
      };
    }>(
      '{ events(involving: ["person:vladimir-putin"], from: "2024-08-19", to: "2024-08-19", first: 50) { edges { node { kind date place { id } articles { id } } } } }',
    );
    const visits = data!.events.edges
      .map((e) => e.node)
      .filter((e) => e.kind === 'VISIT' && e.place?.id === 'place:baku');
    expect(visits).toHaveLength(1);
    expect(visits[0]!.articles).toHaveLength(2);
  });

  it('when the same seeds are ingested again, then the whole graph is unchanged', async () => {
    const snapshot = () =>
      server.gql(`{ stats { articles entities relations events }
        overview(first: 2000) { nodes { id label type degree } edges { id type source target date evidence sources } }
        events(first: 100) { edges { node { id kind date participants { entity { id } role } articles { id } } } } }`);
    const before = await snapshot();
    const { ingestPaths } = await import('../../server/ingest/index.ts');
    const summary = await ingestPaths(server.parley.store, [SEEDS]);
    expect(summary).toMatchObject({ read: 5, written: 0, unchanged: 5 });
    expect(await snapshot()).toEqual(before);
  });
});
