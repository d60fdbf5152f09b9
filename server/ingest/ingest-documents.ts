/**
 * The ingest path shared by `npm run ingest`, start-up seeding and the API: read documents,
 * extract each, write each in its own transaction. One bad article is reported by name and
 * skipped; it never stops the others nor touches what is stored. An article whose text the
 * store already holds (its id is a hash of the text) is not extracted again, so a resumed or
 * repeated ingest costs a look-up per article already written.
 */
import { articleId } from '../domain/index.ts';
import { isAppError } from '../errors/index.ts';
import { extract, readDocuments } from '../extract/index.ts';
import type { SourceDocument } from '../domain/index.ts';
import type { GraphStore } from '../store/index.ts';

export interface IngestSummary {
  read: number;
  written: number;
  unchanged: number;
  replaced: number;
  failed: { file: string; message: string }[];
}

export interface IngestProgress {
  file: string;
  done: number;
  outcome: 'written' | 'unchanged' | 'failed';
}

export async function ingestPaths(
  store: GraphStore,
  paths: string[],
  onProgress: (progress: IngestProgress) => void = () => undefined,
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, written: 0, unchanged: 0, replaced: 0, failed: [] };
  const documents = readDocuments(paths);
  for (;;) {
    let next: IteratorResult<SourceDocument>;
    try {
      next = await documents.next();
    } catch (error) {
      // The reader names the file in its message; what it had not reached yet is not read.
      if (!isAppError(error)) throw error;
      summary.failed.push({ file: '(reading)', message: error.message });
      break;
    }
    if (next.done) break;
    const doc = next.value;
    summary.read++;
    let outcome: IngestProgress['outcome'];
    try {
      const [known] = await store.articles([articleId(doc.text)]);
      const result = known ? null : await store.writeExtraction(extract(doc));
      outcome = result?.written ? 'written' : 'unchanged';
      summary.replaced += result?.replaced.length ?? 0;
    } catch (error) {
      if (!isAppError(error)) throw error;
      summary.failed.push({ file: doc.file, message: error.message });
      outcome = 'failed';
    }
    if (outcome !== 'failed') summary[outcome]++;
    onProgress({ file: doc.file, done: summary.read, outcome });
  }
  return summary;
}
