/**
 * `npm run bench:extract-cli [COUNT]`: the command-line extractor against the warm figure. It
 * writes COUNT (default 1,000) articles of the generated news corpus as files, times the
 * extractor on them in this process once warm, then times `npm run extract` on the folder as a
 * user runs it (a new Node, start-up, reading, NDJSON out), and prints both in words per second
 * and their ratio. Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../server/extract/index.ts';
import { newsCorpus } from './news-corpus.ts';

const count = Number(process.argv[2] ?? 1000);
const corpus = newsCorpus(count);
const words = corpus.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
const dir = mkdtempSync(path.join(tmpdir(), 'parley-extract-cli-'));
for (const doc of corpus) {
  const header = `title: ${doc.title}\nurl: ${doc.url}\npublished: ${doc.published}\n\n`;
  writeFileSync(path.join(dir, doc.file), header + doc.text);
}

for (const doc of corpus.slice(0, 20)) extract(doc); // warm-up: gazetteer, wink model, JIT
let warm = Infinity;
for (let run = 0; run < 2; run++) {
  const started = performance.now();
  for (const doc of corpus) extract(doc);
  warm = Math.min(warm, (performance.now() - started) / 1000);
}

const cli = fileURLToPath(new URL('../server/cli/extract.ts', import.meta.url));
const started = performance.now();
const lines = await new Promise<number>((resolve, reject) => {
  const child = spawn(process.execPath, [cli, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let n = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) n++;
  });
  child.on('error', reject);
  child.on('close', (code) => (code === 0 ? resolve(n) : reject(new Error(`exit ${code}`))));
});
const cold = (performance.now() - started) / 1000;
rmSync(dir, { recursive: true, force: true });

console.log(`corpus: ${count} articles, ${words} words, written as files`);
console.log(`warm, in process: ${warm.toFixed(2)} s, ${(words / warm).toFixed(0)} words/s`);
console.log(
  `npm run extract, start-up included: ${cold.toFixed(2)} s, ${(words / cold).toFixed(0)} words/s, ${lines} records`,
);
console.log(`ratio: ${(cold / warm).toFixed(2)}x the warm time (target: within 2x)`);
