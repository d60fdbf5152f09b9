/**
 * `npm run bench:extract`: words per second of the whole extractor (cleaning to events) on a
 * generated corpus of diplomacy news: invented leaders of real states meeting, calling and
 * mediating in sentence shapes the rules read, padded with the background prose that makes
 * up most of an article. Prints figures; asserts nothing.
 */
import { extract } from '../server/extract/index.ts';
import { newsCorpus } from './news-corpus.ts';

const count = Number(process.argv[2] ?? 400);
const corpus = newsCorpus(count);
const words = corpus.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
for (const doc of corpus.slice(0, 20)) extract(doc); // warm-up: gazetteer, wink model, JIT
const runs: number[] = [];
let relations = 0;
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  relations = 0;
  for (const doc of corpus) relations += extract(doc).relations.length;
  runs.push((performance.now() - started) / 1000);
}
const best = Math.min(...runs);
console.log(`corpus: ${count} articles, ${words} words; ${relations} relations per pass`);
console.log(`runs (s): ${runs.map((s) => s.toFixed(2)).join(', ')}`);
console.log(
  `best: ${(words / best).toFixed(0)} words/s, ${(count / best).toFixed(0)} articles/s on one core`,
);
