/**
 * A sentence that states something, as a row comes back from the engine: a relation's mention
 * or an event's report. Both reads shape it alike, so the one place that knows that Neo4j drops
 * a property set to null is here.
 */
import type { Row } from './cypher-engine.ts';
import type { EvidenceRecord } from './graph-store.ts';

/** A mention's or a report's row; Neo4j drops a property set to null, so the phrase may lack. */
export const toEvidence = (row: Row): EvidenceRecord => ({
  sentence: String(row.sentence),
  phrase:
    row.phraseStart == null || row.phraseEnd == null
      ? null
      : { start: Number(row.phraseStart), end: Number(row.phraseEnd) },
  article: row.article as EvidenceRecord['article'],
});
