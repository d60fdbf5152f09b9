/**
 * The order of lists the store gathers without an ORDER BY (pattern comprehensions, collect):
 * engines differ there (the embedded engine gives relationships in the order they were
 * written, Neo4j newest first), so the store puts each list in one order of its own before it
 * leaves, and every engine answers alike. Missing values sort last, as Cypher's ORDER BY does.
 */
import type {
  ArticleSummary,
  MediationRecord,
  ParticipantRecord,
  RoleRecord,
} from './graph-store.ts';

const ROLE_ORDER = ['mediator', 'host', 'party', 'attendee'];

function compare(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Mediators first, then hosts, parties and attendees; by id within a role. */
export const byRole = (a: ParticipantRecord, b: ParticipantRecord): number =>
  (ROLE_ORDER.indexOf(a.role) >>> 0) - (ROLE_ORDER.indexOf(b.role) >>> 0) ||
  compare(a.role, b.role) ||
  compare(a.entity, b.entity);

/** Oldest first, as evidence is listed. */
export const byPublication = (a: ArticleSummary, b: ArticleSummary): number =>
  compare(a.published, b.published) || compare(a.id, b.id);

export const byLed = (a: RoleRecord, b: RoleRecord): number =>
  compare(a.of, b.of) || compare(a.title, b.title);

/** A copy in code-point order, the order Cypher's ORDER BY gives strings on both engines. */
export const sortedStrings = (items: readonly string[]): string[] => [...items].sort(compare);

/**
 * Answers by weight: the mediator of the most events first, then of the most articles, then the
 * most recent; by name and id last. Alphabetical order put the main mediator below the fold.
 */
export const byWeight = (a: MediationRecord, b: MediationRecord): number =>
  b.events.length - a.events.length ||
  b.sources - a.sources ||
  // Latest date first; undated answers after dated ones.
  compare(b.dates.at(-1) ?? '', a.dates.at(-1) ?? '') ||
  compare(a.mediator.name, b.mediator.name) ||
  compare(a.mediator.id, b.mediator.id);
