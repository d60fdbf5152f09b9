export {
  ingestPaths,
  type DocumentSink,
  type IngestSummary,
  type IngestProgress,
} from './ingest-documents.ts';
export { findRunningParley, remoteCorrections, remoteSink, remoteStats } from './remote-ingest.ts';
export {
  ingestSubmission,
  type IngestedArticle,
  type ArticleSubmission,
} from './ingest-document.ts';
