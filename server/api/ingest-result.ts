export type { IngestedArticle as IngestResultRecord } from '../ingest/index.ts';
