/**
 * `npm run bench:ingest [ARTICLES]`: the ingest path at scale on the embedded store. A
 * generated corpus of ARTICLES news articles (default 10,000; bench/news-corpus.ts) is written
 * to a folder as .txt files and ingested into a new store as `npm run ingest` does (read,
 * extract, write, one transaction per article). It prints, per thousand articles, articles per
 * second, the milliseconds an article took and how many of them were the store's write, and
 * the process CPU per article (what the other engineers on this shared machine cannot
 * inflate); then the whole run, and a second run over the same folder, which finds every
 * article already stored by its text and extracts none. Prints figures; asserts nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../server/ingest/index.ts';
import { openEmbeddedStore } from '../server/store/index.ts';
import { newsCorpus } from './news-corpus.ts';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const BLOCK = 1_000;
if (!Number.isInteger(ARTICLES) || ARTICLES < BLOCK) {
  console.error(`usage: npm run bench:ingest -- [ARTICLES] (a whole number, at least ${BLOCK})`);
  process.exit(2);
}

const work = mkdtempSync(path.join(tmpdir(), 'parley-bench-ingest-'));
const corpus = path.join(work, 'corpus');
mkdirSync(corpus);
for (const [i, doc] of newsCorpus(ARTICLES).entries()) {
  const header = `title: ${doc.title}\nurl: ${doc.url}\npublished: ${doc.published}\nsource: ${doc.source}\n\n`;
  writeFileSync(path.join(corpus, `${String(i).padStart(6, '0')}.txt`), header + doc.text);
}

const store = await openEmbeddedStore(path.join(work, 'store'));
// The store's share of each article: its write, timed around the store call.
let writing = 0;
const write = store.writeExtraction.bind(store);
store.writeExtraction = async (x) => {
  const started = performance.now();
  try {
    return await write(x);
  } finally {
    writing += performance.now() - started;
  }
};

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const rows: string[] = [];
let mark = { at: performance.now(), cpu: cpuMs(), writing: 0 };
const started = mark.at;
const summary = await ingestPaths(store, [corpus], ({ done }) => {
  if (done % BLOCK !== 0) return;
  const now = { at: performance.now(), cpu: cpuMs(), writing };
  const wall = now.at - mark.at;
  rows.push(
    `| ${(done - BLOCK + 1).toLocaleString('en')}-${done.toLocaleString('en')} | ` +
      `${((BLOCK * 1000) / wall).toFixed(0)} | ${(wall / BLOCK).toFixed(1)} | ` +
      `${((now.writing - mark.writing) / BLOCK).toFixed(1)} | ${((now.cpu - mark.cpu) / BLOCK).toFixed(1)} |`,
  );
  process.stdout.write(`  ${done} articles\r`);
  mark = now;
});
const seconds = (performance.now() - started) / 1000;
const stats = await store.stats();

const again = performance.now();
writing = 0;
const resumed = await ingestPaths(store, [corpus]);
const resumedSeconds = (performance.now() - again) / 1000;
await store.close();
rmSync(work, { recursive: true, force: true });

console.log(
  `Ingested ${summary.read.toLocaleString('en')} generated articles (${summary.written} written, ` +
    `${summary.failed.length} failed) into the embedded store: ${stats.entities} entities, ` +
    `${stats.relations} relations, ${stats.events} events.\n`,
);
console.log('| articles | articles/s | ms/article | of which writing | CPU ms/article |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(
  `\nWhole run: ${seconds.toFixed(1)} s, ${(summary.read / seconds).toFixed(0)} articles/s.` +
    `\nAgain over the same folder: ${resumed.unchanged.toLocaleString('en')} unchanged, ` +
    `${resumed.written} written, in ${resumedSeconds.toFixed(1)} s ` +
    `(${(resumed.read / resumedSeconds).toFixed(0)} articles/s; ${writing.toFixed(0)} ms writing).`,
);
