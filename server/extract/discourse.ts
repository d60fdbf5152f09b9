/**
 * Discourse: frames become events of the article. Each frame's role fillers are resolved to
 * entities ("the leaders of A and B" to the people who lead them, "the two sides" to the sides
 * of the running event, "she" to the person last spoken of, "the front" to the organisation
 * named so), then frames that report one occurrence merge: a definite "the talks", a frame
 * with no sides of its own, or one naming the same sides on an agreeing date joins the earlier
 * event, so a mediator named in the second sentence mediates between the parties of the first.
 */
import type { FuzzyDate } from '../domain/index.ts';
import type { Unit } from './units.ts';
import { kindsAgree, type Frame } from './frame.ts';
import type { Contact, Kind, Role, Status } from './lexicon/index.ts';
import type { Referents } from './referents.ts';
import type { Ref } from './resolve.ts';

export interface EventDraft {
  kind: Kind;
  cameo: string;
  contact: Contact | null;
  status: Status;
  indirect: boolean;
  together: boolean;
  hostedTalks: boolean;
  /** A mediator or host took part, named or not ("the mediators", "a gesture"). */
  thirdParty: boolean;
  /** Entities by role. */
  roles: Map<Role, Set<string>>;
  /** Third parties the text puts in the room with the sides ("chaired by X"). */
  present: Set<string>;
  /** Attendees and whoever they came along with: of one party, so no meeting between them. */
  companions: [string, string][];
  /** Who the text says sat (or spoke) together: each group's noun groups, resolved. */
  meetings: {
    groups: string[][];
    star: string[] | null;
    weak: boolean;
    said: { sentence: number; phrase: { start: number; end: number } | null; cameo: string };
  }[];
  date: FuzzyDate | null;
  place: string | null;
  /** Lasted days or more: a day some report gives is a day within it, not its date. */
  span: boolean;
  /** No day may be guessed for it (it spans years, or came before the report's news). */
  undatable: boolean;
  /** Sentence and phrase of the first report: the evidence. */
  sentence: number;
  /** The last sentence that reported it: how far back "the two sides" may still mean its sides. */
  last: number;
  phrase: { start: number; end: number } | null;
  /** Sentence and phrase that named each role filler, for the relations' evidence. */
  said: Map<
    string,
    { sentence: number; phrase: { start: number; end: number } | null; cameo: string }
  >;
  definite: boolean;
  partial: boolean;
  /** Named by an event noun ("earlier ceasefires"), not only by a role ("X presided"). */
  named: boolean;
}

export interface SentenceView {
  units: Unit[];
  frames: Frame[];
  refs: Ref[];
}

const PARTY_ROLES = new Set<Role>(['party', 'guest']);

/** Turns every sentence's frames into the article's events, merged where they are one. */
export function articleEvents(views: SentenceView[], referents: Referents): EventDraft[] {
  const events: EventDraft[] = [];
  views.forEach((view, s) => {
    referents.note(s, view.units, view.refs, events);
    const idsOf = (unit: number) => referents.idsOf(s, view.units, unit, events);
    for (const frame of view.frames) {
      const draft = toDraft(frame, idsOf, s);
      if (!draft) continue;
      if (draft.status === 'offered') offeredBetween(events, draft, (id) => referents.sideOf(id));
      if (hasSides(draft.roles)) draft.partial = false;
      const earlier = antecedentEvent(events, draft, (id) => referents.sideOf(id));
      if (earlier) merge(earlier, draft);
      else {
        // "A and B reopened their border. X had facilitated the accord.": the sides are the
        // group the text was just about.
        const third = draft.roles.has('mediator') || draft.roles.has('host');
        if (third && !sidesOf(draft).size) {
          const group = referents.lastGroup(s);
          if (group.length >= 2) {
            draft.roles.set('party', new Set(group));
            draft.partial = false;
          }
        }
        events.push(draft);
      }
    }
  });
  return withoutCallSummaries(events);
}

/**
 * An offer to mediate that names no sides ("an offer by X to host a parallel track") is an
 * offer to mediate the running conflict: the sides (as states or bodies) the article's events
 * set against each other most often, the latest on a tie.
 */
function offeredBetween(
  events: EventDraft[],
  draft: EventDraft,
  sideOf: (id: string) => string,
): void {
  if (sidesOf(draft).size || !(draft.roles.has('mediator') || draft.roles.has('host'))) return;
  const count = new Map<string, { sides: string[]; n: number }>();
  const offering = new Set(
    [...(draft.roles.get('mediator') ?? []), ...(draft.roles.get('host') ?? [])].flatMap((id) => [
      id,
      sideOf(id),
    ]),
  );
  for (const e of events) {
    if (e.status !== 'happened') continue;
    const sides = [...new Set([...(e.roles.get('party') ?? [])].map(sideOf))].sort();
    // Who offers is no side of what they offer to mediate.
    if (sides.length < 2 || sides.some((id) => offering.has(id))) continue;
    const key = sides.join('|');
    count.set(key, { sides, n: (count.get(key)?.n ?? 0) + 1 });
  }
  let best: { sides: string[]; n: number } | null = null;
  for (const c of count.values()) if (!best || c.n >= best.n) best = c;
  if (best) draft.roles.set('party', new Set(best.sides));
}

/**
 * "X held talks with A and B" told before (or after) the calls it sums up ("had telephone
 * conversations with A and B"): talks with no place whose sides the article's calls cover are
 * those calls, not a meeting.
 */
function withoutCallSummaries(events: EventDraft[]): EventDraft[] {
  const calls = events.filter((e) => e.kind === 'call' && e.status === 'happened');
  if (!calls.length) return events;
  return events.filter((e) => {
    if (
      e.kind !== 'talks' ||
      e.place ||
      e.together ||
      e.roles.has('mediator') ||
      e.roles.has('host')
    )
      return true;
    const mine = sidesOf(e);
    if (mine.size < 2) return true;
    const covered = new Set(
      calls
        .filter((c) => [...sidesOf(c)].every((id) => mine.has(id)))
        .flatMap((c) => [...sidesOf(c)]),
    );
    return ![...mine].every((id) => covered.has(id));
  });
}

function toDraft(frame: Frame, idsOf: (unit: number) => string[], s: number): EventDraft | null {
  const roles = new Map<Role, Set<string>>();
  const said: EventDraft['said'] = new Map();
  const present = new Set<string>();
  const companions: [string, string][] = [];
  for (const f of frame.fills) {
    const ids = idsOf(f.unit);
    if (!ids.length) continue;
    if (f.present) for (const id of ids) present.add(id);
    if (f.with !== undefined)
      for (const a of ids) for (const b of idsOf(f.with)) companions.push([a, b]);
    const set = roles.get(f.role) ?? new Set<string>();
    for (const id of ids) {
      set.add(id);
      said.set(`${f.role}|${id}`, {
        sentence: s,
        phrase: f.phrase ?? frame.phrase,
        cameo: frame.cameo,
      });
    }
    roles.set(f.role, set);
  }
  const meetings = frame.meetings.map((m) => {
    const groups = m.units.map(idsOf).filter((g) => g.length > 0);
    // A star of -1 is the first group, whoever that turned out to be.
    const star = m.star === null ? null : m.star < 0 ? (groups[0] ?? null) : idsOf(m.star);
    const said = { sentence: s, phrase: m.phrase ?? frame.phrase, cameo: frame.cameo };
    return { groups, star, weak: m.weak, said };
  });
  if (!roles.size && !frame.definite) return null;
  return {
    kind: frame.kind,
    cameo: frame.cameo,
    contact: frame.contact,
    status: frame.status,
    indirect: frame.indirect,
    together: frame.together,
    span: Boolean(frame.span),
    undatable: Boolean(frame.undatable),
    hostedTalks: Boolean(frame.hostedTalks),
    thirdParty: frame.fills.some((f) => f.role === 'mediator' || f.role === 'host'),
    roles,
    present,
    companions,
    meetings,
    date: frame.date,
    place: frame.place,
    sentence: s,
    last: s,
    phrase: frame.phrase,
    said,
    definite: frame.definite,
    named: frame.noun !== null && !frame.roleNoun,
    partial: frame.partial || !hasSides(roles),
  };
}

const hasSides = (roles: Map<Role, Set<string>>) =>
  [...PARTY_ROLES].some((r) => (roles.get(r)?.size ?? 0) > 0) ||
  (roles.get('visitor')?.size ?? 0) > 0;

const everyone = (e: EventDraft) => new Set([...e.roles.values()].flatMap((s) => [...s]));

const datesAgree = (a: FuzzyDate | null, b: FuzzyDate | null) =>
  !a || !b || a.value.startsWith(b.value) || b.value.startsWith(a.value);

/** How far back (in sentences) a frame with no sides of its own may find its event. */
const REACH = 3;

/** The earlier event `draft` reports again, if any. */
function antecedentEvent(
  events: EventDraft[],
  draft: EventDraft,
  sideOf: (id: string) => string,
): EventDraft | null {
  // A bare role ("is acting as go-between") joins an event of its own status first, and only
  // then whatever the text last told of ("The talks are due on Monday. X will chair.").
  const same = antecedentOf(events, draft, sideOf, true);
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
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]!;
    if (e.status !== draft.status && (sameStatus || draft.status !== 'happened')) continue;
    if (!datesAgree(e.date, draft.date)) continue;
    if (draft.place && e.place && draft.place !== e.place) continue;
    if (draft.partial || draft.definite) {
      if (draft.sentence - e.last > REACH && !draft.definite) continue;
      // "the deal" is a deal told before; a bare role joins any event but fighting or a trip.
      if (draft.definite && !kindsAgree(e.kind, draft.kind)) continue;
      if (!draft.definite && /^(?:visit|clash|war)$/.test(e.kind)) continue;
      // "Earlier ceasefires brokered by X" are ceasefires, whatever else the text told of.
      if (draft.named && !kindsAgree(e.kind, draft.kind)) continue;
      if (e.partial) continue;
      // Its own sides, if it names any, must be among the event's.
      const mine = sidesOf(draft);
      const theirs = as(everyone(e));
      if ([...mine].every((id) => theirs.has(id) || theirs.has(sideOf(id)))) return e;
      if (draft.partial) return e;
      continue;
    }
    if (!kindsAgree(e.kind, draft.kind) || e.partial) continue;
    const mine = sidesOf(draft);
    const theirs = as(sidesOf(e));
    const shared = [...mine].filter((id) => theirs.has(id) || theirs.has(sideOf(id))).length;
    // One traveller's visits on agreeing dates are one trip ("his visit to Baku", "Putin's
    // visit to Azerbaijan").
    if (e.kind === 'visit' && shared > 0) return e;
    // Separate talks held around a joint meeting are their own events.
    if (draft.indirect !== e.indirect) continue;
    // Two sides in common and a date on either; one side in common only on the same day
    // ("received X on Monday" is not the talks X held elsewhere, undated, before).
    const samePlace = draft.place !== null && draft.place === e.place;
    if (shared >= 2 && (draft.date || e.date || samePlace)) return e;
    if (shared === 1 && Math.min(mine.size, theirs.size) === 1 && draft.date && e.date) return e;
  }
  return null;
}

const sidesOf = (e: EventDraft) =>
  new Set(
    [...PARTY_ROLES, 'attendee' as Role, 'visitor' as Role].flatMap((r) => [
      ...(e.roles.get(r) ?? []),
    ]),
  );

function merge(into: EventDraft, from: EventDraft): void {
  into.last = Math.max(into.last, from.last);
  for (const [role, ids] of from.roles) {
    const set = into.roles.get(role) ?? new Set<string>();
    for (const id of ids) set.add(id);
    into.roles.set(role, set);
  }
  into.meetings.push(...from.meetings);
  for (const id of from.present) into.present.add(id);
  into.companions.push(...from.companions);
  for (const [key, value] of from.said) if (!into.said.has(key)) into.said.set(key, value);
  if (
    !into.date ||
    (from.date &&
      !into.span &&
      from.date.value.length > into.date.value.length &&
      from.date.value.startsWith(into.date.value))
  )
    into.date = from.date ?? into.date;
  into.span ||= from.span;
  into.undatable &&= from.undatable;
  into.place ??= from.place;
  into.contact ??= from.contact;
  into.indirect ||= from.indirect;
  into.together ||= from.together;
  into.hostedTalks ||= from.hostedTalks;
  into.thirdParty ||= from.thirdParty;
  if (into.partial && !from.partial) {
    into.kind = from.kind;
    into.partial = false;
  }
}
