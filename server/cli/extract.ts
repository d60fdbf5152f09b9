/**
 * `npm run extract -- FILE...`: one NDJSON line per article in the evaluation format, on
 * stdout; problems go to stderr with the file they concern, one document at a time: a file
 * that cannot be read or extracted is named and skipped, and the exit code is 1 when any was.
 */
import { extract, readDocuments, toEvalRecord } from '../extract/index.ts';
import { checkDocument } from '../ingest/check-document.ts';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run extract -- FILE_OR_FOLDER...');
  process.exit(2);
}
let failed = 0;
const fail = (file: string, message: string) => {
  failed++;
  console.error(`failed ${file}: ${message}`);
};
for await (const doc of readDocuments(paths, { onFailure: fail })) {
  try {
    process.stdout.write(`${JSON.stringify(toEvalRecord(extract(checkDocument(doc))))}\n`);
  } catch (error) {
    fail(doc.file, error instanceof Error ? error.message : String(error));
  }
}
process.exitCode = failed > 0 ? 1 : 0;
