/**
 * Event frames within one sentence. Every trigger in the lexicon starts a frame: a verb
 * (verb-frames.ts) from its subject, object and phrases; an event noun from its modifiers
 * ("Qatari-brokered", "Peru-Bolivia", "X's", "their") and its phrases ("between A and B",
 * "with X", "of X"). A verb whose object or subject is an event noun ("hosted talks between A
 * and B", "the accord was signed") and a participle that modifies one ("talks hosted by X") are
 * one frame with it; a frame that names only a role ("X presided as ...", "at X's invitation",
 * "X also took part when ...") joins the event its sentence is about.
 */
import type { Unit } from './units.ts';
import { clauseIds, subjectOf } from './clauses.ts';
import { absorb, type Frame } from './frame.ts';
import { isFighting, openFighting } from './fighting-mentions.ts';
import { counterpart } from './counterparts.ts';
import { dayAfter } from './event-days.ts';
import {
  captiveSides,
  chained,
  credited,
  joinPartials,
  onAnotherDay,
  respectively,
  sidesFromSentence,
} from './frame-joins.ts';
import { internalSides, rolesInAdjuncts, withOneSide } from './frame-trims.ts';
import { SPEECH } from './lexicon/index.ts';
import { GATHERING, PHONE, nearPhone, placeBeforePurpose } from './call-clues.ts';
import { nounFrame } from './noun-frames.ts';
import type { Sentence } from './sentences.ts';
import { dateBefore, placeAndDate, saidDate } from './place-and-date.ts';
import {
  besideTold,
  effortGerund,
  ownedNoun,
  passing,
  pastPerfect,
  presentPerfect,
  spansYears,
  sumsUp,
  thankedFor,
  whereClause,
} from './frame-times.ts';
import { offeredBetween, roleFrame, teamHeadFrame, titledFrame } from './role-frames.ts';
import { seatAtNoun } from './noun-meetings.ts';
import { anotherBetween } from './elided-events.ts';
import { quoted } from './disputes.ts';
import { ownAccount } from './pronouns.ts';
import { frameStatus } from './status.ts';
import { verbEntry, verbFrame, type VerbContext } from './verb-frames.ts';
import { appeal, standing } from './non-events.ts';

export function sentenceFrames(
  s: number,
  sentence: Sentence,
  units: Unit[],
  published: string | null,
  near: { callNear: boolean; visitNear: boolean } = { callNear: false, visitNear: false },
): Frame[] {
  const words = sentence.words;
  // "paid a courtesy call on X" is a visit, no call.
  const lower = sentence.text.toLowerCase().replace(/\bcourtesy calls?\b/g, 'courtesy visit');
  const placed = placeBeforePurpose(units);
  const c: VerbContext = {
    s,
    units,
    words,
    text: sentence.text,
    // Under a headline about a call, or beside "the calls", "X spoke with Y" with no place to
    // meet in, nor a gathering ("over lunch"), is that call.
    hasPhone: PHONE.test(lower) || (near.callNear && !placed && !GATHERING.test(lower)),
    // Readouts say "spoke today with X" of a call; in person it has a place or a gathering,
    // or follows the speaker's arrival.
    // ("met X and then talked with Y", "sat across from each other and discussed": in the same
    // round of meetings.)
    unplaced:
      !placed && !GATHERING.test(lower) && !near.visitNear && !/\b(?:met|sat)\b/.test(lower),
    phraseOf: (from, to) => ({
      start: words[units[from]!.from]!.start,
      end: words[units[to]!.to - 1]!.end,
    }),
  };
  const byNoun = new Map<number, Frame>();
  const frames: Frame[] = [];
  units.forEach((u, n) => {
    if (u.kind !== 'noun' || appeal(words, units, n)) return;
    const frame = nounFrame(c, n, u);
    // "three rounds of negotiations between A and B", "a parallel track of talks": one event.
    // "the third round of their peace talks": a possessive may stand between.
    const owned =
      units[n - 1]?.kind === 'pronoun' && (units[n - 1] as { possessive: boolean }).possessive;
    const of = units[n - 1 - Number(owned)];
    const outer =
      units[n - 2 - Number(owned)]?.kind === 'noun' && of?.kind === 'prep'
        ? byNoun.get(n - 2 - Number(owned))
        : undefined;
    if (outer && (of as { lemma: string }).lemma === 'of') {
      const { kind, contact, cameo } = frame;
      absorb(outer, frame);
      Object.assign(outer, { kind, contact: contact ?? outer.contact, cameo });
      outer.definite = outer.definite && !outer.fills.some((f) => f.role === 'party');
      byNoun.set(n, outer);
      return;
    }
    byNoun.set(n, frame);
    frames.push(frame);
  });
  // Words another verb took as its particles ("brought X face to face with Y") state nothing.
  let particlesEnd = -1;
  units.forEach((u, v) => {
    if (u.kind !== 'verb' || v <= particlesEnd) return;
    const found = verbEntry(units, words, v, u);
    if (!found) return;
    particlesEnd = Math.max(particlesEnd, found.end);
    const frame = verbFrame(c, v, u, found.entry, found.end);
    if (!frame) return;
    const again = onAnotherDay(units, frame);
    if (again) frames.push(again);
    const linked = frame.noun === null ? undefined : byNoun.get(frame.noun);
    // "..., with A and B attending": a role in the event the sentence tells, not an event.
    const before = units[v - 1];
    if (!linked && u.form === 'gerund' && before?.kind === 'actor' && before.prep === 'with')
      frame.partial = true;
    if (!linked) {
      frames.push(frame);
      return;
    }
    const { kind, contact } = linked;
    // "conducted shuttle diplomacy between A and B", "began a two-day state visit to Kenya": a
    // light verb's subject does what its noun names (a go-between's act, a trip), and meets
    // no one by it.
    const noun = units[frame.noun!];
    const mediates = noun?.kind === 'noun' && noun.entry.agent === 'mediator';
    const doer = mediates ? 'mediator' : kind === 'visit' ? 'visitor' : null;
    if (found.entry.light && doer) {
      const agent = frame.fills.find((f) => f.role === 'party' && f.unit < v);
      if (agent) agent.role = doer;
      frame.meetings = [];
    }
    // "held a phone call with": the verb, its noun and the phrase's preposition state it.
    const said =
      frame.meetings[0]?.phrase ?? frame.fills.find((f) => f.role === found.entry.agent)?.phrase;
    if (said && frame.noun! > v) linked.phrase = said;
    // "An accord between A and B was signed": the sides signed it, together.
    const signed =
      found.entry.cameo === '057' &&
      found.entry.contact === 'meet' &&
      !frame.fills.some((f) => f.role === 'party');
    const sides = linked.fills.filter((f) => f.role === 'party').map((f) => f.unit);
    if (signed && sides.length)
      linked.meetings.push({ units: sides, star: null, weak: false, phrase: frame.phrase });
    seatAtNoun(frame, linked, v);
    withOneSide(units, frame, linked);
    // "attended a meeting with his counterpart": one side of it, in the room, not a bystander.
    const withSide = units[frame.noun! + 1];
    const attended =
      found.entry.agent === 'attendee' && withSide?.kind === 'prep' && withSide.lemma === 'with';
    const sat = attended ? frame.fills.filter((f) => f.role === 'attendee') : [];
    for (const f of sat) f.role = 'party';
    absorb(linked, frame);
    for (const m of linked.meetings) m.units.unshift(...sat.map((f) => f.unit));
    // "held separate talks with A and B": the one who held them met each side apart.
    if (linked.indirect) for (const m of linked.meetings) m.star ??= m.units[0]!;
    // The noun names the event; the verb says who did what to it.
    linked.kind = kind;
    // "completed a prisoner exchange": a light verb meets no one unless its noun says so.
    // ("A and B negotiated a truce": bargaining over a deal is talks of its own.)
    const verbContact =
      found.entry.light && !found.entry.meetsOver?.includes(kind) ? null : frame.contact;
    linked.contact =
      contact === 'call' || frame.contact === 'call' ? 'call' : (contact ?? verbContact);
    if (/^04[35]$/.test(found.entry.cameo)) linked.cameo = found.entry.cameo;
    linked.partial = false;
    linked.definite = linked.definite && !linked.fills.some((f) => f.role === 'party');
  });
  units.forEach((u, r) => {
    const frame = u.kind === 'role' ? roleFrame(c, r, u.role) : teamHeadFrame(c, r);
    if (frame) frames.push(frame);
  });
  const filled = new Set(frames.flatMap((f) => f.fills.map((x) => x.unit)));
  units.forEach((_, k) => {
    const frame = filled.has(k) ? null : titledFrame(c, k);
    if (frame) frames.push(frame);
    const offer = offeredBetween(c, k);
    const sides = offer?.fills.find((f) => f.role === 'party');
    if (offer && sides && !filled.has(sides.unit)) frames.push(offer);
  });
  chained(units, byNoun, frames);
  sidesFromSentence(units, frames, 'gatherings');
  frames.push(...anotherBetween(units, frames, s));
  // "The format includes A and B as sides, C as mediators": a standing arrangement, whose
  // role nouns tell of no occasion either.
  const arrangement = units.some(standing);
  const kept = frames.filter(
    (f) =>
      (f.fills.length > 0 || f.definite || f.counterpart || openFighting(f, units)) &&
      !(arrangement && !isFighting(f.kind)),
  );
  const clauses = clauseIds(units);
  for (const f of kept) {
    // "held phone talks", "a telephone conference", "a virtual meeting": a call.
    if (f.contact === 'meet' && c.hasPhone && nearPhone(sentence, units, f))
      Object.assign(
        f,
        f.kind === 'talks' ? { contact: 'call', kind: 'call', cameo: '041' } : { contact: 'call' },
      );
    // "the first call since their summit in Woodside last November": an event the clause
    // names in passing keeps the date and place after it, and takes none from before it.
    // So does an event the text gives its own owner ("follow-up to Solih's visit to India in
    // December"): what follows it is said of it.
    const rivals = kept.flatMap((o) => {
      const said = passing(units, o);
      const opening = said >= 0 ? said : ownedNoun(units, o);
      return o !== f &&
        !o.partial &&
        o.triggers.every((t) => !f.triggers.includes(t)) &&
        opening >= 0
        ? o.triggers.map((trigger) => ({ trigger, opening }))
        : [];
    });
    placeAndDate(f, units, clauses, rivals, passing(units, f));
    // "on 14 October she met X, and the following day she was received by Y": the day after.
    if (f.date && followingDay(units, Math.min(...f.triggers))) f.date = dayAfter(f.date);
    if (besideTold(units, f, kept, clauses)) f.fresh = true;
    // "He called X on Wednesday to thank him for hosting the talks": the talks came before.
    if (thankedFor(units, f)) f.date = null;
    // "have now held three rounds since May": within the year of the report; "has facilitated
    // talks since the 1990s" spans years and has no date.
    const spans = published !== null && spansYears(sentence.text, units, published);
    // ("Senegal has so far hosted two rounds": rounds over the year, not the day's news.)
    if (!f.date && published && f.triggers.some((t) => presentPerfect(units[t])) && !spans) {
      if (sumsUp(sentence.text)) f.date = { value: published.slice(0, 4), precision: 'year' };
      else f.perfect = true;
    }
    // "after meeting X", "had met X": before the clause's own news, on a day it does not give;
    // so is a role praised ("for Oman's role in bringing the parties together").
    if (
      !f.date &&
      (spans ||
        passing(units, f) >= 0 ||
        f.triggers.some((t) => pastPerfect(units[t]) || effortGerund(units, t)))
    )
      f.undatable = true;
    f.status = frameStatus(f, units, published);
    if (!f.date && f.status === 'offered') f.date = saidDate(units, f, clauses);
    // A quotation is one side's word: kept, never a relation; but a named speaker's own
    // account of what they did ('"I met X this morning," Y said') is theirs to give.
    if (
      f.status === 'happened' &&
      quoted(sentence, words[units[f.triggers[0]!]!.from]!.start) &&
      !ownAccount(units, f)
    )
      f.status = 'reported';
  }
  // "paid a visit to Togo on Tuesday, where he held talks with X": the place's clause shares
  // the day of the clause it hangs from (its event's, or the date it names).
  for (const f of kept) {
    const where = whereClause(units, f);
    if (f.date || where < 0) continue;
    const host = kept.find((o) => o !== f && o.date && o.triggers.every((t) => t < where));
    const main = host?.date ?? dateBefore(units, where);
    if (main) f.date = main;
  }
  for (const f of kept) if (f.counterpart) counterpart(units, f, f.counterpart);
  credited(kept, units);
  rolesInAdjuncts(units, kept);
  const joined = joinPartials(kept);
  // A role that found no event in its sentence may still name the sides it stands between.
  sidesFromSentence(units, joined, 'third parties');
  captiveSides(units, joined);
  internalSides(units, words, joined);
  for (const f of joined) if (f.status === 'offered') f.speaker = speakerOf(units, f);
  return respectively(sentence, units, joined);
}

/**
 * "X replied that Kenya would gladly mediate": the person whose saying governs the frame (its
 * last trigger: "asked whether Kenya would host talks, X said it would play a bridging role").
 */
function speakerOf(units: Unit[], f: Frame): number | undefined {
  for (let k = Math.max(...f.triggers) - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind !== 'verb' || !SPEECH.has(u.lemma)) continue;
    const who = subjectOf(units, k).unit;
    const actor = units[who];
    if (
      actor?.kind === 'actor' &&
      actor.members.length === 1 &&
      actor.members[0]!.type === 'Person'
    )
      return who;
    return undefined;
  }
  return undefined;
}

/** Whether "the following day" or "the next day" comes after a date and before unit `t`. */
function followingDay(units: Unit[], t: number): boolean {
  const date = units.findIndex((u, k) => k < t && u.kind === 'date');
  if (date < 0) return false;
  for (let k = date + 1; k < t - 1; k++) {
    const [a, b] = [units[k], units[k + 1]];
    if (
      a?.kind === 'word' &&
      /^(?:following|next)$/.test(a.lower) &&
      b?.kind === 'word' &&
      b.lower === 'day'
    )
      return true;
  }
  return false;
}
