/**
 * Search for entities by the start of any word of a name or alias, best first: exact matches,
 * then names that start with the text, then names with a later word that does; busiest first
 * within each, then by name and id. Each step seeks the search terms' slots (search-terms.ts)
 * one band of degrees at a time, from the top band its heads ever reached down, and stops when
 * the page is full: what the lower bands hold is less busy than anything already found. A page
 * the literal steps leave short is filled with near spellings ("putim", "aliev"): the entities
 * of the same slots whatever the rest of their terms, busiest bands first and at most
 * NEAR_CANDIDATES of them, ranked by server/search (Fuse.js). So a typo costs the seeks of its
 * first three characters, never a read of every name; a typo among those three finds nothing.
 */
import type { NodeType } from '../domain/index.ts';
import type { EntitySummary } from './graph-store.ts';
import type { Row } from './cypher-engine.ts';
import type { QueryName } from './cypher-registry.ts';
import { EXACT_BELOW, rankMatches, type Candidate } from '../search/index.ts';
import { HEAD_LENGTH, headKey, searchHeads, slot } from './search-terms.ts';

type Read = (name: QueryName, params: Record<string, unknown>) => Promise<Row[]>;

/** Entities a near-spelling search ranks at most: the busiest of the query's slots. */
const NEAR_CANDIDATES = 200;

interface Found {
  entity: EntitySummary;
  degree: number;
}

const byWeight = (a: Found, b: Found): number =>
  b.degree - a.degree ||
  (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0) ||
  (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0);

const found = (rows: Row[]): Found[] =>
  rows.map((row) => ({ entity: row.entity as EntitySummary, degree: Number(row.degree) }));

/** `q` is folded text (foldText), not empty. */
export async function searchEntities(
  read: Read,
  q: string,
  types: NodeType[] | null,
  first: number,
): Promise<EntitySummary[]> {
  const answer = found(await read('read/search-exact', { q, types })).sort(byWeight);
  const taken = new Set(answer.map((f) => f.entity.id));
  const heads = searchHeads(q);
  const tops = new Map(
    (
      await read('read/search-heads', {
        keys: heads.flatMap((head) => [headKey(head, true), headKey(head, false)]),
      })
    ).map((row) => [String(row.key), Number(row.top)]),
  );
  for (const whole of [true, false]) {
    if (answer.length >= first) break;
    const rank: Found[] = [];
    const top = Math.max(-1, ...heads.map((head) => tops.get(headKey(head, whole)) ?? -1));
    for (let band = top; band >= 0; band--) {
      // Only the heads that reach this band: a short prefix has many heads, most of them empty.
      const slots = heads
        .filter((head) => (tops.get(headKey(head, whole)) ?? -1) >= band)
        .map((head) => slot(head, whole, band));
      for (const f of found(await read('read/search-in-slots', { q, slots, types }))) {
        if (!taken.has(f.entity.id)) {
          taken.add(f.entity.id);
          rank.push(f);
        }
      }
      if (answer.length + rank.length >= first) break;
    }
    answer.push(...rank.sort(byWeight));
  }
  const literal = answer.slice(0, first).map((f) => f.entity);
  if (literal.length >= first || q.length < EXACT_BELOW) return literal;
  const near = await nearCandidates(read, q.slice(0, HEAD_LENGTH), types, tops);
  return [
    ...literal,
    ...rankMatches(
      q,
      near.filter((c) => !taken.has(c.entity.id)),
      first - literal.length,
    ),
  ];
}

/** The entities of a head's slots, busiest band first, up to NEAR_CANDIDATES. */
async function nearCandidates(
  read: Read,
  head: string,
  types: NodeType[] | null,
  tops: ReadonlyMap<string, number>,
): Promise<Candidate<EntitySummary>[]> {
  const top = (whole: boolean) => tops.get(headKey(head, whole)) ?? -1;
  const near = new Map<string, Candidate<EntitySummary>>();
  for (let band = Math.max(top(true), top(false)); band >= 0; band--) {
    if (near.size >= NEAR_CANDIDATES) break;
    const slots = [true, false]
      .filter((whole) => top(whole) >= band)
      .map((whole) => slot(head, whole, band));
    const rows = await read('read/search-near', {
      slots,
      types,
      candidates: NEAR_CANDIDATES - near.size,
    });
    for (const row of rows) {
      const entity = row.entity as EntitySummary;
      near.set(entity.id, {
        entity,
        keys: (row.keys as string[] | null) ?? [],
        degree: Number(row.degree),
      });
    }
  }
  return [...near.values()];
}
