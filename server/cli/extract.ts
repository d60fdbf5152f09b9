/**
 * `npm run extract -- [--corrected] FILE...`: one NDJSON line per article in the evaluation
 * format, on stdout; problems go to stderr with the file they concern, one document at a time:
 * a file that cannot be read or extracted is named and skipped, and the exit code is 1 when any
 * was. With `--corrected`, each extraction is printed as the graph holds it: with the analysts'
 * active corrections applied, asked of the running Parley (PARLEY_URL, or the one on PORT), so
 * an evaluation can score the corrected graph.
 */
import { applyCorrections } from '../corrections/index.ts';
import { loadConfig } from '../config/index.ts';
import { extract, readDocuments, toEvalRecord } from '../extract/index.ts';
import { checkDocument } from '../ingest/check-document.ts';
import { findRunningParley, remoteCorrections } from '../ingest/index.ts';

const corrected = process.argv.includes('--corrected');
const paths = process.argv.slice(2).filter((a) => a !== '--corrected');
if (paths.length === 0) {
  console.error('usage: npm run extract -- [--corrected] FILE_OR_FOLDER...');
  process.exit(2);
}
let corrections: Awaited<ReturnType<typeof remoteCorrections>> = [];
if (corrected) {
  const config = loadConfig();
  const url = config.serverUrl ?? `http://127.0.0.1:${config.port}`;
  if (!(await findRunningParley(url))) {
    console.error(`--corrected reads the corrections of a running Parley; none answers at ${url}`);
    process.exit(2);
  }
  corrections = await remoteCorrections(url);
}
let failed = 0;
const fail = (file: string, message: string) => {
  failed++;
  console.error(`failed ${file}: ${message}`);
};
for await (const doc of readDocuments(paths, { onFailure: fail })) {
  try {
    const { extraction } = applyCorrections(extract(checkDocument(doc)), corrections);
    process.stdout.write(`${JSON.stringify(toEvalRecord(extraction))}\n`);
  } catch (error) {
    fail(doc.file, error instanceof Error ? error.message : String(error));
  }
}
process.exitCode = failed > 0 ? 1 : 0;
