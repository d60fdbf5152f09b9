/**
 * Events within an article: every fact that is an occurrence (talks, a call, a visit, a
 * ceasefire, clashes) starts as an event of its own, and reports of one occurrence are then
 * merged: same kind, dates that agree, places that agree, and the same actors once each
 * person is read as the state they lead ("Putin-mediated Armenia and Azerbaijan talks" and
 * "Putin hosted the leaders of Armenia and Azerbaijan" are one meeting). The merged event
 * lends its date and place to every relation that came from it.
 */
import { eventId, type EventRole, type FuzzyDate } from '../domain/index.ts';

export interface DraftEvent {
  kind: string;
  date: FuzzyDate | null;
  place: string | null;
  placeIsCity: boolean;
  participants: Map<string, EventRole>;
  /** Index of the sentence that first reported it. */
  sentence: number;
  /** The anchor of the fact that first reported it, in that sentence: its evidence phrase. */
  phrase: { start: number; end: number } | null;
}

const RANK: Record<EventRole, number> = { mediator: 4, host: 3, party: 2, attendee: 1 };

const datesAgree = (a: FuzzyDate | null, b: FuzzyDate | null) =>
  !a || !b || a.value.startsWith(b.value) || b.value.startsWith(a.value);

const kindsAgree = (a: string, b: string) =>
  a === b || (['talks', 'summit'].includes(a) && ['talks', 'summit'].includes(b));

/** Merges `draft` into an earlier report of the same event, or keeps it; returns its index. */
export function addEvent(
  events: DraftEvent[],
  draft: DraftEvent,
  asState: (entity: string) => string,
): number {
  const actors = (e: DraftEvent) => new Set([...e.participants.keys()].map(asState));
  const mine = actors(draft);
  const candidates = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => kindsAgree(e.kind, draft.kind) && datesAgree(e.date, draft.date))
    .filter(
      ({ e }) =>
        !e.place || !draft.place || e.place === draft.place || !e.placeIsCity || !draft.placeIsCity,
    )
    .filter(({ e }) => {
      const theirs = actors(e);
      const shared = [...mine].filter((a) => theirs.has(a)).length;
      return shared >= Math.min(2, mine.size, theirs.size);
    })
    // The nearest earlier report first: later paragraphs refer back.
    .sort(
      (a, b) =>
        Math.abs(draft.sentence - a.e.sentence) - Math.abs(draft.sentence - b.e.sentence) ||
        (a.e.sentence <= draft.sentence ? -1 : 1),
    );
  const target = candidates[0];
  if (!target) {
    events.push(draft);
    return events.length - 1;
  }
  const e = target.e;
  if (!e.date || (draft.date && draft.date.value.length > e.date.value.length)) e.date = draft.date;
  if (!e.place || (draft.placeIsCity && !e.placeIsCity)) {
    if (draft.place) {
      e.place = draft.place;
      e.placeIsCity = draft.placeIsCity;
    }
  }
  for (const [entity, role] of draft.participants) {
    const had = e.participants.get(entity);
    if (!had || RANK[role] > RANK[had]) e.participants.set(entity, role);
  }
  return target.i;
}

export function idOf(event: DraftEvent): string {
  return eventId(event.kind, event.date, event.placeIsCity ? event.place : null, [
    ...event.participants.keys(),
  ]);
}

/**
 * A meeting the article leaves undated, held where a dated visit by one of its participants
 * took place, happened during that visit ("Putin said in Baku in joint remarks with ...").
 */
export function dateByVisits(events: DraftEvent[]): void {
  for (const e of events) {
    if (e.date || !e.place || e.kind === 'visit') continue;
    const visit = events.find(
      (v) =>
        v.kind === 'visit' &&
        v.date &&
        v.place === e.place &&
        [...v.participants.keys()].some((p) => e.participants.has(p)),
    );
    if (visit) e.date = visit.date;
  }
}
