/**
 * `npm run bench:corrections [ELEMENTS]`: what corrections cost on the embedded store, on one
 * generated graph (default 10,000 elements). A correction writes again every article it
 * touches, in one transaction, so its time grows with how widely its target is reported: it
 * times a rejected fact, an added alias, and merging the busiest entity into another (the
 * worst case: every article naming it), each undone again; then the ingest rate of fresh
 * articles with no correction active and with 100 active. Prints figures; asserts nothing.
 */
import { applyCorrections, specOf } from '../server/corrections/index.ts';
import { syntheticExtractions } from './synthetic-graph.ts';
import type { EntityType } from '../server/domain/index.ts';
import { openEmbeddedStore, type GraphStore } from '../server/store/index.ts';

const ELEMENTS = Number(process.argv[2] ?? 10_000);
const NOTE = { by: 'bench' };

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await work();
  console.log(`${label.padEnd(58)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`);
  return value;
}

async function ingestRate(store: GraphStore, label: string, seed: number): Promise<void> {
  const fresh = syntheticExtractions(2_000, seed);
  const started = performance.now();
  for (const x of fresh) await store.writeExtraction(x);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(58)} ${(fresh.length / seconds).toFixed(1).padStart(7)} articles/s`);
}

const store = await openEmbeddedStore(null);
const articles = syntheticExtractions(ELEMENTS);
await timed(`ingest ${articles.length} articles (${ELEMENTS} elements)`, async () => {
  for (const x of articles) await store.writeExtraction(x);
});
const overview = await store.overview(2);
const [busiest, other] = overview.nodes;
const fact =
  overview.edges[0] ??
  (await store.neighborhood({ id: busiest!.id, depth: 1, types: null, first: 5 })).edges[0]!;
const sources = (await store.profile(busiest!.id))!.articles.length;

const reject = await timed(`reject one fact (${fact.id.slice(0, 30)}…)`, () =>
  store.correct({ kind: 'reject', target: fact.id }, NOTE),
);
await timed('undo it', () => store.undoCorrection(reject.id, NOTE));
const alias = await timed(`add an alias to ${busiest!.label}`, () =>
  store.correct({ kind: 'alias', target: busiest!.id, alias: 'Bench Alias' }, NOTE),
);
await timed('undo it', () => store.undoCorrection(alias.id, NOTE));
const merge = await timed(`merge ${busiest!.label} (${sources} articles) into another`, () =>
  store.correct(
    {
      kind: 'merge',
      target: busiest!.id,
      into: { id: other!.id, name: other!.label, type: other!.type as EntityType },
    },
    NOTE,
  ),
);
await timed('undo it', () => store.undoCorrection(merge.id, NOTE));

await ingestRate(store, 'ingest 2,000 more elements, no correction active', 11);
const neighbours = (
  await store.neighborhood({ id: busiest!.id, depth: 1, types: null, first: 101 })
).edges;
for (const edge of neighbours.slice(0, 100)) {
  await store.correct({ kind: 'reject', target: edge.id }, NOTE);
}
const active = (await store.corrections({ active: true, first: 1000 })).length;
await ingestRate(store, `ingest 2,000 more elements, ${active} corrections active`, 13);
// How much of that is applying the corrections themselves, apart from the store.
const specs = (await store.corrections({ active: true, first: 1000 })).map((c) => ({
  id: c.id,
  spec: specOf(c),
}));
const sample = syntheticExtractions(2_000, 17);
await timed(
  `apply ${specs.length} corrections to ${sample.length} articles, store aside`,
  async () => {
    for (const x of sample) applyCorrections(x, specs);
  },
);
await ingestRate(store, 'ingest 2,000 more elements, same store, same corrections', 19);
await store.close();
