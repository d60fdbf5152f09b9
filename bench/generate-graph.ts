/**
 * `npm run generate -- ELEMENTS`: writes a synthetic graph of about ELEMENTS nodes and edges
 * into the configured store (PARLEY_DATA or NEO4J_URI), then prints what the store holds and
 * how fast it went. `PARLEY_DATA=data-10k npm run generate -- 10000` then
 * `PARLEY_DATA=data-10k npm start` shows the explorer on it. Writes go one article per
 * transaction, as ingest writes them, at a cost per article that does not grow with the store:
 * a million elements (about 55,000 articles) take minutes.
 */
import { loadConfig } from '../server/config/index.ts';
import { openStore } from '../server/store/index.ts';
import { syntheticExtractions } from './synthetic-graph.ts';

const elements = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(elements) || elements < 10) {
  console.error('usage: npm run generate -- ELEMENTS (a whole number, at least 10)');
  process.exit(2);
}
const store = await openStore(loadConfig());
try {
  const extractions = syntheticExtractions(elements);
  const started = performance.now();
  for (const [i, extraction] of extractions.entries()) {
    await store.writeExtraction(extraction);
    if (i % 1000 === 999 && process.stdout.isTTY) {
      const rate = (i + 1) / ((performance.now() - started) / 1000);
      process.stdout.write(`  ${i + 1} of ${extractions.length} articles, ${rate.toFixed(0)}/s\r`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const stats = await store.stats();
  console.log(
    `wrote ${extractions.length} synthetic articles in ${seconds.toFixed(1)} s (${(extractions.length / seconds).toFixed(0)} articles/s)`,
  );
  console.log(
    `store (${store.kind}): ${stats.entities} entities, ${stats.relations} relations, ${stats.articles} articles`,
  );
} finally {
  await store.close();
}
