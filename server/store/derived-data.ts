/**
 * The data a store keeps beside the graph so that reads never count the whole of it: each
 * entity's degree and sources, each relation's sources, search terms for every name and
 * alias, the day events are paged by, and the graph's totals on one Meta node. Writes keep
 * them up to date (article-writer.ts); this builds them once, in one transaction, for a store
 * that lacks them: a new one, or one written by an older Parley. The version says which.
 */
import type { CypherEngine, Row } from './cypher-engine.ts';
import type { QueryName, QueryRegistry } from './cypher-registry.ts';
import { parseRelationKey } from './relation-key.ts';
import { degreeBand, headTops, searchTerms } from './search-terms.ts';

/** Raised whenever what is derived, or how, changes: older stores are then rebuilt at open. */
export const DERIVED_VERSION = 4;

/** Rows per statement while rebuilding, so that no statement holds a whole large store. */
const BATCH = 5_000;

/** Whether the store's derived data is current; if not, rebuilds it. Returns whether it did. */
export async function ensureDerivedData(
  engine: CypherEngine,
  queries: QueryRegistry,
): Promise<boolean> {
  const [meta] = await engine.read(queries['read/get-meta']);
  if (meta && Number(meta.version) === DERIVED_VERSION) return false;
  await engine.write(async (run) => {
    const q = (name: QueryName, params?: Record<string, unknown>): Promise<Row[]> =>
      run(queries[name], params);
    await q('migrate/entities');
    await q('migrate/events');
    await q('migrate/drop-terms');
    await q('migrate/drop-heads');
    const entities = await q('migrate/entity-keys');
    const terms = entities.flatMap((row) =>
      searchTerms((row.keys as string[] | null) ?? []).map((t) => ({
        entity: row.id,
        band: degreeBand(Number(row.degree)),
        ...t,
      })),
    );
    for (let i = 0; i < terms.length; i += BATCH) {
      await q('write/add-search-terms', { rows: terms.slice(i, i + BATCH) });
    }
    const tops = headTops(terms);
    for (let i = 0; i < tops.length; i += BATCH) {
      await q('write/raise-heads', { rows: tops.slice(i, i + BATCH) });
    }
    const sources = (await q('migrate/mention-sources')).flatMap((row) => {
      const ends = parseRelationKey(String(row.key));
      return ends ? [{ key: row.key, sources: Number(row.sources), ...ends }] : [];
    });
    for (let i = 0; i < sources.length; i += BATCH) {
      await q('migrate/relation-sources', { rows: sources.slice(i, i + BATCH) });
    }
    const [counts] = await q('migrate/counts');
    const [first] = await q('migrate/first-day');
    const [top] = await q('migrate/max-degree');
    await q('migrate/meta', {
      version: DERIVED_VERSION,
      entities: Number(counts?.entities ?? 0),
      relations: Number(counts?.relations ?? 0),
      events: Number(counts?.events ?? 0),
      articles: Number(counts?.articles ?? 0),
      firstDay: first?.firstDay ?? null,
      lastDay: first?.lastDay ?? null,
      maxDegree: Number(top?.maxDegree ?? 0),
    });
  });
  return true;
}
