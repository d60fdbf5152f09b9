/**
 * Frames an event noun states on its own. Much of diplomatic news names its events only as
 * nouns ("Qatari-brokered talks between A and B", "their June summit", "X's mediation"), with
 * no verb to carry them, so a noun's modifiers and phrases must fill the same roles a verb's
 * subject and object would; the sentence later merges a noun's frame with any verb that takes it.
 */
import type { NounUnit, Unit } from './units.ts';
import { isNounGroup } from './clauses.ts';
import { phrasesAfter, type Phrase } from './phrases-after.ts';
import { topicPlace } from './place-and-date.ts';
import { newFrame, type Frame } from './frame.ts';
import { inTurn } from './word-groups.ts';
import {
  DOCUMENTS,
  FRESH,
  INDIRECT,
  TOGETHER,
  UNDERTAKING,
  VERBS,
  type Role,
} from './lexicon/index.ts';
import { fill, fillThird, thirdParty, type VerbContext } from './verb-frames.ts';

import { aboutOthers, peopleOnly } from './verb-needs.ts';

/** Words for one-to-one meetings: apart only when one side met several. */
const PAIRWISE = /^(?:bilateral|one-on-one|one-to-one|one to one)$/;
// ("the session of the Council of the League": a council named by what it is of, too.)
const ASSEMBLY = /[-:](?:assembly|council|conference|forum|parliament|congress)(?:-(?:of|on)-.+)?$/;

export function nounFrame(c: VerbContext, n: number, u: NounUnit): Frame {
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
  const apart = [...INDIRECT].filter((m) => u.mods.includes(m) || spelled.includes(m));
  // "X held bilateral talks with A and B" met each apart; "A and B held bilateral talks", with
  // no one after "with", met each other.
  const after = units[n + 1];
  const withSomeone = after?.kind === 'prep' && after.lemma === 'with';
  // "had phone conversations with A, B and C": calls in the plural, one with each.
  // ("held a phone call with A and B": news folds two calls into one sentence more often than
  // it tells a three-way call, which it names so: "a joint call", "a three-way call".)
  // The phrases after the noun (or after the verb that only says it happened).
  const told = phrasesAfter(units, happening(units, n));
  const withWhom = units[told.find((p) => p.prep === 'with')?.unit ?? -1];
  const listed = withWhom?.kind === 'actor' && withWhom.members.length > 1;
  const joint = u.mods.some(
    (m) => TOGETHER.has(m) || /^(?:three-way|trilateral|conference)$/.test(m),
  );
  const calls =
    e.kind === 'call' &&
    ((withSomeone && /s$/.test(c.words[u.to - 1]!.lower)) || (listed && !joint));
  // ("meeting A and then B several times": one after the other.)
  const oneByOne = units[n + 1]?.kind === 'actor' && inTurn(c.words, units[n + 1]);
  frame.indirect =
    calls ||
    oneByOne ||
    apart.some((m) => withSomeone || !PAIRWISE.test(m)) ||
    told.some((p) => p.again);
  frame.together = Boolean(e.together) || u.mods.some((m) => TOGETHER.has(m));
  frame.fresh =
    u.mods.some((m) => FRESH.has(m)) ||
    /\b(?:another|fresh)\s*$/i.test(
      c.text.slice(c.words[Math.max(0, u.from - 1)]!.start, c.words[u.head]!.start),
    );
  // "eleven days of bargaining", "two weeks of talks": a span, not a day.
  frame.span = /\b(?:days|weeks|months)\s+of\s*$/i.test(
    c.text.slice(c.words[Math.max(0, u.from - 4)]!.start, c.words[u.from]!.start),
  );
  if (e.status) frame.status = e.status;
  const agent: Role = e.agent ?? (e.kind === 'visit' ? 'visitor' : 'party');
  // The noun's own words, without its modifiers ("visit", not "X's visit").
  const own = { start: c.words[u.head]!.start, end: c.words[u.to - 1]!.end };
  const upTo = (unit: number) => ({ start: own.start, end: c.phraseOf(unit, unit).end });
  // "in the presence of X" is someone's attendance, a named person's ("in the presence of
  // ICRC officials" is a body watching); "a military presence" is no one's.
  const there = units[n - 1];
  const of = units[n + 2];
  const person = of?.kind === 'actor' && of.members.every((m) => m.type === 'Person');
  if (agent === 'attendee' && !(there?.kind === 'prep' && there.lemma === 'in' && person))
    return frame;
  // "an EAC summit": a body's summit is its members' meeting, the body no side of it.
  // So is "a UN General Assembly session": an assembly's sitting, not a side's talks.
  const bodies = u.owner?.members.every((m) => m.type === 'Organization') === true;
  const forum =
    bodies &&
    (e.kind === 'summit' ||
      (!u.owner!.possessive && u.owner!.members.every((m) => ASSEMBLY.test(m.id))));
  if (u.owner && !forum) fill(frame, agent, units.indexOf(u.owner), own);
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
  // "after meeting Armenia's foreign minister", "after meeting his counterpart X": a bare
  // "meeting" taking an object is the verb.
  const his = units[n + 1];
  const at = his?.kind === 'pronoun' && his.possessive ? n + 2 : n + 1;
  const object = units[at];
  const metObject =
    !u.det && u.entry.lemma === 'meeting' && object?.kind === 'actor' && !object.prep;
  if (metObject) fill(frame, 'party', at, own);
  // "readouts of the calls from the State Department": what follows is the record's.
  const ofRecord = units[n - 1];
  const record = units[n - 2];
  const recorded =
    ofRecord?.kind === 'prep' &&
    ofRecord.lemma === 'of' &&
    record?.kind === 'word' &&
    DOCUMENTS.has(record.lemma);
  const phrases = recorded ? [] : told;
  for (const p of phrases) nounPhrase(units, frame, p, agent, upTo(p.unit - 1), e.recipients);
  // "agreed after mediation talks with Brazilian and Turkish leaders": those the talks were
  // with stood between; the one who agreed is the side.
  const mediationTalks = c.words
    .slice(u.from, u.to - 1)
    .some((w) => /^(?:mediation|mediated)$/.test(w.lower));
  if (mediationTalks && e.kind === 'talks')
    for (const f of frame.fills)
      if (f.role === 'party' && phrases.some((p) => p.prep === 'with' && p.unit === f.unit))
        f.role = 'mediator';
  // "After meetings with A and B, X said": the one they met is the clause's subject.
  // "X received a phone call from Y": so is the one called.
  const heard = frame.contact === 'call' && phrases.some((p) => p.prep === 'from');
  if (!u.owner && (metObject || heard || phrases.some((p) => p.prep === 'with')) && !u.parties)
    frame.counterpart = 'party';
  // "X praised Y during Doha-mediated talks", "A and B agreed to meet again following
  // negotiations mediated by X": talks someone stood between, naming no sides, were the
  // clause's own.
  // ("after the latest round of AU-mediated talks": before the round the talks are of.)
  const ofWord = units[n - 1];
  const ofRound = ofWord?.kind === 'prep' && ofWord.lemma === 'of' && units[n - 2]?.kind === 'noun';
  const during = units[ofRound ? n - 3 : n - 1];
  // ("In a statement following talks hosted by X, Y said": only sides that agreed on
  // something after the talks were at them.)
  const afterTalks =
    (during?.kind === 'prep' && /^(?:after|following)$/.test(during.lemma)) ||
    (during?.kind === 'verb' && during.lemma === 'follow' && during.form === 'gerund');
  const occasion =
    (during?.kind === 'prep' && /^(?:during|at)$/.test(during.lemma)) ||
    (afterTalks && agreedBefore(units, n));
  const mediated = u.agentBy || mediatedAfter(units, n);
  // ("A and B agreed to a truce after talks in Kuala Lumpur": the sides that agreed after
  // talks were at them, mediated or not.)
  const agreedAfter = afterTalks && agreedBefore(units, n);
  if (occasion && (mediated || agreedAfter) && !frame.fills.some((f) => f.role === 'party'))
    frame.counterpart = 'party';
  // "X announced the success of a new mediation effort between A and B": whoever undertakes a
  // mediation no one else is named for is its mediator.
  if (agent === 'mediator' && !frame.fills.some((f) => f.role === agent) && undertaken(units, n))
    frame.counterpart = agent;
  // "X said on a visit to Baku": the traveller is the clause's subject.
  if (e.kind === 'visit' && !frame.fills.some((f) => f.role === 'visitor'))
    frame.counterpart = 'visitor';
  // "the talks" refers back; "the talks that led to the 2005 accord" says which talks it means.
  const restricted =
    units[n + 1]?.kind === 'sub' &&
    /^(?:that|which)$/.test((units[n + 1] as { lemma: string }).lemma);
  // "No such meeting took place" refers back as surely as "the meeting", and refutes it.
  const such = u.det === 'no' && u.mods.includes('such');
  frame.refutes = such || (u.det === 'no' && happening(units, n) !== n);
  // ("3. Summit was chaired by X": a communiqué's bare capitalised noun is the event it is of.)
  // (Singular: "Talks resumed on Monday" is plain news.)
  const bare =
    !u.det &&
    /^\p{Lu}\p{Ll}*[^s]$/u.test(c.words[u.to - 1]?.text ?? '') &&
    /^\p{Lu}/u.test(c.words[u.from]?.text ?? '') &&
    units.slice(0, n).every((x) => x.kind === 'punct' || (x.kind === 'word' && x.pos === 'NUM'));
  frame.anaphoric =
    (Boolean(u.det && /^(?:the|this|that|these)$/.test(u.det)) || bare) && !restricted;
  frame.definite = (such || frame.anaphoric) && !frame.fills.some((f) => f.role === 'party');
  // "X assured Y in a telephone call", "A and B agreed after a direct meeting": a call or a
  // meeting that names no one was the clause's.
  // So is a joint statement they spoke through ("A and B said in a joint statement").
  if ((frame.contact || e.issued) && !frame.fills.length && !frame.definite && adjunct(units, n))
    frame.counterpart = 'party';
  // "mediation", "auspices", "invitation" name a role in some event: they join it.
  frame.roleNoun = Boolean(e.agent);
  frame.clauseOnly = e.needs === 'with';
  frame.elsewhere = frame.roleNoun && !u.parties && aboutOthers(units, n);
  frame.partial = Boolean(e.agent) && !frame.fills.some((f) => f.role === 'party');
  if (frame.contact) {
    const sides = frame.fills.filter((f) => f.role === 'party').map((f) => f.unit);
    const said = frame.fills.find((f) => f.role === 'party')?.phrase ?? own;
    // "separate consultations with X": each side met X, not the other sides.
    if (sides.length)
      frame.meetings.push({
        units: sides,
        star: frame.indirect ? -1 : null,
        weak: !frame.together,
        phrase: said,
      });
  }
  // ("described his conversation with President X", no phone said: no call, and no meeting.)
  if (e.needs === 'phone' && !c.hasPhone) {
    frame.fills = [];
    frame.meetings = [];
    frame.counterpart = undefined;
  }
  const prep = units[n - 1];
  const needed = e.needs === 'at' ? /^(?:at|on|upon)$/ : e.needs === 'under' ? /^under$/ : null;
  if (needed && !(prep?.kind === 'prep' && needed.test(prep.lemma))) frame.fills = [];
  if (e.present)
    for (const f of frame.fills)
      if (f.role === 'mediator' && peopleOnly(units[f.unit])) f.present = true;
  return frame;
}

/**
 * "The meeting took place between A and B", "talks were held among them": a verb that only
 * says the event happened leaves the noun's phrases after it, so they are read from there.
 */
function happening(units: Unit[], n: number): number {
  const verb = units[n + 1];
  if (verb?.kind !== 'verb') return n;
  const next = units[n + 2];
  if (verb.lemma === 'take' && next?.kind === 'word' && next.lemma === 'place') return n + 2;
  if (verb.passive && /^(?:hold|convene|organize|arrange)$/.test(verb.lemma)) return n + 1;
  // "the good offices extended by X to A and B": a participle of giving carries the phrases.
  if (verb.form === 'participle' && /^(?:extend|provide|lend|give)$/.test(verb.lemma)) return n + 1;
  // ("the mediation undertaken by X": whoever undertook a go-between's act did it.)
  const noun = units[n];
  const role = noun?.kind === 'noun' && noun.entry.agent === 'mediator';
  if (role && verb.form === 'participle' && UNDERTAKING.has(verb.lemma)) return n + 1;
  return n;
}

function nounPhrase(
  units: Unit[],
  frame: Frame,
  p: Phrase,
  agent: Role,
  said: { start: number; end: number },
  recipients = false,
): void {
  const target = units[p.unit]!;
  // "paid a courtesy call on President X": the one called on received the visit.
  const on = p.prep === 'on' && target.kind === 'actor';
  if (
    frame.kind === 'visit' &&
    (p.prep === 'to' || on || (p.prep === 'in' && target.kind !== 'place'))
  ) {
    fill(frame, 'destination', p.unit, said);
    // A visit happens where the traveller went.
    if (target.kind === 'place') frame.place ??= target.id;
    return;
  }
  if (target.kind === 'place') {
    if (/^(?:in|at)$/.test(p.prep) && !topicPlace(units, p.unit)) frame.place ??= target.id;
    return;
  }
  if (!isNounGroup(target) || target.kind === 'noun') return;
  // "a meeting convened by X": the by-phrase is the participle's agent, which its own frame
  // reads, not the meeting's.
  const participle = units[p.unit - 2];
  if (p.prep === 'by' && participle?.kind === 'verb' && VERBS.has(participle.lemma)) return;
  // "a phone call from X": the caller is a side of the call.
  const from = p.prep === 'from' && frame.contact === 'call';
  // "Israel's war against Hamas", "an offensive against the rebels": the other side.
  const against = p.prep === 'against' && (frame.kind === 'war' || frame.kind === 'clash');
  // "extended its good offices to A and B": those it is given to are the sides.
  const given = p.prep === 'to' && recipients;
  // "negotiations with Cuba and Norway as guarantor countries": a role, which roleFrame fills.
  const as = units[p.unit + 1];
  if (
    p.prep === 'with' &&
    as?.kind === 'prep' &&
    as.lemma === 'as' &&
    units[p.unit + 2]?.kind === 'role'
  )
    return;
  if (/^(?:between|among|with)$/.test(p.prep) || from || against || given) {
    const third = thirdParty(target);
    if (third) fillThird(frame, third, p.unit, units, said);
    else fill(frame, 'party', p.unit, said);
    // "a peace summit between A and B": two sides' summit is talks between them, and whoever
    // hosts it stands between them.
    if (p.prep === 'between' && frame.kind === 'summit') frame.kind = 'talks';
  }
  // "a meeting of the Joint Supervisory Body": the body the meeting is held in, no side.
  // ("the good offices of the Commission": a go-between's word names its agent all the same.)
  else if (p.prep === 'of' && frame.kind === 'talks' && agent === 'party' && forum(target)) return;
  // "assistance from X", "a visit from Y": the one it comes from is its agent.
  else if (p.prep === 'of' || p.prep === 'by' || (p.prep === 'from' && agent !== 'party'))
    fill(frame, agent, p.unit, said);
}

/** Whether an event noun heads a phrase that sets the clause in time or manner ("in a call"). */
function adjunct(units: Unit[], n: number): boolean {
  let k = n - 1;
  while (k >= 0 && units[k]!.kind === 'word') k--;
  const u = units[k];
  return u?.kind === 'verb' && u.lemma === 'follow'
    ? u.form === 'gerund'
    : u?.kind === 'prep' && /^(?:in|at|after|during|over|via|by)$/.test(u.lemma);
}

/** Whether the noun is the object of a verb of undertaking, words and a date between. */
function undertaken(units: Unit[], n: number): boolean {
  let k = n - 1;
  while (k >= 0 && /^(?:word|prep|date)$/.test(units[k]!.kind)) k--;
  const u = units[k];
  return u?.kind === 'verb' && !u.passive && UNDERTAKING.has(u.lemma);
}

/** "negotiations in Istanbul mediated by X": a go-between's participle soon after the noun. */
function mediatedAfter(units: Unit[], n: number): boolean {
  for (let k = n + 1; k < Math.min(units.length, n + 5); k++) {
    const u = units[k]!;
    if (u.kind === 'verb')
      return (
        u.form === 'participle' && /^(?:mediate|broker|facilitate|host|sponsor)$/.test(u.lemma)
      );
  }
  return false;
}

/** "A and B agreed to a truce following talks ...": the clause before agreed or signed. */
function agreedBefore(units: Unit[], n: number): boolean {
  // ("failed to sign an agreement after talks": whatever failed, the sides were at the talks.)
  const failed = (k: number) => {
    const v = units[k - 1];
    return v?.kind === 'verb' && v.lemma === 'fail' && v.form === 'finite';
  };
  return units
    .slice(0, n)
    .some(
      (u, k) =>
        u.kind === 'verb' &&
        /^(?:agree|reach|sign)$/.test(u.lemma) &&
        (u.form === 'finite' || (u.form === 'infinitive' && failed(k))),
    );
}

/** A single body whose name ends in a forum's head ("the Joint Supervisory Body", "the Council"). */
function forum(u: Unit): boolean {
  return (
    u.kind === 'actor' &&
    u.members.length === 1 &&
    u.members[0]!.type === 'Organization' &&
    FORUM.test(u.members[0]!.id)
  );
}

const FORUM =
  /[-:](?:body|council|committee|commission|board|forum|mechanism|assembly)(?:-(?:of|on|for)-.+)?$/;
