/**
 * Subgraphs, the shape the explorer draws: a neighbourhood walked hop by hop from one entity,
 * every shortest path between two, the busiest entities, or the relations named by their
 * keys; each with its nodes (degree and sources kept at write time) and the relations among
 * them. Each walk reads from the entities it is about, never from the whole store.
 */
import type { RelationType } from '../domain/index.ts';
import { AppError, ErrorCode } from '../errors/index.ts';
import type { Row } from './cypher-engine.ts';
import type { QueryName } from './cypher-registry.ts';
import { dayBounds } from './date-window.ts';
import type {
  EntitySummary,
  GraphEdgeRecord,
  GraphNodeRecord,
  NeighborhoodQuery,
  PathQuery,
  PathRecord,
  SubgraphRecord,
  TimeWindow,
} from './graph-store.ts';
import { parseRelationKey } from './relation-key.ts';
import { shortestPaths } from './shortest-paths.ts';

type Read = (name: QueryName, params?: Record<string, unknown>) => Promise<Row[]>;

export const toNode = ({
  entity,
  degree,
  sources,
}: {
  entity: EntitySummary;
  degree: number;
  sources: number;
}): GraphNodeRecord => ({ id: entity.id, label: entity.name, type: entity.type, degree, sources });

export const toEdge = (row: Row): GraphEdgeRecord => ({
  id: String(row.key),
  type: row.type as RelationType,
  source: String(row.source),
  target: String(row.target),
  date: (row.date as string | null) ?? null,
  event: (row.event as string | null) ?? null,
  sources: Number(row.sources ?? 0),
});

export class SubgraphReader {
  readonly #read: Read;

  constructor(read: Read) {
    this.#read = read;
  }

  async nodes(
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
      ...dayBounds(window),
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
    const { paths, truncated } = await shortestPaths(from, to, maxLength, first, (frontier) =>
      this.#expand(frontier, typeFilter, {}, 100_000),
    );
    // The ends are read with the route's nodes, so an unknown end costs no read of its own.
    const nodeIds = [...new Set([from, to, ...paths.flatMap((p) => p.nodes)])];
    const edgeIds = new Set(paths.flatMap((p) => p.edges));
    const subgraph = await this.#subgraph(nodeIds, typeFilter, {}, truncated);
    for (const end of [from, to]) {
      if (!subgraph.nodes.some((n) => n.id === end)) {
        throw new AppError(ErrorCode.NOT_FOUND, `No entity with id "${end}"`);
      }
    }
    const onRoutes = new Set(paths.flatMap((p) => p.nodes));
    return {
      paths,
      subgraph: {
        ...subgraph,
        nodes: subgraph.nodes.filter((n) => onRoutes.has(n.id)),
        edges: subgraph.edges.filter((e) => edgeIds.has(e.id)),
      },
    };
  }

  async overview(first: number): Promise<SubgraphRecord> {
    // Down from the highest degree ever kept, one band of degrees at a time, each twice as wide
    // as the one before, until more than `first` entities have come back.
    const [meta] = await this.#read('read/get-meta');
    const rows: Row[] = [];
    let top = Number(meta?.maxDegree ?? 0);
    for (let width = 8; top >= 0 && rows.length <= first; width *= 2) {
      const min = Math.max(0, top - width + 1);
      rows.push(
        ...(await this.#read('read/busiest-entities', {
          top,
          min,
          first: first + 1 - rows.length,
        })),
      );
      top = min - 1;
    }
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
      this.nodes(ids),
      this.#read('read/relations-among', {
        ids,
        types,
        ...dayBounds(window),
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
    const nodes = await this.nodes(edges.flatMap((e) => [e.source, e.target]));
    return { nodes: [...nodes.values()].map(toNode), edges, truncated: false };
  }
}
