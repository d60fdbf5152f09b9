/**
 * Discourse: frames become events of the article. Each frame's role fillers are resolved to
 * entities ("the leaders of A and B" to the people who lead them, "the two sides" to the sides
 * of the running event, "she" to the person last spoken of, "the front" to the organisation
 * named so), then frames that report one occurrence merge: a definite "the talks", a frame
 * with no sides of its own, or one naming the same sides on an agreeing date joins the earlier
 * event, so a mediator named in the second sentence mediates between the parties of the first.
 */
import type { Member, Unit } from './units.ts';
import { kindsAgree, type Frame } from './frame.ts';
import type { Role } from './lexicon/index.ts';
import {
  attendsOnly,
  everyone,
  hasSides,
  merge,
  reactedTo,
  restatesDeal,
  sidesOf,
  spectacle,
  toldAlso,
  type EventDraft,
} from './event-draft.ts';
import { antecedentEvent } from './event-identity.ts';
import { holdFighting, isFighting, type HeldFighting } from './fighting-mentions.ts';
import { runningSides, settleFighting } from './fighting.ts';

export type { EventDraft } from './event-draft.ts';
import type { Referents } from './referents.ts';
import type { Ref } from './resolve.ts';
import type { Word } from './sentences.ts';

export interface SentenceView {
  units: Unit[];
  frames: Frame[];
  refs: Ref[];
  /** The sentence's words, for what a unit's lemma leaves out ("a mediation mission"). */
  words?: Word[];
}

/** Turns every sentence's frames into the article's events, merged where they are one. */
export function articleEvents(
  views: SentenceView[],
  referents: Referents,
  published?: string | null,
): EventDraft[] {
  const year = Number(published?.slice(0, 4));
  const events: EventDraft[] = [];
  const held: HeldFighting[] = [];
  views.forEach((view, s) => {
    referents.note(s, view.units, view.refs, events, view.words);
    const idsOf = (unit: number, role?: Role) => {
      // "visited Cairo and Doha": a trip goes to the cities, whose states host it.
      const u = view.units[unit];
      if (role === 'destination' && u?.kind === 'actor' && u.members.every((m) => m.capital))
        return u.members.map((m) => m.capital!);
      return referents.idsOf(s, view.units, unit, events, role === 'mediator' || role === 'host');
    };
    const place = (draft: EventDraft, deferred: boolean): boolean => {
      const earlier = antecedentEvent(events, draft, (id) => referents.sideOf(id));
      // "A and B co-chaired a meeting" after talks between A and B: the chairs are its sides.
      const chairs = [...(draft.roles.get('mediator') ?? [])];
      if (earlier && chairs.length > 1 && chairs.every((id) => sidesOf(earlier).has(id)))
        coChairsAsSides(draft);
      if (earlier) merge(earlier, draft);
      // "A and B met, with X opening the session": the session may be the meeting this very
      // sentence tells next, so it waits for the sentence's other frames.
      else if (!deferred && (draft.definite || draft.partial) && !sidesOf(draft).size) return false;
      else {
        // "A and B reopened their border. X had facilitated the accord.": the sides are the
        // group the text was just about.
        const third = draft.roles.has('mediator') || draft.roles.has('host');
        if (third && !sidesOf(draft).size) {
          const group = referents.lastGroup(s);
          // One of the group offering to arrange a meeting is no third party to it.
          const thirds = [
            ...(draft.roles.get('mediator') ?? []),
            ...(draft.roles.get('host') ?? []),
          ];
          const inside = thirds.some((id) => group.includes(referents.sideOf(id)));
          if (group.length >= 2 && !inside) {
            draft.roles.set('party', new Set(group));
            draft.partial = false;
          }
        }
        if (draft.also?.length && !draft.date && !draft.undatable)
          draft.date = lastDate(events, draft);
        // "A and B co-chaired the meeting. The meeting was moderated by X": sides at once, so
        // the moderator's report finds them.
        coChairsAsSides(draft, (id) => referents.sideOf(id));
        if (hasSides(draft.roles)) draft.partial = false;
        events.push(draft);
      }
      return true;
    };
    const waiting: EventDraft[] = [];
    for (const frame of view.frames) {
      const draft = toDraft(frame, idsOf, s, (unit) => {
        const u = view.units[unit];
        return u?.kind === 'actor' && u.members.length > 1 ? u.members : [];
      });
      if (!draft) continue;
      // "X would meet Y, but no such meeting has been scheduled": it denies the plan beside it,
      // not a meeting told before.
      if (
        frame.refutes &&
        view.frames.some(
          (f) => f !== frame && f.status !== 'happened' && kindsAgree(f.kind, frame.kind),
        )
      )
        continue;
      draft.witness = spectacle(frame, view.units) || attendsOnly(frame, view.units);
      draft.restates = restatesDeal(frame, view.units);
      draft.history = year - Number(draft.date?.value.slice(0, 4)) >= 2;
      const noun = frame.noun === null ? null : view.units[frame.noun];
      if (noun?.kind === 'noun') draft.nouns.push(noun.lemma);
      const also = toldAlso(frame, view.units);
      if (also >= 0) draft.also = idsOf(also);
      if (reactedTo(frame, view.units)) {
        draft.date = null;
        draft.place = null;
        draft.undatable = true;
      }
      const fighting = holdFighting(draft, frame, view.units, view.frames);
      if (fighting) {
        held.push(fighting);
        continue;
      }
      if (draft.status === 'offered') offeredBetween(events, draft, (id) => referents.sideOf(id));
      if (hasSides(draft.roles)) draft.partial = false;
      if (!place(draft, false)) waiting.push(draft);
    }
    for (const draft of waiting) place(draft, true);
  });
  settleFighting(events, held, (id) => referents.sideOf(id));
  for (const e of events) coChairsAsSides(e, (id) => referents.sideOf(id));
  return withoutCallSummaries(events);
}

/** The date of the last event of the kind that whoever "also" did this took part in. */
function lastDate(events: EventDraft[], draft: EventDraft): EventDraft['date'] {
  const who = draft.also ?? [];
  const last = events.findLast(
    (e) => e.date && e.kind === draft.kind && who.some((id) => everyone(e).has(id)),
  );
  return last?.date ?? null;
}

/**
 * "The meeting was co-chaired by A and B", and the article names no one else at it (or only
 * the sides the chairs stand for): the chairs are its sides, who met, not go-betweens.
 */
function coChairsAsSides(e: EventDraft, sideOf: (id: string) => string = (id) => id): void {
  const chairs = e.roles.get('mediator');
  if (!e.coChaired || !chairs || chairs.size < 2) return;
  // ("The deputy ministers of A and of B co-chaired a round of the dialogue between the two
  // countries": each chair stands for one of its sides.)
  const sides = sidesOf(e);
  const own = [...chairs].every((id) => sideOf(id) !== id && sides.has(sideOf(id)));
  if (sides.size && !own) return;
  e.roles.delete('mediator');
  e.roles.set('party', new Set([...(e.roles.get('party') ?? []), ...chairs]));
  const said = { sentence: e.sentence, phrase: e.phrase, cameo: e.cameo };
  e.meetings.push({ groups: [[...chairs]], star: null, weak: false, said });
  e.thirdParty = false;
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
  const offering = new Set(
    [...(draft.roles.get('mediator') ?? []), ...(draft.roles.get('host') ?? [])].flatMap((id) => [
      id,
      sideOf(id),
    ]),
  );
  // Who offers is no side of what they offer to mediate.
  const theirs = (sides: string[]) => sides.some((id) => offering.has(id));
  // "offered to host a second talanoa": the sides of the talanoa told before.
  const same = events.findLast(
    (e) =>
      e.status === 'happened' &&
      e.nouns.some((n) => draft.nouns.includes(n)) &&
      sidesOf(e).size >= 2 &&
      !theirs([...sidesOf(e)].map(sideOf)),
  );
  const thirds = new Set([
    ...(same?.roles.get('mediator') ?? []),
    ...(same?.roles.get('host') ?? []),
  ]);
  const best = same
    ? [...sidesOf(same)].filter((id) => !thirds.has(id))
    : runningSides(events, sideOf, theirs);
  if (best) draft.roles.set('party', new Set(best));
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
    // "met twice last year" is not the call of last week; talks "over the last days" may sum
    // up calls of that month.
    const month = (d: { value: string }) => d.value.slice(0, 7);
    const sameTime = (c: EventDraft) =>
      !e.date ||
      !c.date ||
      month(e.date).startsWith(month(c.date)) ||
      month(c.date).startsWith(month(e.date));
    const covered = new Set(
      calls
        .filter((c) => sameTime(c) && [...sidesOf(c)].every((id) => mine.has(id)))
        .flatMap((c) => [...sidesOf(c)]),
    );
    return ![...mine].every((id) => covered.has(id));
  });
}

function toDraft(
  frame: Frame,
  idsOf: (unit: number, role?: Role) => string[],
  s: number,
  listed: (unit: number) => Member[],
): EventDraft | null {
  const roles = new Map<Role, Set<string>>();
  const said: EventDraft['said'] = new Map();
  const present = new Set<string>();
  const companions: [string, string][] = [];
  // "Norway hosted talks between the government and X": a side whose word found only the
  // go-between ("the government" of the one state in view) is a side the text leaves unnamed.
  const goBetween = (f: Frame['fills'][number]) => f.role === 'host' || f.role === 'mediator';
  const thirdUnits = new Set(frame.fills.filter(goBetween).map((f) => f.unit));
  const thirds = new Set(frame.fills.filter(goBetween).flatMap((f) => idsOf(f.unit, f.role)));
  const sideFills = frame.fills.filter((f) => f.role === 'party' && !thirdUnits.has(f.unit));
  const unnamed = new Set(
    sideFills
      // Only among sides named apart ("between A and B"): one side that is the go-between
      // ("thanked him for hosting him") is that go-between.
      .filter((f) => sideFills.some((g) => g.unit !== f.unit))
      .filter((f) => {
        const ids = idsOf(f.unit, f.role);
        return ids.length > 0 && ids.every((id) => thirds.has(id));
      })
      .map((f) => f.unit),
  );
  for (const f of frame.fills) {
    if (f.role === 'party' && unnamed.has(f.unit)) continue;
    // "a mediator between the Caucasus foes": a region is where sides are, never a side.
    const ids = idsOf(f.unit, f.role).filter(
      (id) => f.role === 'destination' || !id.startsWith('place:'),
    );
    if (!ids.length) continue;
    if (f.present) for (const id of ids) present.add(id);
    if (f.with !== undefined)
      for (const a of ids) for (const b of idsOf(f.with)) companions.push([a, b]);
    // ("a trilateral meeting of EU facilitators, A and B": the go-between among the sides.)
    const own = new Map(
      f.role === 'party'
        ? listed(f.unit).flatMap((m) => (m.role ? [[m.id, m.role] as const] : []))
        : [],
    );
    for (const id of ids) {
      const role = own.get(id) ?? f.role;
      const set = roles.get(role) ?? new Set<string>();
      set.add(id);
      roles.set(role, set);
      said.set(`${role}|${id}`, {
        sentence: s,
        phrase: f.phrase ?? frame.phrase,
        cameo: frame.cameo,
      });
    }
  }
  const goBetweens = new Set(
    frame.meetings
      .flatMap((m) => m.units.flatMap(listed))
      .filter((m) => m.role)
      .map((m) => m.id),
  );
  const meetings = frame.meetings.map((m) => {
    const named = m.units
      .filter((u) => !unnamed.has(u))
      .map((u) => idsOf(u).filter((id) => !goBetweens.has(id)));
    // "the visiting leader met A, B and C", the leader found nowhere: whom someone met, not
    // a meeting of the three. ("A and B met with the rebels": A and B sat in one meeting.)
    const lost =
      named.length > 1 && !named[0]!.length && named.filter((g) => g.length > 0).length === 1;
    const groups = lost ? [] : named.filter((g) => g.length > 0);
    // A star of -1 is the first group, whoever that turned out to be.
    const star = m.star === null ? null : m.star < 0 ? (groups[0] ?? null) : idsOf(m.star);
    const said = { sentence: s, phrase: m.phrase ?? frame.phrase, cameo: frame.cameo };
    return { groups, star, weak: m.weak, said };
  });
  if (!roles.size && !frame.definite && !isFighting(frame.kind)) return null;
  return {
    kind: frame.kind,
    cameo: frame.cameo,
    contact: frame.contact,
    status: frame.status,
    indirect: frame.indirect,
    together: frame.together,
    span: Boolean(frame.span),
    undatable: Boolean(frame.undatable),
    perfect: Boolean(frame.perfect),
    hostedTalks: Boolean(frame.hostedTalks),
    coChaired: Boolean(frame.coChaired),
    thirdParty: frame.fills.some(goBetween),
    unnamedSides: unnamed.size,
    roles,
    present,
    companions,
    remote: new Set(frame.contact === 'call' ? (roles.get('attendee') ?? []) : []),
    speaker: frame.speaker === undefined ? null : (idsOf(frame.speaker)[0] ?? null),
    meetings,
    date: frame.date,
    place: frame.place,
    sentence: s,
    last: s,
    phrase: frame.phrase,
    said,
    definite: frame.definite,
    anaphoric: Boolean(frame.anaphoric),
    nouns: [],
    fresh: Boolean(frame.fresh) && !frame.definite,
    refutes: Boolean(frame.refutes),
    named: frame.noun !== null && !frame.roleNoun,
    partial: frame.partial || !hasSides(roles),
  };
}
