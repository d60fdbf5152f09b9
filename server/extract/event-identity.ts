/**
 * Which earlier event a report tells again. A definite "the talks", a frame with no sides of
 * its own, or one naming the same sides on an agreeing date joins the event told before; "a
 * second meeting" joins none, and "No such meeting took place" refutes the one it follows.
 */
import type { FuzzyDate } from '../domain/index.ts';
import { kindsAgree } from './frame.ts';
import { everyone, hasSides, sidesOf, type EventDraft } from './event-draft.ts';
import { gazetteer } from './gazetteer.ts';

const datesAgree = (a: FuzzyDate | null, b: FuzzyDate | null) =>
  !a || !b || a.value.startsWith(b.value) || b.value.startsWith(a.value);

/** "in Baku" and "in Azerbaijan" are one place for one event: a capital is in its state. */
function placesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  const capitalOf = gazetteer().capitalOf;
  return capitalOf.get(a) === b || capitalOf.get(b) === a;
}

/**
 * "talks in Tunisia", then "The meeting, hosted at a hotel in Gammarth": a town the gazetteer
 * places in no state may be in the state the event was placed in.
 */
function within(a: string | null, b: string | null): boolean {
  const capitalOf = gazetteer().capitalOf;
  const town = (x: string | null) => Boolean(x?.startsWith('place:') && !capitalOf.has(x));
  return (
    (town(a) && Boolean(b?.startsWith('state:'))) || (town(b) && Boolean(a?.startsWith('state:')))
  );
}

/** How far back (in sentences) a frame with no sides of its own may find its event. */
const REACH = 3;

/** The earlier event `draft` reports again, if any. */
export function antecedentEvent(
  events: EventDraft[],
  draft: EventDraft,
  sideOf: (id: string) => string,
): EventDraft | null {
  // A bare role ("is acting as go-between") joins an event of its own status first, and only
  // then whatever the text last told of ("The talks are due on Monday. X will chair.").
  if (draft.fresh) return null;
  // "The mission also met separately with X": one more meeting, not the one told before.
  if (draft.also?.length && !draft.definite) return null;
  // "No such meeting took place": a denial of the meeting just told takes its place.
  if (draft.refutes && draft.status !== 'happened') {
    const told = antecedentOf(events, { ...draft, status: 'happened' }, sideOf, true);
    if (told) told.status = draft.status;
    if (told) return told;
  }
  // "signed three documents on the 2014 agreement. The documents were signed by X": a deal
  // told by the same noun nearby, before the nearest deal. (Meetings are told by any noun:
  // "a joint session ... the hour-long meeting".)
  const named =
    (draft.definite || draft.restates) && draft.kind === 'agreement' && draft.nouns.length
      ? antecedentOf(
          events.filter(
            (e) => e.nouns.some((n) => draft.nouns.includes(n)) && draft.sentence - e.last <= REACH,
          ),
          draft,
          sideOf,
          true,
        )
      : null;
  const same = named ?? antecedentOf(events, draft, sideOf, true);
  return same ?? (draft.partial ? antecedentOf(events, draft, sideOf, false) : null);
}

function antecedentOf(
  events: EventDraft[],
  draft: EventDraft,
  sideOf: (id: string) => string,
  sameStatus: boolean,
): EventDraft | null {
  // A person counts as the state or body they stand for: "the accord was signed by X and Y"
  // repeats "A and B signed an accord".
  const as = (ids: Iterable<string>) => new Set([...ids].flatMap((id) => [id, sideOf(id)]));
  // Only a report of a go-between alone asks who else stood between sides.
  const goBetweens = thirdOnly(draft)
    ? new Set(
        events.flatMap((e) => [...(e.roles.get('mediator') ?? []), ...(e.roles.get('host') ?? [])]),
      )
    : null;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]!;
    if (e.status !== draft.status && (sameStatus || draft.status !== 'happened')) continue;
    if (!datesAgree(e.date, draft.date)) continue;
    // "in 1934 it hosted the negotiations": told with "the", but history, not the news the
    // article has not dated yet.
    if (draft.history && !e.date) continue;
    // "A and B met on the sidelines of the summit. Both were greeted by the summit's host":
    // the summit's host stood between no one at the talks beside it.
    if (draft.kind === 'summit' && e.kind !== 'summit' && draft.roles.has('host')) continue;
    if (!placesAgree(draft.place, e.place) && !(draft.definite && within(draft.place, e.place)))
      continue;
    if (draft.partial || draft.definite) {
      if (draft.sentence - e.last > REACH && !draft.definite) continue;
      // "the deal" is a deal told before; a bare role joins any event but fighting or a trip.
      if (draft.definite && !kindsAgree(e.kind, draft.kind)) continue;
      if (!draft.definite && /^(?:visit|clash|war)$/.test(e.kind)) continue;
      // "Earlier ceasefires brokered by X" are ceasefires, whatever else the text told of.
      if (draft.named && !kindsAgree(e.kind, draft.kind)) continue;
      // "The leaders of A and B attended a meeting": its attendees are its sides.
      // A bare "the closing session" (a caption) is the sideless event told just before.
      // So is "Summit was attended by A, B and C" after "Summit was chaired by X".
      const bare = draft.definite && !everyone(draft).size;
      const attended = draft.definite && (draft.roles.get('attendee')?.size ?? 0) >= 2;
      if (e.partial && (e.roles.get('attendee')?.size ?? 0) < 2 && !bare && !attended) continue;
      // "X briefed the president. She thanked the OSCE for its facilitation": a go-between
      // meeting one side is no talks another go-between stood between.
      if (goBetweens && oneSideBesides(e, goBetweens)) continue;
      // Its own sides, if it names any, must be among the event's.
      const mine = sidesOf(draft);
      const theirs = as(everyone(e));
      if ([...mine].every((id) => theirs.has(id) || theirs.has(sideOf(id)))) return e;
      if (draft.partial) return e;
      continue;
    }
    if (!kindsAgree(e.kind, draft.kind)) continue;
    // "talks between their commissions hosted by X ... The sessions, chaired by Y, brought A
    // face to face with B": told again with "the", naming the sides the event lacked.
    if (e.partial && !hasSides(e.roles) && draft.anaphoric && draft.sentence - e.last <= REACH)
      return e;
    if (e.partial) continue;
    const mine = sidesOf(draft);
    const theirs = as(sidesOf(e));
    // "The protocol was signed by X and Y": the deal told before, X and Y its signatories,
    // unless one of them stands for a side it does not have.
    const stranger = (id: string) =>
      !theirs.has(id) &&
      !theirs.has(sideOf(id)) &&
      (sideOf(id) !== id || !id.startsWith('person:'));
    if (draft.restates && /^(?:agreement|ceasefire)$/.test(e.kind) && ![...mine].some(stranger))
      return e;
    // A person counts for their state only where the event has no one else of that state:
    // two foreign ministers meeting to prepare a summit are not the presidents at it.
    const people = [...sidesOf(e)].filter((id) => id.startsWith('person:'));
    const standsIn = (id: string) =>
      theirs.has(sideOf(id)) &&
      !(id.startsWith('person:') && people.some((p) => p !== id && sideOf(p) === sideOf(id)));
    const shared = [...mine].filter((id) => theirs.has(id) || standsIn(id)).length;
    // One traveller's visits on agreeing dates are one trip ("his visit to Baku", "Putin's
    // visit to Azerbaijan").
    if (e.kind === 'visit' && shared > 0) return e;
    // Separate talks held around a joint meeting are their own events.
    if (draft.indirect !== e.indirect) continue;
    // Two sides in common and a date on either; one side in common only on the same day
    // ("received X on Monday" is not the talks X held elsewhere, undated, before).
    const samePlace = draft.place !== null && draft.place === e.place;
    if (shared >= 2 && (draft.date || e.date || samePlace)) return e;
    // ("held talks with A and B, and was received by President C": C received one guest, and
    // stood between no one of the talks.)
    const received =
      (draft.roles.get('host')?.size ?? 0) > 0 && (draft.roles.get('guest')?.size ?? 0) === 1;
    if (received && theirs.size > 2) continue;
    if (shared === 1 && Math.min(mine.size, theirs.size) === 1 && draft.date && e.date) return e;
  }
  return null;
}

/** A report of a go-between alone, with no sides of its own ("thanked the OSCE for its help"). */
const thirdOnly = (draft: EventDraft) =>
  (draft.roles.has('mediator') || draft.roles.has('host')) && sidesOf(draft).size === 0;

/** An event of a go-between and a single side: the go-between met that side alone. */
function oneSideBesides(e: EventDraft, goBetweens: Set<string>): boolean {
  const sides = [...sidesOf(e)];
  const others = sides.filter((id) => !goBetweens.has(id));
  return others.length < sides.length && others.length < 2;
}
