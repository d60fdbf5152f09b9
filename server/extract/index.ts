/**
 * The extractor's public surface: read documents, extract one, and print it for evaluation.
 * Stages are internal; tests reach them through their own modules.
 */
export { extract } from './extract.ts';
export { readDocuments, parseTextArticle, publishedDay } from './read-documents.ts';
export { toEvalRecord, type EvalRecord } from './eval-record.ts';
export { cleanText } from './clean-text.ts';
