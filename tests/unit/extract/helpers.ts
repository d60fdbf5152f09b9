/**
 * Runs the extractor on invented text and answers in names, so tests read like the facts
 * they check: "MEDIATED Ines Duarte -> Kofi Mensah", or with the words that state each one:
 * "MEDIATED Ines Duarte -> Kofi Mensah: brokered talks between".
 */
import type { Evidence } from '../../../server/domain/index.ts';
import { extract, toEvalRecord, type EvalRecord } from '../../../server/extract/index.ts';

const extractText = (text: string, published: string | null, title: string | null = null) =>
  extract({ file: 'test.txt', title, url: null, published, source: null, text });

export function facts(
  text: string,
  published: string | null = '2023-03-14',
  title: string | null = null,
) {
  const record = toEvalRecord(extractText(text, published, title));
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

const UNORDERED = new Set(['MET_WITH', 'SPOKE_WITH', 'CLASHED_WITH', 'ALLY_OF']);

/**
 * The facts as the evaluation gold writes them (the two ends of an unordered relation in
 * alphabetical order, so a test never depends on which end the extractor put first), and every
 * event the extraction keeps, happened or not, as `kind status: name role, ...`, so a test can
 * check what became of a plan or a denial that must yield no relation.
 */
export function extracted(text: string, published: string | null, title: string | null = null) {
  const { record } = facts(text, published, title);
  const ends = (r: { type: string; source: string; target: string }) =>
    UNORDERED.has(r.type) ? [r.source, r.target].sort() : [r.source, r.target];
  const triple = (r: EvalRecord['relations'][number]) => `${r.type} ${ends(r).join(' -> ')}`;
  const all = [...record.events, ...record.other_events];
  const who = (e: EvalRecord['events'][number]) =>
    e.participants
      .map((p) => `${p.name} ${p.role}`)
      .sort()
      .join(', ');
  return {
    record,
    triples: record.relations.map(triple),
    dated: record.relations.map((r) => `${triple(r)} @${r.date ?? '-'}`),
    events: all.map((e) => `${e.kind} ${e.status}: ${who(e)}`),
    statuses: all.map((e) => `${e.kind} ${e.status}`),
  };
}

/** The triples of one relation type. */
export const ofType = (triples: string[], type: string) =>
  triples.filter((t) => t.startsWith(`${type} `));

/** Every triple but LEADS: what a sentence says happened, apart from who leads whom. */
export const notLeads = (triples: string[]) => triples.filter((t) => !t.startsWith('LEADS '));

/** The sorted names of the record's entities of one type ("Person", "Organization" ...). */
export const namesOf = (record: EvalRecord, type: string) =>
  record.entities
    .filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

/** Sentences read as one article published on `published`, each on its own line. */
export const reader =
  (published: string) =>
  (...sentences: string[]) =>
    extracted(sentences.join('\n'), published);
