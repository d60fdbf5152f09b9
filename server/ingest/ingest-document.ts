/**
 * One document, checked, extracted in a worker thread and written in one transaction: the
 * step that the API's ingestArticle, start-up seeding and the CLI share. The answer says what
 * the article added.
 */
import { articleId, INGEST_LIMITS, type Extraction, type SourceDocument } from '../domain/index.ts';
import { AppError, ErrorCode } from '../errors/index.ts';
import { publishedDay } from '../extract/index.ts';
import type { GraphStore, WriteResult } from '../store/index.ts';
import { runInWorker } from '../workers/pool.ts';
import { cappedField, checkDocument } from './check-document.ts';

export interface IngestedArticle extends WriteResult {
  entities: string[];
  relations: number;
  events: number;
}

export interface ArticleSubmission {
  /** The sender's own id of the article: a new text under it replaces the stored one. */
  id?: string | null;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  source?: string | null;
  text: string;
  /** The file it was read from, when a client read it from one. */
  file?: string | null;
}

/**
 * Checks, extracts (off the event loop) and writes one document. With `skipStored`, a text the
 * store holds under the same header is not extracted at all: the answer says it was unchanged
 * and names nothing it holds.
 */
export async function ingestDocument(
  store: GraphStore,
  doc: SourceDocument,
  options: { skipStored?: boolean } = {},
): Promise<IngestedArticle> {
  const checked = checkDocument(doc);
  if (options.skipStored) {
    const header = { ...checked, id: articleId(checked.text), key: checked.key ?? null };
    if (await store.holdsArticle(header)) {
      return {
        article: header.id,
        written: false,
        replaced: [],
        entities: [],
        relations: 0,
        events: 0,
      };
    }
  }
  const extraction: Extraction = await runInWorker('extractDocument', checked);
  extraction.article.key = checked.key ?? null;
  const result = await store.writeExtraction(extraction);
  return {
    ...result,
    entities: extraction.entities.map((e) => e.id),
    relations: extraction.relations.length,
    events: extraction.events.length,
  };
}

export async function ingestSubmission(
  store: GraphStore,
  input: ArticleSubmission,
): Promise<IngestedArticle> {
  if (!input.text.trim()) throw new AppError(ErrorCode.BAD_ARTICLE, 'The article has no text');
  // The path a client read is kept whole, up to its cap: cut at 200 characters, two long paths
  // that differ only past that became one name, and the file's own name was lost. Without one,
  // the name is what the sender gave, never a constant: it labels errors.
  const label = (input.url ?? input.id ?? input.title ?? 'the submitted article').slice(0, 200);
  const file = cappedField(label, 'file', input.file, INGEST_LIMITS.fileChars) ?? label;
  return ingestDocument(store, {
    file,
    title: input.title ?? null,
    url: input.url ?? null,
    published: publishedDay(input.published, 'ArticleInput'),
    source: input.source ?? null,
    text: input.text,
    key: input.id ?? null,
  });
}
