/**
 * `npm run eval`: the extractor measured on every set ../shared/eval holds (or
 * PARLEY_EVAL_DIR): the seeds against their gold (the five core types, then every type with
 * events), the invented articles, and the phrasings check. Prints one summary table and the
 * per-type figures. `-- --set seeds|invented` prints that set's full scorer report instead;
 * other arguments go to the scorer (`-- --set invented --lenient`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, readDocuments, toEvalRecord } from '../extract/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const evalDir = process.env.PARLEY_EVAL_DIR ?? path.join(root, '..', 'shared', 'eval');
if (!existsSync(path.join(evalDir, 'score.mjs'))) {
  console.error(
    `no scorer at ${evalDir}/score.mjs: set PARLEY_EVAL_DIR to the folder holding score.mjs and gold/`,
  );
  process.exit(2);
}

interface Set {
  name: string;
  articles: string;
  gold: string;
}
const sets: Set[] = [
  {
    name: 'seeds',
    articles: process.env.PARLEY_SEEDS ?? path.join(root, 'seeds'),
    gold: path.join(evalDir, 'gold'),
  },
  {
    name: 'invented',
    articles: path.join(evalDir, 'invented', 'articles'),
    gold: path.join(evalDir, 'invented', 'gold'),
  },
].filter((s) => existsSync(s.articles) && existsSync(s.gold));

async function predictions(set: Set): Promise<string> {
  const lines: string[] = [];
  for await (const doc of readDocuments([set.articles]))
    lines.push(JSON.stringify(toEvalRecord(extract(doc))));
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'parley-eval-')), `${set.name}.ndjson`);
  writeFileSync(out, `${lines.join('\n')}\n`);
  return out;
}

const score = (set: Set, pred: string, args: string[], inherit = false) =>
  spawnSync(
    process.execPath,
    [path.join(evalDir, 'score.mjs'), '--gold', set.gold, '--pred', pred, ...args],
    {
      encoding: 'utf8',
      stdio: inherit ? 'inherit' : 'pipe',
    },
  );

const args = process.argv.slice(2);
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : null;
if (only) {
  const set = sets.find((s) => s.name === only);
  if (!set) {
    console.error(`unknown set ${only}: one of ${sets.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const rest = args.filter((a, i) => a !== '--set' && args[i - 1] !== '--set');
  process.exit(score(set, await predictions(set), rest, true).status ?? 1);
}

const fmt = (x: number | null | undefined) =>
  x === null || x === undefined ? '  -  ' : x.toFixed(3);
const rows: string[][] = [];
const details: string[] = [];
for (const set of sets) {
  const pred = await predictions(set);
  for (const selection of set.name === 'seeds' ? [[], ['--types', 'all', '--events']] : [[]]) {
    const result = score(set, pred, [...selection, '--json']);
    if (result.status !== 0) {
      console.error(result.stderr);
      process.exit(result.status ?? 1);
    }
    const report = JSON.parse(result.stdout);
    const label = `${set.name}${selection.length ? ' (all types, events)' : ''}`;
    const { precision, recall, f1 } = report.micro;
    rows.push([label, fmt(f1), fmt(precision), fmt(recall), fmt(report.dateAgreement)]);
    if (report.events) {
      const e = report.events.micro;
      rows.push([
        `${set.name} events`,
        fmt(e.f1),
        fmt(e.precision),
        fmt(e.recall),
        fmt(report.events.dateExact),
      ]);
    }
    details.push(
      `${label}: ${Object.entries(
        report.perType as Record<string, { f1: number | null; tp: number; fp: number; fn: number }>,
      )
        .map(([type, t]) => `${type} ${fmt(t.f1)} (${t.tp}/${t.fp}/${t.fn})`)
        .join(', ')}`,
    );
  }
}
console.log('set                              F1     P      R      dates');
for (const r of rows) console.log(`${r[0]!.padEnd(32)} ${r.slice(1).join('  ')}`);
console.log(`\nper type, F1 (tp/fp/fn):\n${details.join('\n')}`);

const phrasings = path.join(evalDir, 'phrasings', 'check.mjs');
if (existsSync(phrasings)) {
  const check = spawnSync(process.execPath, [phrasings, '--json'], { cwd: root, encoding: 'utf8' });
  if (check.status === 0) {
    const { total } = JSON.parse(check.stdout);
    console.log(
      `\nphrasings: ${total.found} of ${total.expected} expected triples, ${total.forbidden} forbidden, ${total.extra} extra`,
    );
  } else console.error(`phrasings check failed: ${check.stderr}`);
}
