/**
 * Search for entities by the start of any word of a name or alias, best first: exact matches,
 * then names that start with the text, then names with a later word that does; busiest first
 * within each, then by name and id. Each step seeks the search terms' slots (search-terms.ts)
 * one band of degrees at a time, from the top band its heads ever reached down, and stops when
 * the page is full: what the lower bands hold is less busy than anything already found.
 */
import type { NodeType } from '../domain/index.ts';
import type { EntitySummary } from './graph-store.ts';
import type { Row } from './cypher-engine.ts';
import type { QueryName } from './cypher-registry.ts';
import { headKey, searchHeads, slot } from './search-terms.ts';

type Read = (name: QueryName, params: Record<string, unknown>) => Promise<Row[]>;

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
  return answer.slice(0, first).map((f) => f.entity);
}
