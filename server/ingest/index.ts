export { ingestPaths, type IngestSummary, type IngestProgress } from './ingest-documents.ts';
export {
  ingestSubmission,
  type IngestedArticle,
  type ArticleSubmission,
} from './ingest-document.ts';
