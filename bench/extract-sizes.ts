/**
 * `npm run bench:extract-sizes`: words per second of the whole extractor on one article of
 * 1 KB, 10 KB, 100 KB, 1 MB and 5 MB, in two layouts: paragraphs (one per line, as pages give
 * them) and the same prose as one single line (as a careless feed gives it). Extraction is
 * linear when words/s stays flat as the article grows; a cost that grows with the square of a
 * line or of the article shows here as words/s falling by ten for every tenfold size. Time is
 * the process's CPU time (garbage collection included), not the wall clock, which on a shared
 * machine counts the other processes too. Prints figures; asserts nothing. `-- 1MB` (or any of the sizes) runs only the sizes named.
 */
import type { SourceDocument } from '../server/domain/index.ts';
import { extract } from '../server/extract/index.ts';
import { DEMONYMS, FAMILY, GIVEN, STATES } from './news-corpus.ts';

const PLACES = ['Lilongwe', 'Kisumu', 'Tarija', 'Tromso', 'Salalah', 'Pokhara', 'Iquique'];

/**
 * One paragraph group of invented diplomacy news: a meeting, a call, background prose. The
 * number in the prose keeps every line unique: cleaning drops repeated lines, which would
 * flatter the larger sizes.
 */
function paragraphs(i: number): string[] {
  const a = i % STATES.length;
  const b = (i + 3) % STATES.length;
  const c = (i + 5) % STATES.length;
  const who = (k: number) => `${GIVEN[k]} ${FAMILY[(k + i) % FAMILY.length]}`;
  const place = PLACES[i % PLACES.length];
  return [
    `${DEMONYMS[a]} President ${who(a)} hosted talks between ${DEMONYMS[b]} Prime Minister ${who(b)} and ${DEMONYMS[c]} President ${who(c)} in ${place} on Monday.`,
    `${FAMILY[(b + i) % FAMILY.length]} had a phone call with ${FAMILY[(a + i) % FAMILY.length]} last month about trade and energy, officials said.`,
    `The dispute over the river valley has a long history, with both sides claiming the land and its water since ${1950 + (i % 60)}, and analysts say ${i + 100} families have left it and a settlement would need years of work.`,
  ];
}

function article(bytes: number, oneLine: boolean): SourceDocument {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    for (const line of paragraphs(i)) {
      lines.push(line);
      size += line.length + 1;
    }
  }
  const text = lines.join(oneLine ? ' ' : '\n');
  return { file: 'bench.txt', title: null, url: null, published: '2024-05-20', source: null, text };
}

/** CPU seconds this process has used: on a shared machine, wall time also counts the others. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Repeats extraction until 1 s of CPU has passed (at least twice); the best pass counts. */
function wordsPerSecond(doc: SourceDocument): { rate: number; seconds: number } {
  const words = doc.text.split(/\s+/).length;
  let best = Infinity;
  const started = cpuSeconds();
  for (let pass = 0; pass < 2 || cpuSeconds() - started < 1; pass++) {
    const t = cpuSeconds();
    extract(doc);
    best = Math.min(best, cpuSeconds() - t);
  }
  return { rate: words / best, seconds: best };
}

const SIZES: [string, number][] = [
  ['1KB', 1024],
  ['10KB', 10 * 1024],
  ['100KB', 100 * 1024],
  ['1MB', 1024 * 1024],
  ['5MB', 5 * 1024 * 1024],
];
const asked = process.argv.slice(2).map((s) => s.toUpperCase());
extract(article(4096, false)); // warm-up: gazetteer, wink model, JIT
console.log('| size | words | paragraphs: words/s (CPU s) | one line: words/s (CPU s) |');
console.log('| --- | --- | --- | --- |');
for (const [label, bytes] of SIZES) {
  if (asked.length && !asked.includes(label)) continue;
  const lines = article(bytes, false);
  const words = lines.text.split(/\s+/).length;
  const a = wordsPerSecond(lines);
  const b = wordsPerSecond(article(bytes, true));
  const cell = (r: { rate: number; seconds: number }) =>
    `${Math.round(r.rate).toLocaleString('en')} (${r.seconds.toFixed(2)})`;
  console.log(`| ${label} | ${words.toLocaleString('en')} | ${cell(a)} | ${cell(b)} |`);
}
