/**
 * The GraphStore built once on top of any CypherEngine: both adapters run the same
 * statements from `cypher/` through this class, so the embedded store and Neo4j differ only
 * in how a statement reaches its engine and how values come back.
 */
import {
  foldText,
  validateExtraction,
  type EventStatus,
  type Extraction,
  type NodeType,
  type RelationType,
} from '../domain/index.ts';
import { AppError, ErrorCode } from '../errors/index.ts';
import { rankMatches, searchPieces } from '../search/index.ts';
import type { CypherEngine, Row, Run } from './cypher-engine.ts';
import type { QueryName, QueryRegistry } from './cypher-registry.ts';
import type {
  ArticleSummary,
  EntityProfile,
  EntitySummary,
  EventQuery,
  EventRecord,
  EvidenceRecord,
  GraphEdgeRecord,
  GraphNodeRecord,
  GraphStats,
  GraphStore,
  MediationQuery,
  MediationRecord,
  NeighborhoodQuery,
  PathQuery,
  PathRecord,
  SubgraphRecord,
  TimeWindow,
  WriteResult,
} from './graph-store.ts';
import { orientedEnds, parseRelationKey, relationKey } from './relation-key.ts';
import { byLed, byPublication, byRole, byWeight, sortedStrings } from './stable-order.ts';

const toNode = ({
  entity,
  degree,
  sources,
}: {
  entity: EntitySummary;
  degree: number;
  sources: number;
}): GraphNodeRecord => ({ id: entity.id, label: entity.name, type: entity.type, degree, sources });

const toEdge = (row: Row): GraphEdgeRecord => ({
  id: String(row.key),
  type: row.type as RelationType,
  source: String(row.source),
  target: String(row.target),
  date: (row.date as string | null) ?? null,
  event: (row.event as string | null) ?? null,
});

/** A mention's or a report's row; Neo4j drops a property set to null, so the phrase may lack. */
const toEvidence = (row: Row): EvidenceRecord => ({
  sentence: String(row.sentence),
  phrase:
    row.phraseStart == null || row.phraseEnd == null
      ? null
      : { start: Number(row.phraseStart), end: Number(row.phraseEnd) },
  article: row.article as EvidenceRecord['article'],
});

/** Candidates a search ranks: the busiest that share most pieces with the query. */
const SEARCH_CANDIDATES = 200;

/** What a header says of an article; a change in any of them rewrites the stored article. */
const HEADER_FIELDS = ['title', 'url', 'published', 'source', 'key'] as const;

export class CypherGraphStore implements GraphStore {
  readonly kind: CypherEngine['kind'];
  readonly #engine: CypherEngine;
  readonly #queries: QueryRegistry;

  private constructor(engine: CypherEngine, queries: QueryRegistry) {
    this.kind = engine.kind;
    this.#engine = engine;
    this.#queries = queries;
  }

  /** Opens the store and makes sure its constraints and indexes exist. */
  static async create(engine: CypherEngine, queries: QueryRegistry): Promise<CypherGraphStore> {
    const store = new CypherGraphStore(engine, queries);
    // Schema statements may not share a transaction with data writes on Neo4j: one each.
    for (const statement of queries.schema) await engine.write((run) => run(statement));
    return store;
  }

  #read(name: QueryName, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.#engine.read(this.#queries[name], params);
  }

  async writeExtraction(x: Extraction): Promise<WriteResult> {
    const q = this.#queries;
    validateExtraction(x);
    const article = { ...x.article, key: x.article.key ?? null };
    return this.#engine.write(async (run) => {
      const [stored] = await run(q['write/find-article'], { id: article.id });
      // The same text again changes nothing, unless its header was corrected: then what the
      // article says is read anew (a new publication day moves its relative dates).
      if (stored && HEADER_FIELDS.every((f) => (stored[f] ?? null) === article[f])) {
        return { article: article.id, written: false, replaced: [] };
      }
      if (stored) await this.#retract(run, article.id);
      const superseded = await run(q['write/find-superseded-articles'], {
        id: article.id,
        url: article.url,
        key: article.key,
      });
      const replaced = superseded.map((row) => String(row.id));
      for (const old of replaced) await this.#retract(run, old);

      await run(q['write/upsert-article'], { article });
      await run(q['write/upsert-entities'], {
        article: article.id,
        rows: x.entities.map((e) => ({
          id: e.id,
          name: e.name,
          type: e.type,
          aliases: e.aliases,
          keys: [...new Set([e.name, ...e.aliases].map(foldText))],
        })),
      });
      await run(q['write/upsert-events'], {
        article: article.id,
        // Planned, offered, denied and disputed events are stored too, with their status: reads
        // answer with what happened unless asked for the rest.
        rows: x.events.map((e) => ({
          id: e.id,
          kind: e.kind,
          status: e.status ?? 'happened',
          date: e.date?.value ?? null,
          precision: e.date?.precision ?? null,
          place: e.place,
          participants: e.participants,
          sentence: e.evidence.sentence,
          start: e.evidence.start,
          end: e.evidence.end,
          phraseStart: e.evidence.phrase?.start ?? null,
          phraseEnd: e.evidence.phrase?.end ?? null,
        })),
      });
      const relations = x.relations.map((r) => {
        const [source, target] = orientedEnds(r);
        return { rel: r, key: relationKey(r), source, target };
      });
      await run(q['write/upsert-relations'], {
        rows: relations.map(({ rel, key, source, target }) => ({
          type: rel.type,
          key,
          source,
          target,
          props: {
            date: rel.date?.value ?? null,
            precision: rel.date?.precision ?? null,
            place: rel.place,
            cameo: rel.cameo,
            role: rel.role ?? null,
            event: rel.event ?? null,
          },
        })),
      });
      await run(q['write/upsert-mentions'], {
        article: article.id,
        rows: relations.map(({ rel, key }) => ({
          id: `${key}#${article.id}#${rel.evidence.start}`,
          relation: key,
          sentence: rel.evidence.sentence,
          start: rel.evidence.start,
          end: rel.evidence.end,
          phraseStart: rel.evidence.phrase?.start ?? null,
          phraseEnd: rel.evidence.phrase?.end ?? null,
        })),
      });
      return { article: article.id, written: true, replaced };
    });
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.#engine.write(async (run) => {
      if ((await run(this.#queries['write/find-article'], { id })).length === 0) return false;
      await this.#retract(run, id);
      return true;
    });
  }

  /** Removes what one article said, and whatever nothing else supports any more. */
  async #retract(run: Run, articleId: string): Promise<void> {
    const q = this.#queries;
    const [footprint] = await run(q['write/find-article-footprint'], { id: articleId });
    await run(q['write/retract-mentions'], { id: articleId });
    await run(q['write/retract-event-reports'], { id: articleId });
    await run(q['write/delete-article'], { id: articleId });
    await run(q['write/prune-relations'], { keys: footprint?.relations ?? [] });
    await run(q['write/prune-events'], { ids: footprint?.events ?? [] });
    await run(q['write/prune-entities'], { ids: footprint?.entities ?? [] });
  }

  async search(
    text: string,
    options: { types?: NodeType[] | null; first?: number } = {},
  ): Promise<EntitySummary[]> {
    const { grams, minHits } = searchPieces(text);
    if (!grams.length) return [];
    const first = options.first ?? 10;
    const rows = await this.#read('read/search-entities', {
      grams,
      minHits,
      types: options.types?.length ? options.types : null,
      // Enough near matches for the ranking to bring the best to the top.
      candidates: Math.max(SEARCH_CANDIDATES, first * 4),
    });
    return rankMatches(
      text,
      rows.map((row) => ({
        entity: row.entity as EntitySummary,
        keys: (row.keys as string[] | null) ?? [],
        degree: Number(row.degree),
      })),
      first,
    );
  }

  async entities(ids: readonly string[]): Promise<(EntitySummary | null)[]> {
    const found = await this.#nodes(ids);
    return ids.map((id) => found.get(id)?.entity ?? null);
  }

  async articles(ids: readonly string[]): Promise<(ArticleSummary | null)[]> {
    const rows = await this.#read('read/get-articles', { ids: [...new Set(ids)] });
    const byId = new Map(
      rows.map((row) => [(row.article as ArticleSummary).id, row.article as ArticleSummary]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  async #nodes(
    ids: readonly string[],
  ): Promise<Map<string, { entity: EntitySummary; degree: number; sources: number }>> {
    const rows = await this.#read('read/get-entities', { ids: [...new Set(ids)] });
    return new Map(
      rows.map((row) => {
        const entity = row.entity as EntitySummary;
        return [entity.id, { entity, degree: Number(row.degree), sources: Number(row.sources) }];
      }),
    );
  }

  /** One hop out of `ids`: each row an edge from a frontier entity to a neighbour. */
  async #expand(
    ids: string[],
    types: RelationType[] | null,
    window: TimeWindow,
    limit: number,
  ): Promise<{ origin: string; neighbour: string; key: string }[]> {
    const rows = await this.#read('read/expand-frontier', {
      ids,
      types,
      from: window.from ?? null,
      to: window.to ?? null,
      limit,
    });
    return rows.map((row) => ({
      origin: String(row.origin),
      neighbour: String(row.neighbour),
      key: String(row.key),
    }));
  }

  async neighborhood({
    id,
    depth,
    types,
    first,
    from,
    to,
  }: NeighborhoodQuery): Promise<SubgraphRecord> {
    const typeFilter = types?.length ? types : null;
    const window = { from, to };
    const visited = new Set([id]);
    let frontier = [id];
    let truncated = false;
    for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
      // Enough rows to fill the cap and to notice that there were more.
      const rows = await this.#expand(frontier, typeFilter, window, (first + 1) * 20);
      const next: string[] = [];
      for (const { neighbour } of rows) {
        if (visited.has(neighbour)) continue;
        if (visited.size >= first) {
          truncated = true;
          break;
        }
        visited.add(neighbour);
        next.push(neighbour);
      }
      frontier = next;
    }
    const subgraph = await this.#subgraph([...visited], typeFilter, window, truncated);
    if (!subgraph.nodes.some((n) => n.id === id)) {
      throw new AppError(ErrorCode.NOT_FOUND, `No entity with id "${id}"`);
    }
    return subgraph;
  }

  async paths({ from, to, maxLength, types, first }: PathQuery): Promise<PathRecord> {
    const typeFilter = types?.length ? types : null;
    const known = await this.#nodes([from, to]);
    for (const end of [from, to]) {
      if (!known.has(end)) throw new AppError(ErrorCode.NOT_FOUND, `No entity with id "${end}"`);
    }
    // Breadth-first from `from`, remembering every parent on a shortest route, until `to`.
    const parents = new Map<string, { node: string; edge: string }[]>([[from, []]]);
    let frontier = [from];
    for (let hop = 0; hop < maxLength && frontier.length > 0 && !parents.has(to); hop++) {
      const rows = await this.#expand(frontier, typeFilter, {}, 100_000);
      const reached = new Map<string, { node: string; edge: string }[]>();
      for (const { origin, neighbour, key } of rows) {
        if (parents.has(neighbour)) continue;
        const list = reached.get(neighbour) ?? [];
        list.push({ node: origin, edge: key });
        reached.set(neighbour, list);
      }
      for (const [node, list] of reached) parents.set(node, list);
      frontier = [...reached.keys()];
    }
    const paths: PathRecord['paths'] = [];
    let truncated = false;
    const walk = (node: string, nodes: string[], edges: string[]): void => {
      if (paths.length >= first) {
        truncated = true;
        return;
      }
      if (node === from) {
        paths.push({ nodes: [from, ...nodes], edges });
        return;
      }
      for (const parent of parents.get(node) ?? [])
        walk(parent.node, [node, ...nodes], [parent.edge, ...edges]);
    };
    if (from !== to && parents.has(to)) walk(to, [], []);
    const nodeIds = [...new Set(paths.flatMap((p) => p.nodes))];
    const edgeIds = new Set(paths.flatMap((p) => p.edges));
    const subgraph = await this.#subgraph(nodeIds, typeFilter, {}, truncated);
    return {
      paths,
      subgraph: { ...subgraph, edges: subgraph.edges.filter((e) => edgeIds.has(e.id)) },
    };
  }

  async overview(first: number): Promise<SubgraphRecord> {
    const rows = await this.#read('read/busiest-entities', { first: first + 1 });
    const ids = rows.map((row) => String(row.id));
    return this.#subgraph(ids.slice(0, first), null, {}, ids.length > first);
  }

  async #subgraph(
    ids: string[],
    types: RelationType[] | null,
    window: TimeWindow,
    truncated: boolean,
  ): Promise<SubgraphRecord> {
    const [nodes, edgeRows] = await Promise.all([
      this.#nodes(ids),
      this.#read('read/relations-among', {
        ids,
        types,
        from: window.from ?? null,
        to: window.to ?? null,
      }),
    ]);
    return {
      nodes: [...nodes.values()].map(toNode),
      edges: edgeRows.map(toEdge),
      truncated,
      window,
    };
  }

  async relationsByKey(keys: readonly string[]): Promise<SubgraphRecord> {
    const rows = [...new Set(keys)].flatMap((key) => {
      const ends = parseRelationKey(key);
      return ends ? [{ key, ...ends }] : [];
    });
    const edges = (await this.#read('read/get-relations', { rows })).map(toEdge);
    const nodes = await this.#nodes(edges.flatMap((e) => [e.source, e.target]));
    return { nodes: [...nodes.values()].map(toNode), edges, truncated: false };
  }

  async evidence(relationKeys: readonly string[]): Promise<EvidenceRecord[][]> {
    const rows = await this.#read('read/relation-evidence', { keys: [...new Set(relationKeys)] });
    const byKey = new Map<string, EvidenceRecord[]>();
    for (const row of rows) {
      const list = byKey.get(String(row.key)) ?? [];
      list.push(toEvidence(row));
      byKey.set(String(row.key), list);
    }
    return relationKeys.map((key) => byKey.get(key) ?? []);
  }

  async mediations({ between, level, from, to }: MediationQuery): Promise<MediationRecord[]> {
    const parties = [...new Set(between)];
    if (parties.length === 0) return [];
    const rows = await this.#read('read/find-mediators', {
      between: parties,
      fold: level === 'STATE',
      from: from ?? null,
      to: to ?? null,
    });
    return rows
      .map((row) => ({
        mediator: row.mediator as EntitySummary,
        parties: sortedStrings(row.parties as string[]),
        dates: sortedStrings([...new Set(row.dates as string[])]),
        relations: sortedStrings(row.keys as string[]),
        events: sortedStrings(row.events as string[]),
        sources: Number(row.sources),
      }))
      .sort(byWeight);
  }

  async events({
    involving,
    kinds,
    from,
    to,
    first,
    after,
    statuses,
  }: EventQuery): Promise<{ events: EventRecord[]; hasNext: boolean }> {
    const rows = await this.#read('read/list-events', {
      involving: involving?.length ? [...new Set(involving)] : null,
      statuses: statuses?.length ? [...statuses] : ['happened'],
      kinds: kinds?.length ? kinds : null,
      from: from ?? null,
      to: to ?? null,
      after: after ?? null,
      first: first + 1,
    });
    const ids = rows.slice(0, first).map((row) => String(row.id));
    const events = await this.eventsById(ids);
    return {
      events: events.filter((e): e is EventRecord => e !== null),
      hasNext: rows.length > first,
    };
  }

  async eventsById(ids: readonly string[]): Promise<(EventRecord | null)[]> {
    const rows = await this.#read('read/get-events', { ids: [...new Set(ids)] });
    const byId = new Map(
      rows.map((row) => {
        const event = row.event as Omit<EventRecord, 'reports'> & { reports: Row[] };
        const reports = event.reports.map(toEvidence);
        reports.sort((a, b) => byPublication(a.article, b.article));
        return [
          String(event.id),
          { ...event, participants: event.participants.sort(byRole), reports },
        ];
      }),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  async eventsAmong(
    ids: readonly string[],
    window: TimeWindow,
    first: number,
    statuses?: readonly EventStatus[] | null,
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.#read('read/events-among', {
      ids: [...new Set(ids)],
      statuses: statuses?.length ? [...statuses] : ['happened'],
      from: window.from ?? null,
      to: window.to ?? null,
      first,
    });
    return rows.map((row) => String(row.id));
  }

  async profile(id: string): Promise<EntityProfile | null> {
    const [row] = await this.#read('read/entity-profile', { id });
    if (!row) return null;
    const counts = new Map<RelationType, number>();
    for (const type of row.relationTypes as RelationType[])
      counts.set(type, (counts.get(type) ?? 0) + 1);
    return {
      relationCounts: [...counts]
        .map(([type, count]) => ({ type, count }))
        .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
      roles: (row.roles as EntityProfile['roles']).sort(byLed),
      articles: (row.articles as EntityProfile['articles']).sort(byPublication),
    };
  }

  async stats(): Promise<GraphStats> {
    const [row] = await this.#read('read/count-graph');
    return {
      entities: Number(row?.entities ?? 0),
      relations: Number(row?.relations ?? 0),
      events: Number(row?.events ?? 0),
      articles: Number(row?.articles ?? 0),
    };
  }

  async ping(): Promise<void> {
    await this.#read('read/ping');
  }

  close(): Promise<void> {
    return this.#engine.close();
  }
}
