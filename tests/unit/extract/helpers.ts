/**
 * Runs the extractor on invented text and answers in names, so tests read like the facts
 * they check: "MEDIATED Ines Duarte -> Kofi Mensah", or with the words that state each one:
 * "MEDIATED Ines Duarte -> Kofi Mensah: brokered talks between".
 */
import type { Evidence } from '../../../server/domain/index.ts';
import { extract, toEvalRecord } from '../../../server/extract/index.ts';

const extractText = (text: string, published: string | null) =>
  extract({ file: 'test.txt', title: null, url: null, published, source: null, text });

export function facts(text: string, published: string | null = '2023-03-14') {
  const record = toEvalRecord(extractText(text, published));
  return {
    record,
    triples: record.relations.map((r) => `${r.type} ${r.source} -> ${r.target}`),
    dated: record.relations.map((r) => `${r.type} ${r.source} -> ${r.target} @${r.date ?? '-'}`),
  };
}

const said = (e: Evidence) => (e.phrase ? e.sentence.slice(e.phrase.start, e.phrase.end) : null);

/** Each relation as `TYPE source -> target: phrase`, and each event as `EVENT kind: phrase`. */
export function phrases(text: string, published: string | null = '2023-03-14') {
  const x = extractText(text, published);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return {
    relations: x.relations.map(
      (r) => `${r.type} ${name.get(r.source)} -> ${name.get(r.target)}: ${said(r.evidence)}`,
    ),
    events: x.events.map((e) => `EVENT ${e.kind}: ${said(e.evidence)}`),
  };
}
