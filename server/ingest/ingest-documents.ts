/**
 * The ingest path shared by `npm run ingest` and start-up seeding: read documents, then check,
 * extract (in a worker thread) and write each in its own transaction. Every failure belongs to
 * one document (a file that cannot be read, a broken NDJSON line, a page over the caps, an
 * article the extractor or the store refuses): it is listed by name with its reason and the
 * run goes on, so the summary accounts for every document it was given. An article the store
 * already holds under the same header (its id is a hash of its text) is not extracted again,
 * so a resumed or repeated ingest costs a look-up per article already written.
 */
import { readDocuments } from '../extract/index.ts';
import type { GraphStore } from '../store/index.ts';
import { runInWorker } from '../workers/pool.ts';
import { ingestDocument } from './ingest-document.ts';

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
  let done = 0;
  const fail = (file: string, message: string) => {
    summary.failed.push({ file, message });
    onProgress({ file, done: ++done, outcome: 'failed' });
  };
  const documents = readDocuments(paths, {
    onFailure: fail,
    html: (html) => runInWorker('parseHtml', html),
  });
  for await (const doc of documents) {
    summary.read++;
    try {
      const result = await ingestDocument(store, doc, { skipStored: true });
      const outcome = result.written ? 'written' : 'unchanged';
      summary[outcome]++;
      summary.replaced += result.replaced.length;
      onProgress({ file: doc.file, done: ++done, outcome });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      fail(
        doc.file,
        message.startsWith(`${doc.file}: `) ? message.slice(doc.file.length + 2) : message,
      );
    }
  }
  return summary;
}
