/**
 * `npm run bench:store [ELEMENTS]`: the embedded store and Neo4j side by side on one generated
 * graph (by default 210,000 elements: about 104,000 relations in 11,500 articles). Each store
 * is filled the way ingest fills it, one article per transaction (articles/s overall, and over
 * the first and the last thousand); then a Parley serves it and the explorer's own GraphQL
 * operations run against it with the same arguments on both: search, neighbourhood at depth 1
 * and 2, who mediated, path, events. It prints p50 and p95 per operation and engine, the ratio
 * Neo4j / embedded, and whether both engines gave the same answers. Neo4j is the local
 * launcher (tests/neo4j-server), or the empty server at NEO4J_BENCH_URI. Prints figures;
 * asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startParley, type RunningParley } from '../server/app.ts';
import type { Extraction } from '../server/domain/index.ts';
import { openStore, type GraphStore } from '../server/store/index.ts';
import { startLocalNeo4j } from '../tests/neo4j-server/launch.ts';
import { random } from './explorer-load.ts';
import { syntheticExtractions } from './synthetic-graph.ts';

const ELEMENTS = Number(process.argv[2] ?? 210_000);
const SAMPLES = 20;
const REQUEST_DEADLINE_MS = 120_000;

type Engine = 'embedded' | 'neo4j';
type Env = Record<string, string>;

const SUBGRAPH = `nodes { id label type degree sources }
  edges { id type source target date directed sources event { id kind } } truncated
  events { id kind date place { id } participants { role entity { id } } articles { id } }`;

/** The explorer's queries (client/src/api.ts), with the arguments each sample gets. */
const OPERATIONS: { name: string; query: string }[] = [
  { name: 'search', query: 'query($t: String!) { search(text: $t, first: 8) { id name type } }' },
  {
    name: 'neighbourhood, depth 1',
    query: `query($id: ID!) { neighborhood(id: $id, depth: 1) { ${SUBGRAPH} } }`,
  },
  {
    name: 'neighbourhood, depth 2',
    query: `query($id: ID!) { neighborhood(id: $id, depth: 2) { ${SUBGRAPH} } }`,
  },
  {
    name: 'who mediated',
    query: `query($b: [ID!]!) { mediations(between: $b) { mediator { id name } parties { id }
      dates evidence { sentence article { id title } } subgraph { ${SUBGRAPH} } } }`,
  },
  {
    name: 'path',
    query: `query($f: ID!, $t: ID!) { path(from: $f, to: $t) { ${SUBGRAPH} } }`,
  },
  {
    name: 'events',
    query: `query($id: [ID!]) { events(involving: $id, first: 20) { edges { node {
      id kind date participants { role entity { id name } } articles { id title } } }
      pageInfo { hasNextPage endCursor } } }`,
  },
];

/** Arguments for each operation, drawn from the generated graph and its busiest entities. */
function samples(extractions: Extraction[], busiest: string[]): Record<string, unknown>[][] {
  const rand = random(11);
  const entities = [
    ...new Map(extractions.flatMap((x) => x.entities.map((e) => [e.id, e]))).values(),
  ];
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;
  const ids = Array.from({ length: SAMPLES }, (_, i) => (i < 5 ? busiest[i]! : pick(entities).id));
  const talks = extractions.flatMap((x) => x.events).filter((e) => e.kind === 'talks');
  return [
    ids.map((_, i) => ({ t: pick(entities).name.slice(0, 2 + (i % 3)) })),
    ids.map((id) => ({ id })),
    ids.map((id) => ({ id })),
    ids.map(() => ({
      b: pick(talks)
        .participants.slice(1)
        .map((p) => p.entity),
    })),
    ids.map((id) => ({ f: id, t: pick(entities).id })),
    ids.map((id) => ({ id: [id] })),
  ];
}

async function fill(store: GraphStore, extractions: Extraction[]) {
  const started = performance.now();
  const marks: number[] = [];
  for (const [i, extraction] of extractions.entries()) {
    await store.writeExtraction(extraction);
    if (i % 1000 === 999) {
      marks.push(performance.now());
      process.stdout.write(`  ${store.kind}: ${i + 1} articles\r`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const rate = (from: number, to: number) => 1000 / ((to - from) / 1000);
  return {
    articles: extractions.length,
    seconds,
    overall: extractions.length / seconds,
    first: marks.length ? rate(started, marks[0]!) : NaN,
    last: marks.length > 1 ? rate(marks.at(-2)!, marks.at(-1)!) : NaN,
  };
}

async function ask(parley: RunningParley, query: string, variables: Record<string, unknown>) {
  const started = performance.now();
  const response = await fetch(`${parley.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_DEADLINE_MS),
  });
  const body = await response.text();
  return { ms: performance.now() - started, body };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

const work = mkdtempSync(path.join(tmpdir(), 'parley-bench-store-'));
const neo4j = process.env.NEO4J_BENCH_URI
  ? null
  : await startLocalNeo4j({ heap: '2g', pageCacheMb: 1024 });
const env: Record<Engine, Env> = {
  embedded: { PARLEY_DATA: path.join(work, 'embedded') },
  neo4j: {
    NEO4J_URI: process.env.NEO4J_BENCH_URI ?? neo4j!.uri,
    NEO4J_PASSWORD: process.env.NEO4J_BENCH_PASSWORD ?? 'none',
  },
};
try {
  const extractions = syntheticExtractions(ELEMENTS);
  console.log(
    `Generated ${ELEMENTS.toLocaleString('en')} elements: ${extractions.length} articles.` +
      (neo4j ? ` Local Neo4j ready in ${(neo4j.startMs / 1000).toFixed(1)} s.` : ''),
  );
  const ingest: Partial<Record<Engine, Awaited<ReturnType<typeof fill>>>> = {};
  const latencies: Record<Engine, number[][]> = { embedded: [], neo4j: [] };
  const answers: Record<Engine, string[][]> = { embedded: [], neo4j: [] };
  let args: Record<string, unknown>[][] = [];
  for (const engine of ['embedded', 'neo4j'] as const) {
    const config: Env = {
      PARLEY_SEEDS: path.join(work, 'no-seeds'),
      HOST: '127.0.0.1',
      ...env[engine],
    };
    const store = await openStore({
      dataDir: config.PARLEY_DATA ?? '',
      neo4j: config.NEO4J_URI
        ? {
            uri: config.NEO4J_URI,
            user: 'neo4j',
            password: config.NEO4J_PASSWORD!,
            database: undefined,
          }
        : null,
    });
    ingest[engine] = await fill(store, extractions);
    const stats = await store.stats();
    if (args.length === 0) {
      const busiest = (await store.overview(5)).nodes.map((n) => n.id);
      args = samples(extractions, busiest);
    }
    await store.close();
    console.log(
      `${engine}: ${stats.relations} relations, ${stats.entities} entities, ${stats.events} events written`,
    );
    const parley = await startParley({ port: 0, env: config });
    try {
      for (const [i, { query }] of OPERATIONS.entries()) {
        for (const warm of args[i]!.slice(0, 3)) await ask(parley, query, warm);
        const runs = [];
        for (const variables of args[i]!) runs.push(await ask(parley, query, variables));
        latencies[engine].push(runs.map((r) => r.ms));
        answers[engine].push(runs.map((r) => r.body));
      }
    } finally {
      await parley.close();
    }
  }

  console.log('\nIngest (synthetic articles written one per transaction):\n');
  console.log('| engine | articles | seconds | articles/s | first 1,000 | last 1,000 |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const engine of ['embedded', 'neo4j'] as const) {
    const r = ingest[engine]!;
    console.log(
      `| ${engine} | ${r.articles} | ${r.seconds.toFixed(0)} | ${r.overall.toFixed(1)} | ${r.first.toFixed(1)} | ${r.last.toFixed(1)} |`,
    );
  }
  console.log(`\nGraphQL over HTTP, ${SAMPLES} requests per operation, ms:\n`);
  console.log(
    '| operation | embedded p50 | embedded p95 | Neo4j p50 | Neo4j p95 | Neo4j / embedded (p50) | same answers |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [i, { name }] of OPERATIONS.entries()) {
    const [e, n] = [latencies.embedded[i]!, latencies.neo4j[i]!];
    const same = answers.embedded[i]!.filter((a, k) => a === answers.neo4j[i]![k]).length;
    console.log(
      `| ${name} | ${ms(percentile(e, 50))} | ${ms(percentile(e, 95))} | ${ms(percentile(n, 50))} | ${ms(percentile(n, 95))} | ${(percentile(n, 50) / percentile(e, 50)).toFixed(2)} | ${same}/${SAMPLES} |`,
    );
  }
} finally {
  await neo4j?.stop();
  rmSync(work, { recursive: true, force: true });
}
