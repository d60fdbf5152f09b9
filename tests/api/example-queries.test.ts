/**
 * The example queries GraphiQL opens on (and the README shows) answer on the seeded graph, on
 * each engine: none errs, each finds something, and the first finds the Sochi talks of
 * 2022-10-31 inside a window that ends with the year.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../client/src/example-queries.ts';
import { forEachEngine } from '../helpers/engines.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

forEachEngine('Example queries on the seeds', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SEEDS, engine);
  });
  afterAll(() => server.close());

  it.each(EXAMPLE_QUERIES.map((e) => [e.title, e.query]))(
    'when "%s" is run, then it answers without an error and finds something',
    async (_title, query) => {
      const { data, errors } = await server.gql<Record<string, unknown>>(query);
      expect(errors).toBeUndefined();
      const [answer] = Object.values(data!);
      const found = Array.isArray(answer)
        ? answer
        : Object.values(answer as object).find((v) => Array.isArray(v) && v.length);
      expect(found, JSON.stringify(data)).not.toHaveLength(0);
    },
  );

  it('when the mediators of 2022 are asked at state level, then Russia comes first, with the Sochi talks of 2022-10-31', async () => {
    const { data } = await server.gql<{
      mediations: { mediator: { id: string }; dates: string[] }[];
    }>(EXAMPLE_QUERIES[0]!.query);
    expect(data!.mediations[0]!.mediator.id).toBe('state:russia');
    expect(data!.mediations[0]!.dates).toContain('2022-10-31');
    // The Brussels talks of August 2022 count too: France and the European Council mediated.
    expect(data!.mediations.flatMap((m) => m.dates)).toContain('2022-08');
  });
});
