/**
 * One extraction as the rows its write statements take: each entity, event, relation and
 * mention once (an extraction may name one twice; the last mention of a relation or event
 * gives its attributes, as successive MERGE ... SET did), with the keys entities are searched
 * by. Pure, so the write path's bookkeeping is easy to test apart from any engine.
 */
import { foldText, type Extraction } from '../domain/index.ts';
import type { EventRecord } from './graph-store.ts';
import { orientedEnds, relationKey } from './relation-key.ts';

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  keys: string[];
}

/** An event as written: the fields it is read back with, and the report that states it. */
export interface EventRow extends Omit<EventRecord, 'reports'> {
  sentence: string;
  start: number;
  end: number;
  phraseStart: number | null;
  phraseEnd: number | null;
}

export interface RelationRow {
  type: string;
  key: string;
  source: string;
  target: string;
  props: Record<string, string | null>;
}

export interface MentionRow {
  id: string;
  relation: string;
  sentence: string;
  start: number;
  end: number;
  phraseStart: number | null;
  phraseEnd: number | null;
}

export interface ArticleRows {
  entities: EntityRow[];
  events: EventRow[];
  relations: RelationRow[];
  mentions: MentionRow[];
}

/** Keeps one item per key: the first's place in the list, the last's content. */
function lastByKey<T>(items: T[], key: (item: T) => string, merge?: (a: T, b: T) => T): T[] {
  const kept = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const earlier = kept.get(k);
    kept.set(k, earlier && merge ? merge(earlier, item) : item);
  }
  return [...kept.values()];
}

const union = (a: string[], b: string[]) => [...a, ...b.filter((x) => !a.includes(x))];

export function articleRows(x: Extraction): ArticleRows {
  const entities = lastByKey(
    x.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      keys: [...new Set([e.name, ...e.aliases].map(foldText))],
    })),
    (e) => e.id,
    // The first row makes the node; later rows add their aliases, as ON MATCH did.
    (a, b) => ({ ...a, aliases: union(a.aliases, b.aliases), keys: union(a.keys, b.keys) }),
  );
  const events = lastByKey(
    // Planned, offered, denied and disputed events are stored too, with their status: reads
    // answer with what happened unless asked for the rest.
    x.events.map((e): EventRow => ({
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
    (e) => e.id,
    (a, b) => ({
      ...b,
      participants: lastByKey(
        [...a.participants, ...b.participants],
        (p) => `${p.entity}|${p.role}`,
      ),
    }),
  );
  const stated = x.relations.map((rel) => {
    const [source, target] = orientedEnds(rel);
    return { rel, key: relationKey(rel), source, target };
  });
  const relations = lastByKey(
    stated.map(({ rel, key, source, target }) => ({
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
    (r) => r.key,
  );
  const mentions = lastByKey(
    stated.map(({ rel, key }) => ({
      id: `${key}#${x.article.id}#${rel.evidence.start}`,
      relation: key,
      sentence: rel.evidence.sentence,
      start: rel.evidence.start,
      end: rel.evidence.end,
      phraseStart: rel.evidence.phrase?.start ?? null,
      phraseEnd: rel.evidence.phrase?.end ?? null,
    })),
    (m) => m.id,
  );
  return { entities, events, relations, mentions };
}
