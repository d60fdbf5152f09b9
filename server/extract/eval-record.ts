/**
 * The evaluation format of ../shared/eval/README.md: one object per article with entities by
 * name, relations and events whose ends and participants are entity names, as
 * `npm run extract` prints and the scorer reads. `events` holds the occurrences the article
 * says happened, which the scorer compares with gold; `other_events` holds the rest (planned,
 * offered, denied, disputed ...) with their status, for a reader, not for the scorer.
 */
import type { EventStatus, Extraction, ExtractedEvent } from '../domain/index.ts';

interface EvalEvent {
  kind: string;
  date: string | null;
  place: string | null;
  status: EventStatus;
  participants: { name: string; role: string }[];
  evidence: string;
}

export interface EvalRecord {
  article: string;
  published: string | null;
  entities: { name: string; type: string; aliases: string[] }[];
  relations: {
    type: string;
    source: string;
    target: string;
    date: string | null;
    place: string | null;
    evidence: string;
    cameo: string | null;
  }[];
  events: EvalEvent[];
  other_events: EvalEvent[];
}

export function toEvalRecord(extraction: Extraction): EvalRecord {
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? id));
  const event = (e: ExtractedEvent): EvalEvent => ({
    kind: e.kind,
    date: e.date?.value ?? null,
    place: name(e.place),
    status: e.status ?? 'happened',
    participants: e.participants.map((p) => ({ name: name(p.entity)!, role: p.role })),
    evidence: e.evidence.sentence,
  });
  const happened = (e: ExtractedEvent) => (e.status ?? 'happened') === 'happened';
  return {
    // The evaluation names an article by its file's name (../shared/eval/README.md), while the
    // store keeps the path it was read from.
    article: extraction.article.file.split(/[\\/]/).at(-1)!,
    published: extraction.article.published,
    entities: extraction.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases })),
    relations: extraction.relations.map((r) => ({
      type: r.type,
      source: name(r.source)!,
      target: name(r.target)!,
      date: r.date?.value ?? null,
      place: name(r.place),
      evidence: r.evidence.sentence,
      cameo: r.cameo,
    })),
    events: extraction.events.filter(happened).map(event),
    other_events: extraction.events.filter((e) => !happened(e)).map(event),
  };
}
