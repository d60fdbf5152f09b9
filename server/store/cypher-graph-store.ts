/**
 * The GraphStore built once on top of any CypherEngine: both adapters run the same
 * statements from `cypher/` through this class, so the embedded store and Neo4j differ only
 * in how a statement reaches its engine and how values come back.
 */
import type { CorrectionNote, CorrectionRecord, CorrectionSpec } from '../corrections/index.ts';
import {
  foldText,
  validateExtraction,
  type EventStatus,
  type Extraction,
  type NodeType,
  type RelationType,
} from '../domain/index.ts';
import { deleteArticle, holdsAsIs, writeArticle } from './article-writer.ts';
import type { CypherEngine, Row } from './cypher-engine.ts';
import type { QueryName, QueryRegistry } from './cypher-registry.ts';
import { dayBounds } from './date-window.ts';
import { ensureDerivedData } from './derived-data.ts';
import { EventReader } from './event-reader.ts';
import { toEvidence } from './evidence-rows.ts';
import { SubgraphReader } from './subgraph-reader.ts';
import type {
  ArticleHeader,
  ArticleSummary,
  CorrectionQuery,
  EntityProfile,
  EntitySummary,
  EventQuery,
  EventRecord,
  EventSketch,
  EvidenceRecord,
  GraphStats,
  GraphStore,
  InvestigationInput,
  InvestigationRecord,
  InvestigationSummary,
  MediationQuery,
  MediationRecord,
  NeighborhoodQuery,
  PathQuery,
  PathRecord,
  SubgraphRecord,
  TimeWindow,
  WriteResult,
} from './graph-store.ts';
import { makeCorrection, undoCorrection } from './correction-store.ts';
import { searchEntities } from './entity-search.ts';
import { saveInvestigation } from './investigation-store.ts';
import { byLed, byPublication, byWeight, sortedStrings } from './stable-order.ts';

export class CypherGraphStore implements GraphStore {
  readonly kind: CypherEngine['kind'];
  readonly #engine: CypherEngine;
  readonly #queries: QueryRegistry;
  readonly #subgraphs: SubgraphReader;
  readonly #events: EventReader;

  private constructor(engine: CypherEngine, queries: QueryRegistry) {
    this.kind = engine.kind;
    this.#engine = engine;
    this.#queries = queries;
    this.#subgraphs = new SubgraphReader((name, params) => this.#read(name, params));
    this.#events = new EventReader((name, params) => this.#read(name, params));
  }

  /** Opens the store: its constraints and indexes exist, and its derived data is current. */
  static async create(engine: CypherEngine, queries: QueryRegistry): Promise<CypherGraphStore> {
    const store = new CypherGraphStore(engine, queries);
    // Schema statements may not share a transaction with data writes on Neo4j: one each.
    for (const statement of queries.schema) await engine.write((run) => run(statement));
    await ensureDerivedData(engine, queries);
    return store;
  }

  #read(name: QueryName, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.#engine.read(this.#queries[name], params);
  }

  async writeExtraction(x: Extraction): Promise<WriteResult> {
    validateExtraction(x);
    return this.#engine.write((run) => writeArticle(run, this.#queries, x));
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.#engine.write((run) => deleteArticle(run, this.#queries, id));
  }

  async holdsArticle(article: ArticleHeader): Promise<boolean> {
    const [stored] = await this.#read('write/find-article', { id: article.id });
    return stored !== undefined && holdsAsIs(stored, article);
  }

  correct(spec: CorrectionSpec, note: CorrectionNote): Promise<CorrectionRecord> {
    return this.#engine.write((run) => makeCorrection(run, this.#queries, spec, note));
  }

  undoCorrection(id: string, note: CorrectionNote): Promise<CorrectionRecord> {
    return this.#engine.write((run) => undoCorrection(run, this.#queries, id, note));
  }

  async corrections({ active, kinds, first }: CorrectionQuery): Promise<CorrectionRecord[]> {
    const rows = await this.#read('read/list-corrections', {
      active: active ?? null,
      kinds: kinds?.length ? kinds : null,
      first,
    });
    return rows.map((row) => row.correction as CorrectionRecord);
  }

  saveInvestigation(input: InvestigationInput): Promise<InvestigationRecord> {
    return this.#engine.write((run) => saveInvestigation(run, this.#queries, input));
  }

  async investigations(first: number): Promise<InvestigationSummary[]> {
    const rows = await this.#read('read/list-investigations', { first });
    return rows.map((row) => row.investigation as InvestigationSummary);
  }

  async investigation(id: string): Promise<InvestigationRecord | null> {
    const [row] = await this.#read('read/get-investigation', { id });
    return (row?.investigation as InvestigationRecord | undefined) ?? null;
  }

  deleteInvestigation(id: string): Promise<boolean> {
    return this.#engine.write(async (run) => {
      const [row] = await run(this.#queries['write/delete-investigation'], { id });
      return Number(row?.deleted ?? 0) > 0;
    });
  }

  async search(
    text: string,
    options: { types?: NodeType[] | null; first?: number } = {},
  ): Promise<EntitySummary[]> {
    const q = foldText(text);
    if (!q) return [];
    return searchEntities(
      (name, params) => this.#read(name, params),
      q,
      options.types?.length ? options.types : null,
      options.first ?? 10,
    );
  }

  async entities(ids: readonly string[]): Promise<(EntitySummary | null)[]> {
    const found = await this.#subgraphs.nodes(ids);
    return ids.map((id) => found.get(id)?.entity ?? null);
  }

  async articles(ids: readonly string[]): Promise<(ArticleSummary | null)[]> {
    const rows = await this.#read('read/get-articles', { ids: [...new Set(ids)] });
    const byId = new Map(
      rows.map((row) => [(row.article as ArticleSummary).id, row.article as ArticleSummary]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  neighborhood(query: NeighborhoodQuery): Promise<SubgraphRecord> {
    return this.#subgraphs.neighborhood(query);
  }

  paths(query: PathQuery): Promise<PathRecord> {
    return this.#subgraphs.paths(query);
  }

  overview(first: number): Promise<SubgraphRecord> {
    return this.#subgraphs.overview(first);
  }

  relationsByKey(keys: readonly string[]): Promise<SubgraphRecord> {
    return this.#subgraphs.relationsByKey(keys);
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
      ...dayBounds({ from, to }),
    });
    const articles = await this.#relationArticles(rows.flatMap((row) => row.keys as string[]));
    return rows
      .map((row) => {
        const relations = sortedStrings(row.keys as string[]);
        return {
          mediator: row.mediator as EntitySummary,
          parties: sortedStrings(row.parties as string[]),
          dates: sortedStrings([...new Set(row.dates as string[])]),
          relations,
          events: sortedStrings(row.events as string[]),
          sources: new Set(relations.flatMap((key) => articles.get(key) ?? [])).size,
        };
      })
      .sort(byWeight);
  }

  /** The ids of the articles behind each relation key. */
  async #relationArticles(keys: readonly string[]): Promise<Map<string, string[]>> {
    const articles = new Map<string, string[]>();
    if (keys.length === 0) return articles;
    for (const row of await this.#read('read/relation-articles', { keys: [...new Set(keys)] })) {
      const list = articles.get(String(row.key)) ?? [];
      list.push(String(row.article));
      articles.set(String(row.key), list);
    }
    return articles;
  }

  async events(query: EventQuery): Promise<{ events: EventRecord[]; hasNext: boolean }> {
    const { ids, hasNext } = await this.#events.page(query);
    const events = await this.eventsById(ids);
    return { events: events.filter((e): e is EventRecord => e !== null), hasNext };
  }

  eventsById(ids: readonly string[]): Promise<(EventRecord | null)[]> {
    return this.#events.records(ids);
  }

  eventSketches(ids: readonly string[]): Promise<(EventSketch | null)[]> {
    return this.#events.sketches(ids);
  }

  eventsAmong(
    ids: readonly string[],
    window: TimeWindow,
    first: number,
    statuses?: readonly EventStatus[] | null,
  ): Promise<EventSketch[]> {
    return this.#events.among(ids, window, first, statuses);
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
