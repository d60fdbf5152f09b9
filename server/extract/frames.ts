/**
 * Event frames within one sentence. Every trigger in the lexicon starts a frame: a verb
 * (verb-frames.ts) from its subject, object and phrases; an event noun from its modifiers
 * ("Qatari-brokered", "Peru-Bolivia", "X's", "their") and its phrases ("between A and B",
 * "with X", "of X"). A verb whose object or subject is an event noun ("hosted talks between A
 * and B", "the accord was signed") and a participle that modifies one ("talks hosted by X") are
 * one frame with it; a frame that names only a role ("X presided as ...", "at X's invitation",
 * "X also took part when ...") joins the event its sentence is about.
 */
import type { NounUnit, Unit } from './chunks.ts';
import { clauseIds, isNounGroup, phrasesAfter, subjectOf, type Phrase } from './clauses.ts';
import { absorb, newFrame, type Frame } from './frame.ts';
import { INDIRECT, PHONE_MARKERS, SEQUENCE, TOGETHER, VERBS, type Role } from './lexicon/index.ts';
import type { Sentence } from './sentences.ts';
import { placeAndDate } from './place-and-date.ts';
import { frameStatus } from './status.ts';
import { fill, roleFrame, verbEntry, verbFrame, type VerbContext } from './verb-frames.ts';

const PHONE = new RegExp(`\\b(?:${[...PHONE_MARKERS].join('|')})\\b`);

export function sentenceFrames(
  s: number,
  sentence: Sentence,
  units: Unit[],
  published: string | null,
): Frame[] {
  const words = sentence.words;
  const c: VerbContext = {
    s,
    units,
    words,
    text: sentence.text,
    hasPhone: PHONE.test(sentence.text.toLowerCase()),
    phraseOf: (from, to) => ({
      start: words[units[from]!.from]!.start,
      end: words[units[to]!.to - 1]!.end,
    }),
  };
  const byNoun = new Map<number, Frame>();
  const frames: Frame[] = [];
  units.forEach((u, n) => {
    if (u.kind !== 'noun') return;
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
    if (!linked) {
      frames.push(frame);
      return;
    }
    const { kind, contact } = linked;
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
    absorb(linked, frame);
    // "held separate talks with A and B": the one who held them met each side apart.
    if (linked.indirect) for (const m of linked.meetings) m.star ??= m.units[0]!;
    // The noun names the event; the verb says who did what to it.
    linked.kind = kind;
    linked.contact =
      contact === 'call' || frame.contact === 'call' ? 'call' : (contact ?? frame.contact);
    if (/^04[35]$/.test(found.entry.cameo)) linked.cameo = found.entry.cameo;
    linked.partial = false;
    linked.definite = linked.definite && !linked.fills.some((f) => f.role === 'party');
  });
  units.forEach((u, r) => {
    if (u.kind !== 'role') return;
    const frame = roleFrame(c, r, u.role);
    if (frame) frames.push(frame);
  });
  chained(units, byNoun, frames);
  sidesFromSentence(units, frames, 'gatherings');
  const kept = frames.filter((f) => f.fills.length > 0 || f.definite);
  const clauses = clauseIds(units);
  for (const f of kept) {
    if (f.contact === 'meet' && c.hasPhone && nearPhone(sentence, units, f)) f.contact = 'call';
    // "the first call since their summit in Woodside last November": an event the clause
    // names in passing keeps the date and place after it, and takes none from before it.
    const rivals = kept.flatMap((o) => {
      const opening = passing(units, o);
      return o !== f &&
        !o.partial &&
        o.triggers.every((t) => !f.triggers.includes(t)) &&
        opening >= 0
        ? o.triggers.map((trigger) => ({ trigger, opening }))
        : [];
    });
    placeAndDate(f, units, clauses, rivals, passing(units, f));
    // "have now held three rounds since May": within the year of the report.
    if (!f.date && published && f.triggers.some((t) => presentPerfect(units[t])))
      f.date = { value: published.slice(0, 4), precision: 'year' };
    f.status = frameStatus(f, units, published);
    // A quotation is one side's word: kept, never a relation.
    if (f.status === 'happened' && quoted(sentence, words[units[f.triggers[0]!]!.from]!.start))
      f.status = 'reported';
  }
  for (const f of kept) if (f.counterpart) counterpart(units, f, f.counterpart);
  credited(kept);
  const joined = joinPartials(kept);
  // A role that found no event in its sentence may still name the sides it stands between.
  sidesFromSentence(units, joined, 'third parties');
  return respectively(sentence, units, joined);
}

/**
 * "A and B praised X, which facilitated the process, and Y, which hosted the round": whoever
 * thanks or credits a third party is what that party stood between.
 */
function credited(frames: Frame[]): void {
  const credit = frames.find((f) => f.cameo === '051' && f.fills.some((x) => x.role === 'party'));
  if (!credit) return;
  const sides = credit.fills.filter((x) => x.role === 'party');
  for (const f of frames) {
    if (f === credit || f.fills.some((x) => x.role === 'party')) continue;
    if (!f.fills.some((x) => x.role === 'mediator' || x.role === 'host')) continue;
    f.fills.push(...sides);
    f.definite = false;
    f.partial = false;
  }
}

/**
 * "the talks that led to the 2005 agreement between A and B": the talks were between the
 * sides of what they led to.
 */
function chained(units: Unit[], byNoun: Map<number, Frame>, frames: Frame[]): void {
  for (const [n, talks] of byNoun) {
    const sub = units[n + 1];
    const verb = units[n + 2];
    if (sub?.kind !== 'sub' || !/^(?:that|which)$/.test(sub.lemma)) continue;
    if (verb?.kind !== 'verb' || !/^(?:lead|produce|yield|result|pave|bring)$/.test(verb.lemma))
      continue;
    for (let m = n + 3; m < Math.min(units.length, n + 7); m++) {
      const outcome = byNoun.get(m);
      if (!outcome) continue;
      for (const f of outcome.fills) if (f.role === 'party') talks.fills.push(f);
      talks.date ??= outcome.date;
      frames.splice(frames.indexOf(outcome), 1);
      break;
    }
  }
}

const presentPerfect = (u: Unit | undefined) =>
  u?.kind === 'verb' && u.perfect && u.words.some((w) => w === 'has' || w === 'have');

/** Whether offset `at` of the sentence is inside quotation marks. */
function quoted(sentence: Sentence, at: number): boolean {
  const before = sentence.text.slice(0, at);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return curly > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** The subject of the clause a "talks with X" phrase sits in: the other side of the talks. */
function counterpart(units: Unit[], f: Frame, role: Role): void {
  const n = f.noun!;
  if (f.triggers.some((t) => units[t]!.kind === 'verb')) return;
  // The verb of the clause the phrase hangs from: before it ("X said on a visit to Y"), or
  // after a fronted phrase ("After meetings with A, X said").
  const finite = (k: number) =>
    units[k]!.kind === 'verb' && (units[k] as { form: string }).form === 'finite';
  let verb = -1;
  for (let k = n - 1; k >= 0 && verb < 0; k--) {
    if (finite(k)) verb = k;
    else if (
      units[k]!.kind === 'sub' ||
      (units[k]!.kind === 'punct' && /^[;:¶]$/.test((units[k] as { text: string }).text))
    )
      break;
  }
  for (let k = n + 1; k < units.length && verb < 0; k++) if (finite(k)) verb = k;
  if (verb < 0) return;
  const subject = subjectOf(units, verb).unit;
  if (subject < 0 || units[subject]!.kind === 'noun' || f.fills.some((x) => x.unit === subject))
    return;
  fill(f, role, subject);
  for (const m of f.meetings) m.units.unshift(subject);
}

/**
 * "On November 1 and 2, respectively, X had calls with A and B": one event per pair, each on
 * its own date.
 */
function respectively(sentence: Sentence, units: Unit[], frames: Frame[]): Frame[] {
  if (!/\brespectively\b/i.test(sentence.text)) return frames;
  const dates = units.filter(
    (u) => u.kind === 'date' && !u.possessive && !u.date.background,
  ) as Extract<Unit, { kind: 'date' }>[];
  const out: Frame[] = [];
  for (const f of frames) {
    const list = f.fills.find((x) => {
      const u = units[x.unit]!;
      return u.kind === 'actor' && u.members.length === dates.length && dates.length > 1;
    });
    if (!list) {
      out.push(f);
      continue;
    }
    const group = units[list.unit] as Extract<Unit, { kind: 'actor' }>;
    group.members.forEach((member, k) => {
      const single = units.push({ ...group, members: [member] }) - 1;
      const swap = (unit: number) => (unit === list.unit ? single : unit);
      out.push({
        ...f,
        fills: f.fills.map((x) => ({ ...x, unit: swap(x.unit) })),
        meetings: f.meetings.map((m) => ({ ...m, units: m.units.map(swap) })),
        date: { value: dates[k]!.date.value, precision: dates[k]!.date.precision },
      });
    });
  }
  return out;
}

/** "held talks by phone", "discussed ... over the telephone": a meeting verb on a call. */
function nearPhone(sentence: Sentence, units: Unit[], f: Frame): boolean {
  return f.triggers.some((t) => {
    const u = units[t]!;
    if (u.kind === 'noun' && u.entry.kind !== 'call' && !u.mods.some((m) => PHONE.test(m))) {
      const after = sentence.text.slice(
        sentence.words[u.to - 1]!.end,
        sentence.words[Math.min(sentence.words.length - 1, u.to + 6)]!.end,
      );
      return PHONE.test(after.toLowerCase()) && !/\bcall\b/.test(after.toLowerCase());
    }
    if (u.kind !== 'verb') return u.kind === 'noun' && u.mods.some((m) => PHONE.test(m));
    const around = sentence.words.slice(u.from, Math.min(sentence.words.length, u.to + 10));
    return (
      around.some((w) => PHONE.test(w.lower)) &&
      !around.some((w) => w.lemma === 'call' && w.pos === 'NOUN')
    );
  });
}

function nounFrame(c: VerbContext, n: number, u: NounUnit): Frame {
  const e = u.entry;
  const units = c.units;
  const frame = newFrame(c.s, e.kind, e.cameo);
  frame.noun = n;
  frame.triggers.push(n);
  frame.contact = e.contact ?? null;
  frame.phrase = { start: c.words[u.head]!.start, end: c.words[u.to - 1]!.end };
  frame.date = u.date ? { value: u.date.value, precision: u.date.precision } : null;
  frame.place = u.place;
  // "separate talks", "one-on-one sessions": the sides met whoever held them, apart.
  const spelled = c.text
    .slice(c.words[Math.max(0, u.from - 4)]!.start, c.words[u.to - 1]!.end)
    .toLowerCase();
  frame.indirect =
    u.mods.some((m) => INDIRECT.has(m)) || [...INDIRECT].some((m) => spelled.includes(m));
  frame.together = u.mods.some((m) => TOGETHER.has(m));
  if (e.status) frame.status = e.status;
  const agent: Role = e.agent ?? (e.kind === 'visit' ? 'visitor' : 'party');
  // The noun's own words, without its modifiers ("visit", not "X's visit").
  const own = { start: c.words[u.head]!.start, end: c.words[u.to - 1]!.end };
  const upTo = (unit: number) => ({ start: own.start, end: c.phraseOf(unit, unit).end });
  if (u.owner) fill(frame, agent, units.indexOf(u.owner), own);
  // "their talks", "his visit": the owner is a pronoun, left in place before the noun.
  const before = units[n - 1];
  if (before?.kind === 'pronoun' && before.possessive) fill(frame, agent, n - 1, own);
  if (u.parties) fill(frame, 'party', units.indexOf(u.parties), own);
  if (u.agentBy) {
    const role = VERBS.get(u.agentBy.lemma)?.agent;
    const word = c.words[u.agentBy.word]!;
    if (role)
      fill(frame, role === 'host' ? 'mediator' : role, units.indexOf(u.agentBy.actor), {
        start: word.start,
        end: word.end,
      });
  }
  const phrases = phrasesAfter(units, n);
  for (const p of phrases) nounPhrase(units, frame, p, agent, upTo(p.unit - 1));
  // "After meetings with A and B, X said": the one they met is the clause's subject.
  if (!u.owner && phrases.some((p) => p.prep === 'with') && !u.parties) frame.counterpart = 'party';
  // "X said on a visit to Baku": the traveller is the clause's subject.
  if (e.kind === 'visit' && !frame.fills.some((f) => f.role === 'visitor'))
    frame.counterpart = 'visitor';
  // "the talks" refers back; "the talks that led to the 2005 accord" says which talks it means.
  const restricted =
    units[n + 1]?.kind === 'sub' &&
    /^(?:that|which)$/.test((units[n + 1] as { lemma: string }).lemma);
  frame.definite =
    Boolean(u.det && /^(?:the|this|that|these)$/.test(u.det)) &&
    !restricted &&
    !frame.fills.some((f) => f.role === 'party');
  // "mediation", "auspices", "invitation" name a role in some event: they join it.
  frame.roleNoun = Boolean(e.agent);
  frame.partial = Boolean(e.agent) && !frame.fills.some((f) => f.role === 'party');
  if (frame.contact) {
    const sides = frame.fills.filter((f) => f.role === 'party').map((f) => f.unit);
    const said = frame.fills.find((f) => f.role === 'party')?.phrase ?? own;
    // "separate consultations with X": each side met X, not the other sides.
    if (sides.length)
      frame.meetings.push({
        units: sides,
        star: frame.indirect ? -1 : null,
        weak: true,
        phrase: said,
      });
  }
  if (e.needs === 'phone' && !c.hasPhone) frame.fills = [];
  return frame;
}

function nounPhrase(
  units: Unit[],
  frame: Frame,
  p: Phrase,
  agent: Role,
  said: { start: number; end: number },
): void {
  const target = units[p.unit]!;
  if (frame.kind === 'visit' && (p.prep === 'to' || (p.prep === 'in' && target.kind !== 'place'))) {
    fill(frame, 'destination', p.unit, said);
    // A visit happens where the traveller went.
    if (target.kind === 'place') frame.place ??= target.id;
    return;
  }
  if (target.kind === 'place') {
    if (/^(?:in|at)$/.test(p.prep)) frame.place ??= target.id;
    return;
  }
  if (!isNounGroup(target) || target.kind === 'noun') return;
  if (/^(?:between|among|with)$/.test(p.prep)) fill(frame, 'party', p.unit, said);
  else if (p.prep === 'of' || p.prep === 'by') fill(frame, agent, p.unit, said);
}

/**
 * A frame that names only a role joins the event of its sentence: the nearest complete frame,
 * preferring one after it in a clause it introduces ("presided as A and B signed").
 */
function joinPartials(frames: Frame[]): Frame[] {
  const complete = frames.filter((f) => !f.partial);
  const out: Frame[] = [...complete];
  for (const f of frames) {
    if (!f.partial) continue;
    const at = f.triggers[0]!;
    const host = complete
      // Fighting has no mediator; a visit has its own hosts.
      .filter((g) => !/^(?:visit|clash|war)$/.test(g.kind) && g.status === 'happened')
      .sort((a, b) => Math.abs(a.triggers[0]! - at) - Math.abs(b.triggers[0]! - at))[0];
    // "X, the mediator, met Y": a side of this event is not its mediator.
    const side = host?.fills.some((g) => f.fills.some((x) => x.unit === g.unit));
    if (host && !side && f.status === 'happened') absorb(host, { ...f, partial: false });
    else if (!side) out.push(f);
  }
  return out;
}

/**
 * A mediator or host whose frame names no sides ("Negotiations hosted by X ended with A and B
 * agreeing", "X played host as A and B negotiators traded proposals") mediated between the
 * group of two or more actors the sentence names outside any other role.
 */
function sidesFromSentence(
  units: Unit[],
  frames: Frame[],
  pass: 'gatherings' | 'third parties',
): void {
  // A group already the sides of fighting may be what a truce or talks were between.
  const used = new Set(
    frames
      .filter((f) => f.kind !== 'clash' && f.kind !== 'war')
      .flatMap((f) => f.fills.map((x) => x.unit)),
  );
  for (const f of frames) {
    if (
      f.definite ||
      f.kind === 'visit' ||
      f.fills.some((x) => x.role === 'party' || x.role === 'guest')
    )
      continue;
    const third =
      pass === 'third parties' && f.fills.some((x) => x.role === 'mediator' || x.role === 'host');
    // "A and B leave after a state reception": people the sentence is about were at it.
    const gathering =
      pass === 'gatherings' && f.contact === 'meet' && f.noun !== null && !f.fills.length;
    if (!third && !gathering) continue;
    const group = units.findIndex(
      (u, n) =>
        u.kind === 'actor' &&
        !u.modifier &&
        !used.has(n) &&
        u.members.length >= 2 &&
        !/^(?:in|at|to|from|on)$/.test(u.prep ?? '') &&
        (third || (u.prep === null && u.members.every((m) => m.type === 'Person'))),
    );
    if (group >= 0) {
      fill(f, 'party', group);
      if (gathering) f.meetings.push({ units: [group], star: null, weak: false });
      used.add(group);
      f.partial = false;
    }
  }
}

/**
 * Where a frame's noun phrase opens with a word that sets it beside the clause's event in time
 * ("after their summit", "and Blinken's meeting with Wang"), rather than being the event; -1 if not.
 */
function passing(units: Unit[], f: Frame): number {
  const first = Math.min(...f.triggers);
  if (units[first]?.kind !== 'noun') return -1;
  let k = first - 1;
  const filler = (u: Unit | undefined) =>
    u?.kind === 'pronoun' || (u?.kind === 'actor' && u.possessive) || u?.kind === 'word';
  for (let n = 0; n < 3 && filler(units[k]) && !sequenceWord(units[k]!); n++) k--;
  return sequenceWord(units[k]) ? k : -1;
}

function sequenceWord(u: Unit | undefined): boolean {
  return (
    (u?.kind === 'prep' && SEQUENCE.has(u.lemma)) || (u?.kind === 'word' && SEQUENCE.has(u.lower))
  );
}

/**
 * "spoke with A on Monday and with B on Wednesday", "received A on Monday and B on Wednesday":
 * a second actor with a day of its own is a second event of the same verb, with the same agent.
 */
function onAnotherDay(units: Unit[], frame: Frame): Frame | null {
  const last = Math.max(...frame.fills.map((f) => f.unit));
  const first = units[last];
  if (first?.kind !== 'actor' || units[last + 1]?.kind !== 'date') return null;
  const and = units[last + 2];
  if (and?.kind !== 'word' || and.lower !== 'and') return null;
  const prep = units[last + 3]?.kind === 'prep' ? last + 3 : -1;
  const other = prep >= 0 ? last + 4 : last + 3;
  const actor = units[other];
  const day = units[other + 1];
  if (actor?.kind !== 'actor' || day?.kind !== 'date' || actor.prep !== first.prep) return null;
  const copy: Frame = {
    ...frame,
    fills: frame.fills.map((f) => (f.unit === last ? { ...f, unit: other } : f)),
    meetings: frame.meetings.map((m) => ({
      ...m,
      units: m.units.map((k) => (k === last ? other : k)),
      star: m.star === last ? other : m.star,
    })),
    triggers: [...frame.triggers],
    date: { value: day.date.value, precision: day.date.precision },
  };
  return copy;
}
