/**
 * Writing one article, inside the transaction the engine gives: the earlier versions it
 * replaces are retracted, then its entities, search terms, events, relations and mentions are
 * written, and the counts the reads rely on (each entity's degree and sources, each relation's
 * sources, the graph's totals) move by exactly what changed. Every statement starts from the
 * article or from the ids it names, so a write costs the same in a store of any size.
 */
import type { Extraction } from '../domain/index.ts';
import { articleRows } from './article-rows.ts';
import type { Row, Run } from './cypher-engine.ts';
import type { QueryName, QueryRegistry } from './cypher-registry.ts';
import type { ArticleHeader, WriteResult } from './graph-store.ts';
import { parseRelationKey } from './relation-key.ts';
import { degreeBand, headTops, newSearchTerms } from './search-terms.ts';

/** What one write added (or, negative, took away), applied in two statements at its end. */
class Tally {
  entities = 0;
  relations = 0;
  events = 0;
  articles = 0;
  firstDay: string | null = null;
  lastDay: string | null = null;
  maxDegree = 0;
  readonly #byEntity = new Map<string, { degree: number; sources: number }>();

  entity(id: string, change: { degree?: number; sources?: number }): void {
    const now = this.#byEntity.get(id) ?? { degree: 0, sources: 0 };
    now.degree += change.degree ?? 0;
    now.sources += change.sources ?? 0;
    this.#byEntity.set(id, now);
  }

  /** Both ends of each relation gain (or lose) one relation; a loop counts once. */
  ends(keys: Iterable<string>, change: number): void {
    for (const key of keys) {
      const ends = parseRelationKey(key);
      if (ends)
        for (const id of new Set([ends.source, ends.target])) this.entity(id, { degree: change });
    }
  }

  /** The per-entity changes, taken: each entity once. */
  takeEntities(): { id: string; degree: number; sources: number }[] {
    const rows = [...this.#byEntity].map(([id, change]) => ({ id, ...change }));
    this.#byEntity.clear();
    return rows.filter((r) => r.degree !== 0 || r.sources !== 0);
  }
}

/** The relation keys as rows that name their ends, for statements that find a relation. */
const keyRows = (keys: Iterable<string>) =>
  [...keys].flatMap((key) => {
    const ends = parseRelationKey(key);
    return ends ? [{ key, ...ends }] : [];
  });

/** What a header says of an article; a change in any of them rewrites the stored article. */
const HEADER_FIELDS = ['title', 'url', 'published', 'source', 'key'] as const;

/** Whether a stored article's row (write/find-article) has this very header. */
export const sameHeader = (stored: Row, article: ArticleHeader): boolean =>
  HEADER_FIELDS.every((f) => (stored[f] ?? null) === (article[f] ?? null));

export async function writeArticle(
  run: Run,
  queries: QueryRegistry,
  x: Extraction,
): Promise<WriteResult> {
  const q = statements(run, queries);
  const article = { ...x.article, key: x.article.key ?? null };
  await q('write/lock-graph');
  const [stored] = await q('write/find-article', { id: article.id });
  // The same text again changes nothing, unless its header was corrected: then what the
  // article says is read anew (a new publication day moves its relative dates).
  if (stored && sameHeader(stored, article)) {
    return { article: article.id, written: false, replaced: [] };
  }
  const tally = new Tally();
  if (stored) await retract(q, article.id, tally);
  // The same URL or the same sender's id: two index seeks, chosen here, since an OR across the
  // two properties would scan every article. Nothing else (a file name, a title) makes two
  // texts one article.
  const superseded = [
    ...(article.url ? await q('write/find-articles-by-url', { url: article.url }) : []),
    ...(article.key ? await q('write/find-articles-by-key', { key: article.key }) : []),
  ];
  const replaced = [...new Set(superseded.map((row) => String(row.id)))].filter(
    (id) => id !== article.id,
  );
  for (const old of replaced) await retract(q, old, tally);

  const rows = articleRows(x);
  const known = new Map(
    (await q('write/find-entities', { ids: rows.entities.map((e) => e.id) })).map((row) => [
      String(row.id),
      { keys: (row.keys as string[] | null) ?? [], band: degreeBand(Number(row.degree)) },
    ]),
  );
  const knownEvents = new Set(
    (await q('write/find-events', { ids: rows.events.map((e) => e.id) })).map((r) => r.id),
  );
  const supported = new Set(
    (await q('write/find-supported-relations', { keys: rows.relations.map((r) => r.key) })).map(
      (r) => r.key,
    ),
  );

  await q('write/upsert-article', { article });
  await q('write/upsert-entities', { article: article.id, rows: rows.entities });
  const terms = rows.entities.flatMap((e) =>
    newSearchTerms(e.keys, known.get(e.id)?.keys ?? []).map((t) => ({
      entity: e.id,
      band: known.get(e.id)?.band ?? 0,
      ...t,
    })),
  );
  await q('write/add-search-terms', { rows: terms });
  await q('write/raise-heads', { rows: headTops(terms) });
  await q('write/upsert-events', { article: article.id, rows: rows.events });
  await q('write/add-participants', {
    rows: rows.events.flatMap((e) => e.participants.map((p) => ({ event: e.id, ...p }))),
  });
  await q('write/place-events', {
    rows: rows.events.flatMap((e) => (e.place ? [{ id: e.id, place: e.place }] : [])),
  });
  const fresh = rows.relations.filter((r) => !supported.has(r.key));
  await q('write/create-relations', { rows: fresh });
  await q('write/update-relations', { rows: rows.relations.filter((r) => supported.has(r.key)) });
  await q('write/create-mentions', { article: article.id, rows: rows.mentions });

  tally.ends(
    fresh.map((r) => r.key),
    1,
  );
  tally.entities += rows.entities.filter((e) => !known.has(e.id)).length;
  // The totals count what happened, as reads answer by default (read/count-graph).
  tally.events += rows.events.filter(
    (e) => !knownEvents.has(e.id) && e.status === 'happened',
  ).length;
  tally.relations += fresh.length;
  tally.articles += 1;
  for (const { date } of rows.events) {
    if (date && (tally.firstDay === null || date < tally.firstDay)) tally.firstDay = date;
    if (date && (tally.lastDay === null || date > tally.lastDay)) tally.lastDay = date;
  }
  await settle(q, tally);
  return { article: article.id, written: true, replaced };
}

/** Retracts one stored article and whatever only it supported; false when there is none. */
export async function deleteArticle(
  run: Run,
  queries: QueryRegistry,
  id: string,
): Promise<boolean> {
  const q = statements(run, queries);
  await q('write/lock-graph');
  if ((await q('write/find-article', { id })).length === 0) return false;
  const tally = new Tally();
  await retract(q, id, tally);
  await settle(q, tally);
  return true;
}

type Query = (name: QueryName, params?: Record<string, unknown>) => Promise<Row[]>;

/**
 * Runs statements by name. One whose `rows` are empty would change nothing: it is not sent,
 * which saves an article most of its round trips once its entities and keys are known.
 */
function statements(run: Run, queries: QueryRegistry): Query {
  return async (name, params) => {
    if (Array.isArray(params?.rows) && params.rows.length === 0) return [];
    return run(queries[name], params);
  };
}

/** Applies the tally: entity degrees and sources, then the graph's counts. */
async function settle(q: Query, tally: Tally): Promise<void> {
  await adjustEntities(q, tally);
  await q('write/adjust-counts', {
    entities: tally.entities,
    relations: tally.relations,
    events: tally.events,
    articles: tally.articles,
    firstDay: tally.firstDay,
    lastDay: tally.lastDay,
    maxDegree: tally.maxDegree,
  });
}

/**
 * Applies the entities' changes, and moves the search terms of those whose degree changed band;
 * returns the ids left without a source.
 */
async function adjustEntities(q: Query, tally: Tally): Promise<string[]> {
  const changes = tally.takeEntities();
  const change = new Map(changes.map((c) => [c.id, c.degree]));
  const rows = await q('write/adjust-entities', { rows: changes });
  const moved: { entity: string; band: number }[] = [];
  for (const row of rows) {
    const degree = Number(row.degree);
    tally.maxDegree = Math.max(tally.maxDegree, degree);
    const band = degreeBand(degree);
    if (band !== degreeBand(degree - (change.get(String(row.id)) ?? 0))) {
      moved.push({ entity: String(row.id), band });
    }
  }
  const terms = await q('write/move-search-terms', { rows: moved });
  await q('write/raise-heads', {
    rows: headTops(
      terms.map((t) => ({ text: String(t.text), whole: Boolean(t.whole), band: Number(t.band) })),
    ),
  });
  return rows.filter((row) => Number(row.sources) === 0).map((row) => String(row.id));
}

/** Removes what one article said, and whatever nothing else supports any more. */
async function retract(q: Query, articleId: string, tally: Tally): Promise<void> {
  const [footprint] = await q('write/find-article-footprint', { id: articleId });
  await q('write/retract-mentions', { id: articleId });
  await q('write/retract-event-reports', { id: articleId });
  await q('write/delete-article', { id: articleId });
  const stated = new Set((footprint?.relations as string[] | undefined) ?? []);
  const released = await q('write/release-relations', { rows: keyRows(stated) });
  tally.ends(
    released.map((r) => String(r.key)),
    -1,
  );
  tally.relations -= released.length;
  tally.articles -= 1;
  for (const id of new Set((footprint?.entities as string[] | undefined) ?? [])) {
    tally.entity(id, { sources: -1 });
  }
  // Entities go once no article mentions them: their sources are settled first.
  const unmentioned = await adjustEntities(q, tally);
  const [events] = await q('write/prune-events', { ids: footprint?.events ?? [] });
  const [entities] = await q('write/prune-entities', { ids: unmentioned });
  tally.events -= Number(events?.happened ?? 0);
  tally.entities -= Number(entities?.pruned ?? 0);
}
