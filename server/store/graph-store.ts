/**
 * The GraphStore port: everything the app asks of its graph, in the words of the domain.
 * Adapters (embedded, Neo4j) implement it; the API, the ingest path and the contract suite
 * know nothing else. Results are plain objects; no driver type crosses this line.
 */
import type {
  CorrectionKind,
  CorrectionNote,
  CorrectionRecord,
  CorrectionSpec,
} from '../corrections/index.ts';
import type {
  ArticleRecord,
  Extraction,
  EventStatus,
  NodeType,
  RelationType,
  EntityType,
} from '../domain/index.ts';
import type {
  InvestigationInput,
  InvestigationRecord,
  InvestigationSummary,
} from './investigation-store.ts';

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  source: string | null;
}

export interface GraphNodeRecord {
  id: string;
  label: string;
  type: NodeType;
  /** Relations the node has in the whole graph, not only in this subgraph. */
  degree: number;
  /** Articles that mention the node: how widely it is reported. */
  sources: number;
}

export interface GraphEdgeRecord {
  /** The relation's key: one per real-world fact. */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  /** Id of the event the fact belongs to, where the text ties it to one. */
  event: string | null;
  /** Articles that state the fact, kept at write time. */
  sources: number;
}

export interface SubgraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
  /** The time window the subgraph was cut to, so its events can be cut the same way. */
  window?: TimeWindow;
}

export interface EvidenceRecord {
  sentence: string;
  /** Offsets within `sentence` of the words that state the fact; null where none were kept. */
  phrase: { start: number; end: number } | null;
  article: ArticleSummary;
}

export interface MediationRecord {
  mediator: EntitySummary;
  parties: string[];
  dates: string[];
  /** Keys of the MEDIATED relations behind the answer. */
  relations: string[];
  events: string[];
  /** Articles behind the MEDIATED relations: with the events, the weight of the answer. */
  sources: number;
}

export interface GraphStats {
  entities: number;
  relations: number;
  events: number;
  articles: number;
}

export interface WriteResult {
  article: string;
  /** False when the very same article text was already stored: nothing was written. */
  written: boolean;
  /** Earlier versions of the article (same URL or sender's id) whose statements were replaced. */
  replaced: string[];
}

/** A time window over fact dates, each bound an ISO prefix (`2022`, `2022-08`, `2022-08-15`). */
export interface TimeWindow {
  from?: string | null;
  to?: string | null;
}

export interface NeighborhoodQuery extends TimeWindow {
  id: string;
  depth: number;
  types: RelationType[] | null;
  /** Cap on nodes; the subgraph says `truncated` when it cut. */
  first: number;
}

export interface PathQuery {
  from: string;
  to: string;
  maxLength: number;
  types: RelationType[] | null;
  /** Cap on the number of shortest paths returned. */
  first: number;
}

export interface PathRecord {
  /** Every shortest path found, as entity ids from `from` to `to`, with the edges between. */
  paths: { nodes: string[]; edges: string[] }[];
  subgraph: SubgraphRecord;
}

export interface MediationQuery extends TimeWindow {
  between: readonly string[];
  /** Fold people into what they lead, for parties and mediators alike. */
  level: 'PERSON' | 'STATE';
}

export interface EventQuery extends TimeWindow {
  involving?: readonly string[] | null;
  /** What became of the events to list; by default only those that happened. */
  statuses?: readonly EventStatus[] | null;
  kinds?: readonly string[] | null;
  first: number;
  /** The `[date, id]` of the last event already seen. */
  after?: [string, string] | null;
}

export interface ParticipantRecord {
  entity: string;
  role: string;
}

export interface EventRecord {
  id: string;
  kind: string;
  status: EventStatus;
  date: string | null;
  precision: string | null;
  place: string | null;
  participants: ParticipantRecord[];
  reports: EvidenceRecord[];
}

/** An event as a subgraph draws it: the articles that report it, without their sentences. */
export interface EventSketch extends Omit<EventRecord, 'reports'> {
  /** Ids of the reporting articles, oldest first, as an EventRecord's reports. */
  articles: string[];
}

/** An event as the API serves it: whole, or sketched for a subgraph. */
export type EventView = EventRecord | EventSketch;

export interface RoleRecord {
  title: string | null;
  /** Id of what is led. */
  of: string;
}

export interface EntityProfile {
  relationCounts: { type: RelationType; count: number }[];
  roles: RoleRecord[];
  articles: ArticleSummary[];
}

export type { InvestigationInput, InvestigationRecord, InvestigationSummary };

export interface CorrectionQuery {
  active?: boolean | null;
  kinds?: readonly CorrectionKind[] | null;
  first: number;
}

/** An article's id (its text's hash) and what its header says. */
export type ArticleHeader = Pick<
  ArticleRecord,
  'id' | 'title' | 'url' | 'published' | 'source' | 'key'
>;

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /**
   * Writes one article's extraction in one transaction: all of it or none. It replaces the
   * stored articles with the same URL or the same sender's id, and the same text stored under
   * another header; the same text under the same header writes nothing.
   */
  writeExtraction(extraction: Extraction): Promise<WriteResult>;
  /** Retracts one article and whatever only it supported; false when there is none. */
  deleteArticle(id: string): Promise<boolean>;
  /**
   * Whether the article with this id (its text's hash) is stored under this very header, so
   * that writing it again would change nothing: a resumed ingest skips it unextracted.
   */
  holdsArticle(article: ArticleHeader): Promise<boolean>;
  search(
    text: string,
    options?: { types?: NodeType[] | null; first?: number },
  ): Promise<EntitySummary[]>;
  entities(ids: readonly string[]): Promise<(EntitySummary | null)[]>;
  articles(ids: readonly string[]): Promise<(ArticleSummary | null)[]>;
  neighborhood(query: NeighborhoodQuery): Promise<SubgraphRecord>;
  overview(first: number): Promise<SubgraphRecord>;
  evidence(relationKeys: readonly string[]): Promise<EvidenceRecord[][]>;
  /** The relations with these keys, with the entities at their ends; unknown keys are skipped. */
  relationsByKey(keys: readonly string[]): Promise<SubgraphRecord>;
  mediations(query: MediationQuery): Promise<MediationRecord[]>;
  /** Events in date order, one page; `hasNext` says whether another page follows. */
  events(query: EventQuery): Promise<{ events: EventRecord[]; hasNext: boolean }>;
  eventsById(ids: readonly string[]): Promise<(EventRecord | null)[]>;
  /** The events with these ids as a subgraph draws them; null for an unknown id. */
  eventSketches(ids: readonly string[]): Promise<(EventSketch | null)[]>;
  /**
   * The events any of `ids` took part in, inside the window, at most `first`, in id order, as
   * a subgraph draws them; only those that happened unless `statuses` says otherwise.
   */
  eventsAmong(
    ids: readonly string[],
    window: TimeWindow,
    first: number,
    statuses?: readonly EventStatus[] | null,
  ): Promise<EventSketch[]>;
  /** Null for an unknown id. */
  profile(id: string): Promise<EntityProfile | null>;
  /** The shortest paths between two entities; none when they are further apart than maxLength. */
  paths(query: PathQuery): Promise<PathRecord>;
  stats(): Promise<GraphStats>;
  /**
   * Records a correction and makes it hold in one transaction: the articles it touches are
   * written again with it applied, and so is every article written while it is active.
   */
  correct(spec: CorrectionSpec, note: CorrectionNote): Promise<CorrectionRecord>;
  /** Switches a correction off; what it changed reads again as the articles say. */
  undoCorrection(id: string, note: CorrectionNote): Promise<CorrectionRecord>;
  /** The audit trail, newest first. */
  corrections(query: CorrectionQuery): Promise<CorrectionRecord[]>;
  saveInvestigation(input: InvestigationInput): Promise<InvestigationRecord>;
  investigations(first: number): Promise<InvestigationSummary[]>;
  investigation(id: string): Promise<InvestigationRecord | null>;
  /** False when there is no such investigation. */
  deleteInvestigation(id: string): Promise<boolean>;
  /** Resolves once the engine has run a query: whether the store can be reached at all. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
