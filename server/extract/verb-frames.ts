/**
 * Frames a verb states. The lexicon entry says the role of the verb's agent (its active
 * subject, its passive by-phrase, or the noun a participle modifies), of its object and of its
 * prepositional phrases; the verb's contact ("meet", "call", "receive") says who sat or spoke
 * with whom. Split particles ("brought X together with Y", "put their signatures to Y") are read
 * here, and so are the event nouns a verb takes as object or subject ("hosted talks", "the
 * round ... brought X face to face with Y"), which the sentence then joins into one frame.
 */
import type { Unit, VerbUnit } from './units.ts';
import { objectOf, relativeObject } from './clause-objects.ts';
import {
  attributive,
  describedAfterAnd,
  describedBeforeAnd,
  secondObject,
} from './verb-coordination.ts';
import { isNounGroup, subjectOf } from './clauses.ts';
import { phrasesAfter } from './phrases-after.ts';
import { easesBetween, rivalSides, sidesMet } from './rival-sides.ts';
import { newFrame, type Fill, type Frame } from './frame.ts';
import { PHRASAL_VERBS, VERBS, type Role, type VerbEntry } from './lexicon/index.ts';
import type { Word } from './sentences.ts';
import {
  actorLike,
  hostsThing,
  hostsPopulation,
  isGroup,
  peopleOnly,
  satisfied,
  statesOnly,
  talksFor,
} from './verb-needs.ts';
import {
  actorBeforeAnd,
  alongsideAfter,
  clauseSubject,
  manner,
  namedAfterDash,
  participleTheme,
} from './verb-subjects.ts';

export interface VerbContext {
  s: number;
  units: Unit[];
  words: Word[];
  /** The sentence as written. */
  text: string;
  hasPhone: boolean;
  /** No place, venue or gathering in the sentence: "X spoke with Y" there is a call. */
  unplaced: boolean;
  phraseOf(from: number, to: number): { start: number; end: number };
}

export const fill = (
  frame: Frame,
  role: Role,
  unit: number,
  phrase: { start: number; end: number } | null = null,
) => {
  if (unit >= 0 && !frame.fills.some((f) => f.unit === unit && f.role === role))
    frame.fills.push({ role, unit, phrase });
};

/** "talks with Qatari mediators", "with the Norwegian facilitator X": no side, a go-between. */
export const thirdParty = (u: Unit | undefined): Role | null =>
  u?.kind === 'actor' && (u.role === 'mediator' || u.role === 'host') ? u.role : null;

/**
 * A go-between's fill for `unit`: "held talks with the Norwegian facilitator X" seats X with
 * whoever held them (a person in the room; "talks with Qatari mediators" names no one there).
 */
export function fillThird(
  frame: Frame,
  role: Role,
  unit: number,
  units: Unit[],
  phrase: Fill['phrase'],
): void {
  fill(frame, role, unit, phrase);
  const f = frame.fills.find((x) => x.unit === unit && x.role === role);
  if (f && peopleOnly(units[unit])) f.present = true;
}

/**
 * The lexicon entry of a verb, perhaps with particles after its object ("brought X together",
 * "brought X face to face with Y"): the entry and the unit the particles end in.
 */
export function verbEntry(
  units: Unit[],
  words: Word[],
  v: number,
  u: VerbUnit,
): { entry: VerbEntry; end: number } | null {
  const object = objectOf(units, v);
  for (const start of object >= 0 ? [object, v] : [v]) {
    for (const [lemma, entry] of PHRASAL_VERBS.get(u.lemma) ?? []) {
      const particles = lemma.slice(u.lemma.length + 1).split(' ');
      // "called X on Friday": an "on" after the object is its day or topic, no particle.
      if (start !== v && particles[0] === 'on') continue;
      let k = 0;
      let w = units[start]!.to;
      for (; w < Math.min(words.length, units[start]!.to + 8) && k < particles.length; w++) {
        const word = words[w]!;
        if (word.lemma === particles[k] || word.lower === particles[k]) k++;
        // "brought X's negotiator, Y, face to face with Z": the comma closes the apposition.
        else if (word.text === ',' && w === units[start]!.to && start !== v) continue;
        else if (word.pos !== 'DET' && !/^(?:their|its|his|her|respective)$/.test(word.lower))
          break;
      }
      if (k === particles.length) {
        const end = units.findIndex((x) => x.to >= w);
        return { entry, end: end < 0 ? units.length - 1 : end };
      }
    }
  }
  const entry = VERBS.get(u.lemma);
  return entry ? { entry, end: v } : null;
}

export function verbFrame(
  c: VerbContext,
  v: number,
  u: VerbUnit,
  e: VerbEntry,
  end: number,
): Frame | null {
  const units = c.units;
  const frame = newFrame(c.s, e.kind, e.cameo);
  frame.triggers.push(v);
  frame.contact = e.contact ?? null;
  // "Invited by X, A and B met": the invitation was taken up; the main clause says so.
  frame.status = u.form === 'participle' ? 'happened' : (e.status ?? 'happened');
  frame.indirect = Boolean(e.indirect);
  frame.coChaired = /^co-/.test(u.lemma);
  const { together, separately, apart } = manner(c.units, c.words, end);
  frame.together = Boolean(e.together) || together;
  if (apart) frame.indirect = true;
  frame.phrase = c.phraseOf(v, end);
  const phrases = phrasesAfter(units, end);
  const by = phrases.find((p) => p.prep === 'by')?.unit ?? -1;
  let agent: number;
  let theme: number;
  if (u.form === 'participle') {
    theme = participleTheme(units, v);
    agent = by;
  } else if (u.passive) {
    theme = subjectOf(units, v).unit;
    // ("Ahmed and his delegation were received by X": the one named, with his team.)
    const named = units[theme]?.kind === 'word' ? actorBeforeAnd(units, theme) : -1;
    if (named >= 0) theme = named;
    agent = by;
  } else {
    agent = attributive(units, v)
      ? -1
      : u.form === 'gerund' || u.form === 'infinitive'
        ? clauseSubject(units, v)
        : subjectOf(units, v).unit;
    theme = objectOf(units, v);
    // "put their signatures to the accord": the object comes after the particles.
    if (end > v && (theme < 0 || theme > end || !isNounGroup(units[theme])))
      theme = objectOf(units, end);
    // "Y, whom X met on Saturday": the relative pronoun is the object, standing for Y.
    if (theme < 0) theme = relativeObject(units, agent, v);
  }
  // "wrapped up eleven days of bargaining": the event is what the measure is of.
  const of = units[theme + 1];
  if (
    theme >= 0 &&
    units[theme]!.kind === 'word' &&
    of?.kind === 'prep' &&
    of.lemma === 'of' &&
    units[theme + 2]?.kind === 'noun'
  )
    theme += 2;
  theme = namedAfterDash(units, theme);
  const objectRoles = (e.object ?? '').split('|');
  const themeUnit = theme >= 0 ? units[theme]! : null;
  const present: number[] = [];
  // The words an analyst sees: the verb, its event noun when it follows, up to the phrase's
  // preposition ("mediated talks between", "held a phone call with", "mediated by").
  const through = (last: number) => c.phraseOf(v, Math.max(end, last));
  const objectNoun = themeUnit?.kind === 'noun' && theme > v ? theme : end;
  if (themeUnit?.kind === 'noun') {
    if (objectRoles.includes('event') || u.passive) frame.noun = theme;
    // "X hosted the talks": a host of talks stands between their sides, named or not.
    if (e.agent === 'host' && !u.passive) frame.hostedTalks = true;
  } else if (themeUnit) {
    const role = objectRoles.find((r) => r !== 'event') as Role | undefined;
    if (role) {
      fill(frame, role, theme, c.phraseOf(v, end));
      present.push(theme);
      // "brought together a Moroccan delegation headed by X, and a Polisario delegation led
      // by Y": a second object after "and a".
      const second = secondObject(units, theme);
      if (second >= 0) {
        fill(frame, role, second, c.phraseOf(v, end));
        present.push(second);
      }
    }
    // "received A and B, for a joint meeting": a host of the talks its guests came for.
    const talks = e.agent === 'host' ? talksFor(units, theme) : -1;
    if (talks >= 0) {
      frame.hostedTalks = true;
      frame.noun ??= talks;
    }
  }
  let reach = objectNoun;
  // "discussed Peru's border dispute with Bolivia": the "with" is the quarrel's, not the talk's.
  const rivals = rivalSides(units, end);
  for (const p of phrases) {
    const role = e.preps[p.prep];
    const target = units[p.unit]!;
    if (!role || p.unit === by || (p.prep === 'with' && rivals?.[1] === p.unit)) continue;
    if (role === 'event') {
      if (target.kind === 'noun') frame.noun ??= p.unit;
      // "hosted a dinner for X": the one it was for is the guest.
      else if (target.kind === 'actor' && e.agent === 'host' && themeUnit?.kind === 'noun') {
        fill(frame, 'guest', p.unit, through(p.unit - 1));
        present.push(p.unit);
      }
      // "received both delegations for a first round": the host of those talks.
      if (target.kind === 'noun' && e.agent === 'host' && target.entry.kind === 'talks')
        frame.hostedTalks = true;
    } else if (target.kind !== 'noun') {
      const third = thirdParty(target);
      if (third) fillThird(frame, third, p.unit, units, through(p.unit - 1));
      else fill(frame, role as Role, p.unit, through(p.unit - 1));
      if (role === 'party' || role === 'guest') {
        present.push(p.unit);
        reach = Math.max(reach, p.unit - 1);
      }
    }
  }
  // "mediate Peru's border dispute with Bolivia": the quarrel's sides, as "between" names them.
  if (e.preps.between === 'party' && !frame.fills.some((f) => f.role === 'party'))
    for (const side of rivals ?? []) fill(frame, 'party', side, through(side));
  const agentUnit = agent >= 0 ? units[agent]! : null;
  const agentPhrase = agent === by && by >= 0 ? through(by - 1) : through(reach);
  if (agentUnit?.kind === 'noun') {
    // "The round brought X face to face with Y", "the talks opened": the event is the subject;
    // but "the talks aimed to end the conflict" ends something else than the talks.
    const elsewhere = objectRoles.includes('event') && themeUnit?.kind === 'word';
    if (!elsewhere) frame.noun ??= agent;
  } else if (agentUnit) {
    // "witnessed by the Malaysian facilitator X": an attendee the text calls a go-between.
    fill(frame, (e.agent === 'attendee' && thirdParty(agentUnit)) || e.agent, agent, agentPhrase);
    // "The government and the Arakan Army met": a side named by a description, then "and".
    const and = units[agent - 1];
    const described = units[agent - 2];
    if (
      and?.kind === 'word' &&
      and.lower === 'and' &&
      described?.kind === 'word' &&
      actorLike(described)
    ) {
      fill(frame, e.agent, agent - 2, agentPhrase);
      if (frame.contact) present.push(agent - 2);
    }
    // "X, the US envoy, and Y, the chief negotiator, spent two days in talks": the first of
    // two named with their descriptions.
    const first = agentUnit.kind === 'actor' ? describedBeforeAnd(units, agent) : -1;
    if (first >= 0) {
      fill(frame, e.agent, first, agentPhrase);
      if (frame.contact) present.push(first);
    }
    // "Venezuela's government and its main opposition coalition sat down": the reverse.
    const named = actorBeforeAnd(units, agent);
    if (agentUnit.kind === 'word' && named >= 0) {
      fill(frame, e.agent, named, agentPhrase);
      if (frame.contact) present.push(named);
    }
    // "signed by A and by B", "signed by A, and B": every by-phrase names an agent.
    if (agent === by)
      for (const p of phrases)
        if (p.prep === 'by' && p.unit !== by && units[p.unit]!.kind !== 'noun') {
          fill(frame, e.agent, p.unit, agentPhrase);
          if (frame.contact) present.push(p.unit);
        }
    // "chaired by A and the bloc's special envoy for the dialogue, B": a second agent named
    // after a description of them.
    const second = agent === by ? describedAfterAnd(units, by) : -1;
    if (second >= 0) {
      fill(frame, e.agent, second, agentPhrase);
      if (frame.contact) present.push(second);
    }
    const noun = frame.noun === null ? undefined : units[frame.noun];
    const inRoom =
      e.present === true ||
      (Array.isArray(e.present) && noun?.kind === 'noun' && e.present.includes(noun.lemma));
    if (inRoom)
      for (const f of frame.fills) if (f.unit === agent || f.unit === second) f.present = true;
    // "X has been mediating between A and B, alongside Y": Y shares the go-between's role.
    const along = alongsideAfter(units, end);
    if (along >= 0 && (e.agent === 'mediator' || e.agent === 'host')) fill(frame, e.agent, along);
  }
  // "hosted a friendly soccer match between A and B": a host of a thing, not of talks or people.
  if (e.agent === 'host' && !u.passive && (hostsThing(themeUnit) || hostsPopulation(units, theme)))
    return null;
  if (!satisfied(c, frame, e, present, agent)) return null;
  // "spoke separately yesterday with A and B": meetings apart on a day of their own are events
  // of their own beside the joint one ("first sat down separately with them" is part of it).
  if (separately && units.some((x) => x.kind === 'date' && !x.possessive)) frame.indirect = true;
  // "spoke with X in Helsinki", "talked with Y after the meeting": face to face, not a call.
  if ((e.needs === 'voice' || e.needs === 'presence') && !c.hasPhone && !c.unplaced)
    Object.assign(frame, { kind: 'talks', cameo: '040', contact: 'meet' });
  // "negotiated the deal between A and B": whoever did so without being a side stood between.
  const themeSides =
    themeUnit?.kind === 'noun'
      ? phrasesAfter(units, theme).filter((p) => /^(?:between|among)$/.test(p.prep))
      : [];
  const sideIds = new Set(
    themeSides.flatMap((p) => {
      const u = units[p.unit];
      return u?.kind === 'actor' ? u.members.map((m) => m.id) : [];
    }),
  );
  const outside =
    agentUnit?.kind === 'actor' &&
    themeSides.length > 0 &&
    agentUnit.members.every((m) => !sideIds.has(m.id)) &&
    present.every((p) => themeSides.some((x) => x.unit === p));
  // ("US mediator X arrived to resume the negotiations between A and B": whoever the text
  // calls a go-between resumed them as one.)
  const titled = e.agent === 'party' ? thirdParty(agentUnit ?? undefined) : null;
  const outsider = e.outsider ?? titled;
  if (outsider && outside) {
    for (const f of frame.fills) if (f.unit === agent) f.role = outsider;
    frame.contact = null;
  }
  if (e.alone && agentUnit?.kind === 'actor' && !isGroup(agentUnit) && present.length === 0) {
    for (const f of frame.fills) if (f.unit === agent) f.role = e.alone;
    frame.contact = null;
  }
  // "X met with A and B to address tensions between the two nations": one who met both
  // sides of a quarrel, to ease it, stood between them at that table.
  if (
    frame.contact === 'meet' &&
    e.agent === 'party' &&
    agentUnit?.kind === 'actor' &&
    present.length > 0 &&
    sidesMet(units, present) > 1 &&
    easesBetween(units, end)
  )
    for (const f of frame.fills)
      if (f.unit === agent) Object.assign(f, { role: 'mediator', present: true });
  if (frame.contact && agent >= 0 && agentUnit?.kind !== 'noun') present.unshift(agent);
  // A host received guests ("received X"); hosting talks says nothing of whom the host sat with.
  const receives = frame.contact === 'receive';
  const hostedTheTalks = receives && themeUnit?.kind === 'noun';
  const enough = receives
    ? present.length > 1 && !hostedTheTalks
    : present.length > 1 || isGroup(units[present[0]!]);
  if (frame.contact && enough) {
    // A call is between two: "X phoned A and B" is two calls, not a conference; a state meeting
    // other states' delegations ("X met Peruvian and Bolivian negotiators") met each apart.
    // "A and B spoke by phone": one group and no one else, so everyone in it.
    const apart =
      present.length > 1 && !frame.together && present.slice(1).every((p) => statesOnly(units[p]));
    const star =
      present.length > 1 &&
      (receives ||
        frame.contact === 'call' ||
        frame.indirect ||
        apart ||
        separately ||
        phrases.some((p) => p.again))
        ? present[0]!
        : null;
    // "X hosted talks between A and B": talks took place, not necessarily in one room; but
    // "A and B held talks", said with no one between them, is a meeting.
    const weak =
      Boolean(e.light) &&
      frame.noun !== null &&
      frame.fills.some((f) => f.role === 'mediator' || f.role === 'host');
    frame.meetings.push({ units: present, star, weak, phrase: through(reach) });
  }
  // "Accompanied by X, A met B": X came with A to A's event; a role that joins it.
  const principal = e.follows ? frame.fills.find((f) => f.role !== e.agent) : undefined;
  // ("The four prisoners were accompanied by X": whom X came with is no one at any table.)
  if (principal && !/^(?:actor|pronoun|anaphor)$/.test(units[principal.unit]?.kind ?? ''))
    return null;
  if (principal) {
    frame.fills = frame.fills
      .filter((f) => f.role === e.agent)
      .map((f) => ({ ...f, with: principal.unit }));
    frame.meetings = [];
    frame.partial = true;
    return frame;
  }
  // Only an agent and no event: a role that joins the sentence's event ("X presided as ...").
  frame.partial =
    frame.noun === null &&
    !frame.meetings.length &&
    frame.fills.every((f) => f.unit === agent) &&
    e.agent !== 'visitor';
  return frame;
}
