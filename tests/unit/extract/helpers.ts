/**
 * Runs the extractor on invented text and answers in names, so tests read like the facts
 * they check: "MEDIATED Ines Duarte -> Kofi Mensah".
 */
import { extract, toEvalRecord } from '../../../server/extract/index.ts';

export function facts(text: string, published: string | null = '2023-03-14') {
  const record = toEvalRecord(
    extract({ file: 'test.txt', title: null, url: null, published, source: null, text }),
  );
  return {
    record,
    triples: record.relations.map((r) => `${r.type} ${r.source} -> ${r.target}`),
    dated: record.relations.map((r) => `${r.type} ${r.source} -> ${r.target} @${r.date ?? '-'}`),
  };
}
