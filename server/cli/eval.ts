/**
 * `npm run eval`: extracts the seed articles and scores them against the gold annotations
 * with ../shared/eval/score.mjs (or PARLEY_EVAL_DIR/score.mjs). Extra arguments go to the
 * scorer (`-- --json`, `-- --lenient`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, readDocuments, toEvalRecord } from '../extract/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const evalDir = process.env.PARLEY_EVAL_DIR ?? path.join(root, '..', 'shared', 'eval');
const seeds = process.env.PARLEY_SEEDS ?? path.join(root, 'seeds');
if (!existsSync(path.join(evalDir, 'score.mjs'))) {
  console.error(
    `no scorer at ${evalDir}/score.mjs: set PARLEY_EVAL_DIR to the folder holding score.mjs and gold/`,
  );
  process.exit(2);
}
const lines: string[] = [];
for await (const doc of readDocuments([seeds]))
  lines.push(JSON.stringify(toEvalRecord(extract(doc))));
const out = path.join(mkdtempSync(path.join(tmpdir(), 'parley-eval-')), 'pred.ndjson');
writeFileSync(out, `${lines.join('\n')}\n`);
const result = spawnSync(
  process.execPath,
  [
    path.join(evalDir, 'score.mjs'),
    '--gold',
    path.join(evalDir, 'gold'),
    '--pred',
    out,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
