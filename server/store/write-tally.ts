/**
 * What one write transaction added to the graph or took from it (article-writer.ts): the
 * counts the reads rely on move by exactly this, applied in a few statements at the end of the
 * write instead of being counted again from the whole store.
 */
import { parseRelationKey } from './relation-key.ts';

export class Tally {
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

  /** Widens the span of event days ever stored to take in `day`. */
  day(day: string | null): void {
    if (day && (this.firstDay === null || day < this.firstDay)) this.firstDay = day;
    if (day && (this.lastDay === null || day > this.lastDay)) this.lastDay = day;
  }

  /** The per-entity changes, taken: each entity once. */
  takeEntities(): { id: string; degree: number; sources: number }[] {
    const rows = [...this.#byEntity].map(([id, change]) => ({ id, ...change }));
    this.#byEntity.clear();
    return rows.filter((r) => r.degree !== 0 || r.sources !== 0);
  }
}

/** The relation keys as rows that name their ends, for statements that find a relation. */
export const keyRows = (keys: Iterable<string>) =>
  [...keys].flatMap((key) => {
    const ends = parseRelationKey(key);
    return ends ? [{ key, ...ends }] : [];
  });
