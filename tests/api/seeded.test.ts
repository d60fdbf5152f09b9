/**
 * What a user sees after `npm start` on a fresh store: the seed articles ingested through the
 * real extractor, and the questions the README promises answered over HTTP.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(path.resolve(SEEDS));
});
afterAll(() => server.close());

describe('a store seeded from seeds/', () => {
  it('when the server starts on an empty store, then it ingests every seed article', async () => {
    expect(server.parley.seeded).toMatchObject({ read: 5, written: 5, failed: [] });
    const { data } = await server.gql<{ stats: { articles: number; entities: number; relations: number } }>(
      '{ stats { articles entities relations events } }',
    );
    expect(data!.stats.articles).toBe(5);
    expect(data!.stats.relations).toBeGreaterThan(0);
  });

  it('when searching "Putin", then Vladimir Putin is found', async () => {
    const { data } = await server.gql<{ search: { id: string }[] }>('{ search(text: "Putin") { id } }');
    expect(data!.search.map((e) => e.id)).toContain('person:vladimir-putin');
  });

  it('when asking who mediated between Aliyev and Pashinyan, then Putin is named with his evidence', async () => {
    const { data } = await server.gql<{ mediations: { mediator: { id: string }; evidence: { sentence: string }[] }[] }>(
      '{ mediations(between: ["person:ilham-aliyev", "person:nikol-pashinyan"]) { mediator { id } evidence { sentence } } }',
    );
    const putin = data!.mediations.find((m) => m.mediator.id === 'person:vladimir-putin');
    expect(putin).toBeDefined();
    expect(putin!.evidence.length).toBeGreaterThan(0);
  });

  it('when the same seeds are ingested again, then nothing changes', async () => {
    const before = await server.gql('{ stats { articles entities relations events } }');
    const { ingestPaths } = await import('../../server/ingest/ingest-documents.ts');
    const summary = await ingestPaths(server.parley.store, [SEEDS]);
    expect(summary).toMatchObject({ read: 5, written: 0, unchanged: 5 });
    expect(await server.gql('{ stats { articles entities relations events } }')).toEqual(before);
  });
});
