/**
 * One article handed over whole (by the API rather than read from a file): checked, extracted
 * and written in one transaction. Its answer says what the article added.
 */
import type { SourceDocument } from '../domain/index.ts';
import { AppError, ErrorCode } from '../errors/index.ts';
import { extract } from '../extract/index.ts';
import type { GraphStore, WriteResult } from '../store/index.ts';

export interface IngestedArticle extends WriteResult {
  entities: string[];
  relations: number;
  events: number;
}

export interface ArticleSubmission {
  title?: string | null;
  url?: string | null;
  published?: string | null;
  source?: string | null;
  text: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function ingestSubmission(
  store: GraphStore,
  input: ArticleSubmission,
): Promise<IngestedArticle> {
  if (!input.text.trim()) throw new AppError(ErrorCode.BAD_ARTICLE, 'The article has no text');
  if (
    input.published &&
    (!ISO_DAY.test(input.published) || Number.isNaN(Date.parse(input.published)))
  ) {
    throw new AppError(
      ErrorCode.BAD_ARTICLE,
      `published must be an ISO day such as 2024-05-31; got "${input.published}"`,
    );
  }
  const doc: SourceDocument = {
    file: input.url ?? input.title ?? 'submitted article',
    title: input.title ?? null,
    url: input.url ?? null,
    published: input.published ?? null,
    source: input.source ?? null,
    text: input.text,
  };
  const extraction = extract(doc);
  const result = await store.writeExtraction(extraction);
  return {
    ...result,
    entities: extraction.entities.map((e) => e.id),
    relations: extraction.relations.length,
    events: extraction.events.length,
  };
}
