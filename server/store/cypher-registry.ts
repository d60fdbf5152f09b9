/**
 * Every Cypher statement the app runs, loaded once from `cypher/` at start. A statement
 * lives in `cypher/<folder>/<name>.cypher`; an engine may override one with
 * `cypher/<engine>/<folder>/<name>.cypher` where the common subset of Neo4j 5 and the embedded
 * engine does not reach. A missing file stops start rather than failing the first request
 * that needs it. Schema statements are every file in `cypher/schema/` and
 * `cypher/<engine>/schema/`, run in name order when a store opens.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, ErrorCode } from '../errors/index.ts';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

export const QUERY_NAMES = [
  'write/lock-graph',
  'write/find-article',
  'write/find-articles-by-url',
  'write/find-articles-by-key',
  'write/find-article-footprint',
  'write/retract-mentions',
  'write/retract-event-reports',
  'write/delete-article',
  'write/release-relations',
  'write/prune-events',
  'write/prune-entities',
  'write/find-entities',
  'write/find-events',
  'write/find-supported-relations',
  'write/upsert-article',
  'write/upsert-entities',
  'write/add-search-terms',
  'write/move-search-terms',
  'write/raise-heads',
  'write/upsert-events',
  'write/add-participants',
  'write/place-events',
  'write/create-relations',
  'write/update-relations',
  'write/create-mentions',
  'write/adjust-entities',
  'write/adjust-counts',
  'read/search-heads',
  'read/search-exact',
  'read/search-in-slots',
  'read/search-near',
  'read/get-entities',
  'read/expand-frontier',
  'read/relations-among',
  'read/busiest-entities',
  'read/relation-evidence',
  'read/find-mediators',
  'read/relation-articles',
  'read/count-graph',
  'read/get-meta',
  'read/list-events-involving',
  'read/list-events-in-months',
  'read/list-events-of-kind',
  'read/get-events',
  'read/get-event-sketches',
  'read/entity-profile',
  'read/get-articles',
  'read/events-among',
  'read/get-relations',
  'read/ping',
  'migrate/entities',
  'migrate/events',
  'migrate/drop-terms',
  'migrate/drop-heads',
  'migrate/entity-keys',
  'migrate/mention-sources',
  'migrate/relation-sources',
  'migrate/counts',
  'migrate/first-day',
  'migrate/max-degree',
  'migrate/meta',
  // Corrections and saved investigations (correction-store.ts, investigation-store.ts).
  'read/list-corrections',
  'write/insert-correction',
  'write/get-correction',
  'write/undo-correction',
  'write/active-corrections',
  'write/note-correction-articles',
  'write/get-article-extractions',
  'write/articles-of-fact',
  'write/articles-mentioning',
  'write/entities-by-key',
  'write/set-entity',
  'write/save-investigation',
  'write/delete-investigation',
  'read/list-investigations',
  'read/get-investigation',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];
export type EngineKind = 'embedded' | 'neo4j';
export type QueryRegistry = Readonly<Record<QueryName, string>> & {
  readonly schema: readonly string[];
};

export function loadQueries(engine: EngineKind, dir: string = CYPHER_DIR): QueryRegistry {
  const entries = QUERY_NAMES.map((name) => {
    const specific = path.join(dir, engine, `${name}.cypher`);
    const shared = path.join(dir, `${name}.cypher`);
    const file = existsSync(specific) ? specific : shared;
    if (!existsSync(file)) {
      throw new AppError(
        ErrorCode.MISSING_QUERY,
        `Missing Cypher statement ${name}: expected ${shared}`,
      );
    }
    return [name, readFileSync(file, 'utf8').trim()] as const;
  });
  const schema = [path.join(dir, 'schema'), path.join(dir, engine, 'schema')]
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((file) => file.endsWith('.cypher'))
        .map((file) => path.join(folder, file)),
    )
    .sort((a, b) => path.basename(a).localeCompare(path.basename(b)))
    .map((file) => readFileSync(file, 'utf8').trim());
  return Object.freeze({ ...(Object.fromEntries(entries) as Record<QueryName, string>), schema });
}
