/**
 * The explorer's side of corrections and saved investigations: the audit trail and the
 * investigations are read like any query; every change goes with the API key and the
 * analyst's name, which the analyst gives once and this browser keeps (localStorage), since
 * the server's key is shared and the trail must say who.
 */
import { gql } from '../api.ts';

export interface CorrectionItem {
  id: string;
  kind: string;
  target: string;
  by: string;
  at: string;
  why: string | null;
  summary: string;
  /** JSON of what the correction makes hold (a merge names the entity it merged into). */
  after: string;
  active: boolean;
  undoneAt: string | null;
  undoneBy: string | null;
  fact: { id: string; type: string; source: string; target: string; date: string | null } | null;
}

export interface InvestigationItem {
  id: string;
  name: string;
  by: string;
  notes: string | null;
  updatedAt: string;
}

const RECORD = `id kind target by at why summary after active undoneAt undoneBy
  fact { id type source target date }`;

export const identity = {
  get analyst(): string {
    return localStorage.getItem('parley.analyst') ?? '';
  },
  set analyst(name: string) {
    localStorage.setItem('parley.analyst', name);
  },
  get key(): string {
    return localStorage.getItem('parley.apiKey') ?? '';
  },
  set key(key: string) {
    localStorage.setItem('parley.apiKey', key);
  },
};

function write<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  if (!identity.analyst.trim()) {
    return Promise.reject(new Error('Give your name under Corrections first: the trail says who.'));
  }
  return gql<T>(query, variables, identity.key ? { 'x-api-key': identity.key } : {});
}

const note = (why: string | null) => ({ by: identity.analyst, why: why || null });

/** One mutation per kind, each answering with its record. */
export const correct = {
  confirm: (id: string, why: string | null, sentence?: { article: string; sentence: string }) =>
    write<{ confirmFact: CorrectionItem }>(
      `mutation($id: ID!, $s: SentenceInput, $n: CorrectionNote!) { confirmFact(id: $id, sentence: $s, note: $n) { ${RECORD} } }`,
      { id, s: sentence ?? null, n: note(why) },
    ).then((d) => d.confirmFact),
  reject: (id: string, why: string | null, sentence?: { article: string; sentence: string }) =>
    write<{ rejectFact: CorrectionItem }>(
      `mutation($id: ID!, $s: SentenceInput, $n: CorrectionNote!) { rejectFact(id: $id, sentence: $s, note: $n) { ${RECORD} } }`,
      { id, s: sentence ?? null, n: note(why) },
    ).then((d) => d.rejectFact),
  merge: (from: string, into: string, why: string | null) =>
    write<{ mergeEntities: CorrectionItem }>(
      `mutation($f: ID!, $i: ID!, $n: CorrectionNote!) { mergeEntities(from: $f, into: $i, note: $n) { ${RECORD} } }`,
      { f: from, i: into, n: note(why) },
    ).then((d) => d.mergeEntities),
  split: (
    id: string,
    name: string,
    mentions: { relation: string; article: string; sentence: string }[],
    why: string | null,
  ) =>
    write<{ splitEntity: CorrectionItem }>(
      `mutation($id: ID!, $name: String!, $m: [MentionInput!]!, $n: CorrectionNote!) {
        splitEntity(id: $id, name: $name, mentions: $m, note: $n) { ${RECORD} } }`,
      { id, name, m: mentions, n: note(why) },
    ).then((d) => d.splitEntity),
  rename: (id: string, name: string, why: string | null) =>
    write<{ renameEntity: CorrectionItem }>(
      `mutation($id: ID!, $name: String!, $n: CorrectionNote!) { renameEntity(id: $id, name: $name, note: $n) { ${RECORD} } }`,
      { id, name, n: note(why) },
    ).then((d) => d.renameEntity),
  retype: (id: string, type: string, why: string | null) =>
    write<{ retypeEntity: CorrectionItem }>(
      `mutation($id: ID!, $t: EntityType!, $n: CorrectionNote!) { retypeEntity(id: $id, type: $t, note: $n) { ${RECORD} } }`,
      { id, t: type, n: note(why) },
    ).then((d) => d.retypeEntity),
  alias: (id: string, alias: string, why: string | null) =>
    write<{ addAlias: CorrectionItem }>(
      `mutation($id: ID!, $a: String!, $n: CorrectionNote!) { addAlias(id: $id, alias: $a, note: $n) { ${RECORD} } }`,
      { id, a: alias, n: note(why) },
    ).then((d) => d.addAlias),
  undo: (id: string) =>
    write<{ undoCorrection: CorrectionItem }>(
      `mutation($id: ID!, $n: CorrectionNote!) { undoCorrection(id: $id, note: $n) { ${RECORD} } }`,
      { id, n: note(null) },
    ).then((d) => d.undoCorrection),
};

export const corrections = (active: boolean | null = null, kinds: string[] | null = null) =>
  gql<{ corrections: CorrectionItem[] }>(
    `query($a: Boolean, $k: [CorrectionKind!]) { corrections(active: $a, kinds: $k, first: 200) { ${RECORD} } }`,
    { a: active, k: kinds },
  ).then((d) => d.corrections);

export const investigations = {
  list: () =>
    gql<{ investigations: InvestigationItem[] }>(
      `{ investigations { id name by notes updatedAt } }`,
    ).then((d) => d.investigations),
  open: (id: string) =>
    gql<{ investigation: (InvestigationItem & { view: string }) | null }>(
      `query($id: ID!) { investigation(id: $id) { id name by notes updatedAt view } }`,
      { id },
    ).then((d) => d.investigation),
  save: (input: { id?: string | null; name: string; notes: string | null; view: string }) =>
    write<{ saveInvestigation: InvestigationItem }>(
      `mutation($i: InvestigationInput!) { saveInvestigation(input: $i) { id name by notes updatedAt } }`,
      { i: { ...input, by: identity.analyst } },
    ).then((d) => d.saveInvestigation),
};
