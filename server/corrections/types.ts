/**
 * What an analyst can say back to the graph. A correction is a record, never an edit: the store
 * keeps it beside the articles, applies every active one to each article's extraction when it
 * writes it (so a correction holds when the article or a new one comes again), and undoing one
 * is switching it off and writing the articles it touched once more.
 */
import type { EntityType } from '../domain/index.ts';

export const CORRECTION_KINDS = [
  'confirm',
  'reject',
  'merge',
  'split',
  'rename',
  'retype',
  'alias',
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** One sentence of one article: what a correction may be narrowed to. */
export interface SentenceRef {
  article: string;
  sentence: string;
}

/** A sentence that supports a relation: the unit a split moves from one entity to another. */
export interface MentionRef extends SentenceRef {
  relation: string;
}

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

/** What the analyst asks for; the store adds who, when, why and what was there before. */
export type CorrectionSpec =
  /** A relation key or an event id; with `sentence`, only that sentence's support. */
  | { kind: 'confirm' | 'reject'; target: string; sentence?: SentenceRef | null }
  | { kind: 'merge'; target: string; into: EntityRef }
  | { kind: 'split'; target: string; into: EntityRef; mentions: MentionRef[] }
  | { kind: 'rename'; target: string; name: string }
  | { kind: 'retype'; target: string; type: EntityType }
  | { kind: 'alias'; target: string; alias: string };

export interface CorrectionNote {
  /** The analyst's name: the API key is shared, so the note says who. */
  by: string;
  why?: string | null;
}

export interface CorrectionRecord {
  id: string;
  kind: CorrectionKind;
  /** The relation key, event id or entity id corrected. */
  target: string;
  by: string;
  /** ISO instant it was made. */
  at: string;
  why: string | null;
  /** One line for the audit view: what was corrected, in names rather than ids. */
  summary: string;
  /** JSON of what the graph held before. */
  before: string;
  /** JSON of the spec: what the correction makes hold. */
  after: string;
  active: boolean;
  undoneAt: string | null;
  undoneBy: string | null;
  /** Articles whose statements it changed, when it was made or since. */
  articles: string[];
}

/** The spec a record holds, read back from its `after`. */
export const specOf = (record: Pick<CorrectionRecord, 'after'>): CorrectionSpec =>
  JSON.parse(record.after) as CorrectionSpec;
