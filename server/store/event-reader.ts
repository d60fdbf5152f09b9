/**
 * Events as the API reads them: a page in date order (of every event, or of those involving
 * given entities), events by id with the reports that state them, and events sketched for a
 * subgraph, by id or among given entities within a window. Participants and reports leave in
 * one order (stable-order.ts) on every engine. The store (cypher-graph-store.ts) hands its event
 * reads to this class, as it hands subgraphs to SubgraphReader, so that each kind of read sits
 * with the rows it shapes.
 */
import type { EventStatus } from '../domain/index.ts';
import type { Row } from './cypher-engine.ts';
import type { QueryName } from './cypher-registry.ts';
import { dayBounds } from './date-window.ts';
import { eventPage } from './event-pages.ts';
import { toEvidence } from './evidence-rows.ts';
import type {
  ArticleSummary,
  EventQuery,
  EventRecord,
  EventSketch,
  TimeWindow,
} from './graph-store.ts';
import { byPublication, byRole } from './stable-order.ts';

type Read = (name: QueryName, params?: Record<string, unknown>) => Promise<Row[]>;

/** An event as a subgraph draws it: its reporting articles as ids, oldest first. */
const toSketch = (row: Row): EventSketch => {
  const event = row.event as Omit<EventSketch, 'articles'> & { articles: ArticleSummary[] };
  const articles = [...new Set(event.articles.sort(byPublication).map((a) => a.id))];
  return { ...event, participants: event.participants.sort(byRole), articles };
};

export class EventReader {
  readonly #read: Read;

  constructor(read: Read) {
    this.#read = read;
  }

  /** The ids of one page of events, and whether another page follows. */
  async page({
    involving,
    kinds,
    from,
    to,
    first,
    after,
    statuses,
  }: EventQuery): Promise<{ ids: string[]; hasNext: boolean }> {
    const page = {
      statuses: statuses?.length ? [...statuses] : ['happened'],
      kinds: kinds?.length ? kinds : null,
      ...dayBounds({ from, to }),
      after: after ?? null,
      rows: first + 1,
    };
    const rows = involving?.length
      ? await this.#read('read/list-events-involving', {
          ...page,
          involving: [...new Set(involving)],
          first: page.rows,
        })
      : await eventPage(
          (name, params) => this.#read(name, params),
          page,
          (await this.#read('read/get-meta'))[0] ?? {},
        );
    const ids = rows.slice(0, first).map((row) => String(row.id));
    return { ids, hasNext: rows.length > first };
  }

  async records(ids: readonly string[]): Promise<(EventRecord | null)[]> {
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

  async sketches(ids: readonly string[]): Promise<(EventSketch | null)[]> {
    const rows = await this.#read('read/get-event-sketches', { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((row) => [String((row.event as EventSketch).id), toSketch(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async among(
    ids: readonly string[],
    window: TimeWindow,
    first: number,
    statuses?: readonly EventStatus[] | null,
  ): Promise<EventSketch[]> {
    if (ids.length === 0) return [];
    const rows = await this.#read('read/events-among', {
      ids: [...new Set(ids)],
      statuses: statuses?.length ? [...statuses] : ['happened'],
      ...dayBounds(window),
      first,
    });
    return rows.map(toSketch);
  }
}
