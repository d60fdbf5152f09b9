/**
 * `npm run extract -- FILE...`: one NDJSON line per article in the evaluation format, on
 * stdout; problems go to stderr with the file they concern.
 */
import { isAppError } from '../errors/index.ts';
import { extract, readDocuments, toEvalRecord } from '../extract/index.ts';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run extract -- FILE_OR_FOLDER...');
  process.exit(2);
}
try {
  for await (const doc of readDocuments(paths)) {
    process.stdout.write(`${JSON.stringify(toEvalRecord(extract(doc)))}\n`);
  }
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(error.message);
  process.exit(1);
}
