/**
 * Keys that make an analyst edge one real-world fact: the same type between the same actors
 * at the same event (or, lacking one, on the same date) is one fact however many articles
 * report it. Symmetric relations sort their endpoints so A-B and B-A are one key.
 */
import { SYMMETRIC_RELATIONS, type ExtractedRelation } from '../domain/index.ts';

export function orientedEnds(
  rel: Pick<ExtractedRelation, 'type' | 'source' | 'target'>,
): [string, string] {
  if (SYMMETRIC_RELATIONS.has(rel.type) && rel.target < rel.source) return [rel.target, rel.source];
  return [rel.source, rel.target];
}

export function relationKey(rel: ExtractedRelation): string {
  const [source, target] = orientedEnds(rel);
  // A role is held, not dated by the sentence that mentions it: one LEADS edge per pair.
  const when = rel.type === 'LEADS' ? '' : (rel.event ?? rel.date?.value ?? '');
  return `${rel.type}:${source}>${target}@${when}`;
}

/**
 * The ends a key names, or null when it is not a key. Entity ids are `type:slug` with no `>`
 * or `@`, so the first `>` and the `@` after it split the key unambiguously.
 */
export function parseRelationKey(key: string): { source: string; target: string } | null {
  const m = /^[A-Z_]+:([^>@]+)>([^>@]+)@/.exec(key);
  return m ? { source: m[1]!, target: m[2]! } : null;
}
