/**
 * `npm run bench:api [ELEMENTS...]`: each of the explorer's operations over HTTP on generated
 * embedded stores of 10,000, 100,000 and 1,000,000 elements (or the sizes given; each store is
 * generated once into data/bench/ and reused), beside the same Cypher run raw. Every request's
 * statements are recorded as the resolvers send them, then replayed one after another straight
 * to the engine: the GraphQL column is what the explorer waits for, the raw one what the
 * store's statements cost. Requests go one at a time after a warm-up; p50 and p95 in ms, and
 * the response size. Prints figures; asserts nothing.
 */
import type { AddressInfo } from 'node:net';
import { QUERIES } from '../client/src/api.ts';
import { createApp } from '../server/http/create-app.ts';
import { loadQueries } from '../server/store/index.ts';
import type { Params, Row } from '../server/store/cypher-engine.ts';
import { CypherGraphStore } from '../server/store/cypher-graph-store.ts';
import { GrafeoEngine } from '../server/store/embedded/grafeo-engine.ts';
import { explorerAsks, generatedStore, ms, percentile, type Ask } from './explorer-load.ts';

const SIZES = process.argv.slice(2).map(Number);
const SAMPLES = 20;
const WARM_UP = 3;

const sizes = SIZES.length ? SIZES : [10_000, 100_000, 1_000_000];
const table: string[] = [];

for (const elements of sizes) {
  const { dir, extractions } = await generatedStore(elements);
  const engine = GrafeoEngine.open(dir);
  // Every statement the resolvers send, with its parameters, to replay raw.
  let recorded: [string, Params][] = [];
  const read = engine.read;
  engine.read = (query: string, params: Params = {}): Promise<Row[]> => {
    recorded.push([query, params]);
    return read(query, params);
  };
  const store = await CypherGraphStore.create(engine, loadQueries('embedded'));
  const stats = await store.stats();
  const busiest = (await store.overview(1)).nodes[0]!.id;
  // A minute per request: the bench measures how long an operation takes, not whether it fits
  // the server's default deadline.
  const { app, stop } = await createApp(store, {
    apiKey: null,
    requestTimeoutMs: 60_000,
    ingestTimeoutMs: 60_000,
    log: () => undefined,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  const asks = explorerAsks(extractions);
  const operations: Record<string, () => Ask> = {
    search: asks.search,
    'neighbourhood of the busiest entity': () => ({
      query: QUERIES.neighborhood,
      variables: { id: busiest, types: null, from: null, to: null },
    }),
    neighbourhood: asks.neighbourhood,
    'who mediated': asks.mediations,
    path: asks.path,
    'overview of 500': () => ({ query: QUERIES.overview, variables: { first: 500 } }),
  };
  console.log(
    `\n${elements.toLocaleString('en')} elements: ${stats.entities} entities, ` +
      `${stats.relations} relations, ${stats.events} events, ${stats.articles} articles`,
  );
  console.log('| operation | GraphQL p50 / p95 | raw Cypher p50 / p95 | statements | response |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [name, next] of Object.entries(operations)) {
    const graphql: number[] = [];
    const raw: number[] = [];
    let statements = 0;
    let bytes = 0;
    let failed = 0;
    for (let i = 0; i < WARM_UP + SAMPLES; i++) {
      const { query, variables } = next();
      recorded = [];
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.text();
      const took = performance.now() - started;
      const replay = recorded;
      const rawStarted = performance.now();
      for (const [statement, params] of replay) await read(statement, params);
      const rawTook = performance.now() - rawStarted;
      if (i < WARM_UP) continue;
      if ((JSON.parse(body) as { errors?: unknown }).errors) failed++;
      graphql.push(took);
      raw.push(rawTook);
      statements += replay.length;
      bytes += body.length;
    }
    const row =
      `| ${name} | ${ms(percentile(graphql, 50))} / ${ms(percentile(graphql, 95))} | ` +
      `${ms(percentile(raw, 50))} / ${ms(percentile(raw, 95))} | ${(statements / SAMPLES).toFixed(1)} | ` +
      `${(bytes / SAMPLES / 1024).toFixed(1)} KB${failed ? `, ${failed} failed` : ''} |`;
    console.log(row);
    table.push(`| ${elements.toLocaleString('en')} |${row.slice(1)}`);
  }
  await new Promise((resolve) => server.close(resolve));
  await stop();
  await store.close();
}
if (sizes.length > 1) {
  console.log('\nAll sizes:\n');
  console.log(
    '| elements | operation | GraphQL p50 / p95 | raw Cypher p50 / p95 | statements | response |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const row of table) console.log(row);
}
