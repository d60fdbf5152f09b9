/**
 * Frames a verb states. The lexicon entry says the role of the verb's agent (its active
 * subject, its passive by-phrase, or the noun a participle modifies), of its object and of its
 * prepositional phrases; the verb's contact ("meet", "call", "receive") says who sat or spoke
 * with whom. Split particles ("brought X together with Y", "put their signatures to Y") are read
 * here, and so are the event nouns a verb takes as object or subject ("hosted talks", "the
 * round ... brought X face to face with Y"), which the sentence then joins into one frame.
 */
import type { Unit, VerbUnit } from './units.ts';
import { isNounGroup, objectOf, phrasesAfter, subjectOf } from './clauses.ts';
import { newFrame, type Frame } from './frame.ts';
import { VERBS, type Role, type VerbEntry } from './lexicon/index.ts';
import type { Word } from './sentences.ts';
import { actorLike, isGroup, satisfied, statesOnly } from './verb-needs.ts';

export interface VerbContext {
  s: number;
  units: Unit[];
  words: Word[];
  /** The sentence as written. */
  text: string;
  hasPhone: boolean;
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
    for (const [lemma, entry] of VERBS) {
      if (!lemma.startsWith(`${u.lemma} `)) continue;
      const particles = lemma.slice(u.lemma.length + 1).split(' ');
      let k = 0;
      let w = units[start]!.to;
      for (; w < Math.min(words.length, units[start]!.to + 8) && k < particles.length; w++) {
        const word = words[w]!;
        if (word.lemma === particles[k] || word.lower === particles[k]) k++;
        else if (word.pos !== 'DET' && !/^(?:their|its|his|her)$/.test(word.lower)) break;
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
  // "met face to face", "sat down together": said to be in one room.
  const after = c.words
    .slice(c.units[end]!.to, c.units[end]!.to + 4)
    .map((w) => w.lower)
    .join(' ');
  frame.together =
    Boolean(e.together) || /^(?:\w+ )?(?:together|jointly|face to face|in person)\b/.test(after);
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
    agent = by;
  } else {
    agent =
      u.form === 'gerund' || u.form === 'infinitive'
        ? clauseSubject(units, v)
        : subjectOf(units, v).unit;
    theme = objectOf(units, v);
    // "put their signatures to the accord": the object comes after the particles.
    if (end > v && (theme < 0 || theme > end || !isNounGroup(units[theme])))
      theme = objectOf(units, end);
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
    }
  }
  let reach = objectNoun;
  for (const p of phrases) {
    const role = e.preps[p.prep];
    const target = units[p.unit]!;
    if (!role || p.unit === by) continue;
    if (role === 'event') {
      if (target.kind === 'noun') frame.noun ??= p.unit;
      // "received both delegations for a first round": the host of those talks.
      if (target.kind === 'noun' && e.agent === 'host' && target.entry.kind === 'talks')
        frame.hostedTalks = true;
    } else if (target.kind !== 'noun') {
      fill(frame, role as Role, p.unit, through(p.unit - 1));
      if (role === 'party' || role === 'guest') {
        present.push(p.unit);
        reach = Math.max(reach, p.unit - 1);
      }
    }
  }
  const agentUnit = agent >= 0 ? units[agent]! : null;
  const agentPhrase = agent === by && by >= 0 ? through(by - 1) : through(reach);
  if (agentUnit?.kind === 'noun') {
    // "The round brought X face to face with Y", "the talks opened": the event is the subject.
    frame.noun ??= agent;
  } else if (agentUnit) {
    fill(frame, e.agent, agent, agentPhrase);
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
    // "signed by A and by B", "signed by A, and B": every by-phrase names an agent.
    if (agent === by)
      for (const p of phrases)
        if (p.prep === 'by' && p.unit !== by && units[p.unit]!.kind !== 'noun') {
          fill(frame, e.agent, p.unit, agentPhrase);
          if (frame.contact) present.push(p.unit);
        }
    if (e.present) for (const f of frame.fills) if (f.unit === agent) f.present = true;
  }
  if (!satisfied(c, frame, e, present, agent)) return null;
  if (e.alone && agentUnit?.kind === 'actor' && !isGroup(agentUnit) && present.length === 0) {
    for (const f of frame.fills) if (f.unit === agent) f.role = e.alone;
    frame.contact = null;
  }
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
      present.length > 1 && (receives || frame.contact === 'call' || frame.indirect || apart)
        ? present[0]!
        : null;
    // "held talks", "resumed negotiations": talks took place, not necessarily in one room.
    const weak = Boolean(e.light) && frame.noun !== null;
    frame.meetings.push({ units: present, star, weak, phrase: through(reach) });
  }
  // "Accompanied by X, A met B": X came with A to A's event; a role that joins it.
  const principal = e.follows ? frame.fills.find((f) => f.role !== e.agent) : undefined;
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

/** The noun group a participle modifies: right before it, before its comma, or the main subject. */
function participleTheme(units: Unit[], v: number): number {
  let k = v - 1;
  if (units[k]?.kind === 'punct' && (units[k] as { text: string }).text === ',') k--;
  if (isNounGroup(units[k])) return k;
  if (k < 0 || v === 0) {
    // "Invited by X, A and B sat down": the subject of the main clause after the comma.
    for (let m = v + 1; m < units.length; m++) {
      const u = units[m]!;
      if (u.kind === 'verb' && u.form === 'finite') return subjectOf(units, m).unit;
    }
  }
  return -1;
}

/**
 * The subject of a gerund or infinitive: the noun group right before a gerund ("with A and B
 * agreeing"), the object before "for"/"with" ("thanked X for hosting"), the owner of an offer
 * ("X's offer to mediate", "an offer by X to host"), else the nearest finite verb's subject.
 */
function clauseSubject(units: Unit[], v: number): number {
  const verb = units[v] as VerbUnit;
  const before = units[v - 1];
  // "with A and B agreeing": an actor right before the gerund; "spent two years brokering" is not.
  if (verb.form === 'gerund' && before && /^(?:actor|pronoun|anaphor)$/.test(before.kind))
    return v - 1;
  // "negotiators travelling from X": someone the text does not name.
  if (
    verb.form === 'gerund' &&
    before?.kind === 'word' &&
    before.pos === 'NOUN' &&
    /s$/.test(before.lower) &&
    !/^(?:year|month|week|day|hour|decade|minute)$/.test(before.lemma)
  )
    return -1;
  if (
    verb.form === 'gerund' &&
    before?.kind === 'prep' &&
    /^(?:for|with)$/.test(before.lemma) &&
    isNounGroup(units[v - 2])
  )
    return v - 2;
  // "X's offer to mediate"; but "at X's invitation to meet Y" is the invitee's meeting.
  if (
    verb.form === 'infinitive' &&
    before?.kind === 'noun' &&
    before.owner &&
    before.entry.agent !== 'host'
  )
    return units.indexOf(before.owner);
  // "an offer by the Rome-based Community of X to host": the by-phrase is the offer's author.
  if (verb.form === 'infinitive' && before?.kind === 'actor') {
    for (let k = v - 2; k >= Math.max(0, v - 6); k--) {
      const u = units[k]!;
      if (u.kind === 'prep' && u.lemma === 'by') {
        if (units[k - 1]?.kind === 'noun' || units[k - 1]?.kind === 'word') return v - 1;
        break;
      }
      if (u.kind === 'verb' && u.form === 'finite' && !/ed$/.test(u.words.at(-1) ?? '')) break;
    }
  }
  for (let k = v - 1; k >= 0; k--)
    if (units[k]!.kind === 'verb' && (units[k] as VerbUnit).form === 'finite')
      return subjectOf(units, k).unit;
  for (let k = v + 1; k < units.length; k++)
    if (units[k]!.kind === 'verb' && (units[k] as VerbUnit).form === 'finite')
      return subjectOf(units, k).unit;
  return -1;
}
