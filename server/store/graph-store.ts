/**
 * The GraphStore port: everything the app asks of its graph, in the words of the domain.
 * Adapters (embedded, Neo4j) implement it; the API, the ingest path and the contract suite
 * know nothing else. Results are plain objects; no driver type crosses this line.
 */
import type { Extraction, NodeType, RelationType, EntityType } from '../domain/index.ts';

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
}

export interface GraphEdgeRecord {
  /** The relation's key: one per real-world fact. */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
}

export interface SubgraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

export interface EvidenceRecord {
  sentence: string;
  article: ArticleSummary;
}

export interface MediationRecord {
  mediator: EntitySummary;
  parties: string[];
  dates: string[];
  relations: string[];
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
  /** Earlier versions of the article (same URL or file) whose statements were replaced. */
  replaced: string[];
}

export interface NeighborhoodQuery {
  id: string;
  depth: number;
  types: RelationType[] | null;
  /** Cap on nodes; the subgraph says `truncated` when it cut. */
  first: number;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Writes one article's extraction in one transaction: all of it or none. */
  writeExtraction(extraction: Extraction): Promise<WriteResult>;
  search(text: string, options?: { types?: NodeType[] | null; first?: number }): Promise<EntitySummary[]>;
  entities(ids: readonly string[]): Promise<(EntitySummary | null)[]>;
  neighborhood(query: NeighborhoodQuery): Promise<SubgraphRecord>;
  overview(first: number): Promise<SubgraphRecord>;
  evidence(relationKeys: readonly string[]): Promise<EvidenceRecord[][]>;
  mediations(between: readonly string[]): Promise<MediationRecord[]>;
  stats(): Promise<GraphStats>;
  close(): Promise<void>;
}
