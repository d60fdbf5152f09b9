/**
 * Frames a role noun states ("X acted as mediator between A and B", "with X as host", "X, the
 * mediator,"). Who stood between the sides is what Parley most wants to know, and news often
 * gives it only as a role beside a name; such a frame names its holder and, when the sentence
 * gives them, the sides, and otherwise joins the event its sentence is about. So does the head
 * of a side's team named after the event ("The delegation was led by X").
 */
import { isNounGroup, isQuote, subjectOf } from './clauses.ts';
import { phrasesAfter } from './phrases-after.ts';
import { newFrame, type Frame } from './frame.ts';
import { STATUS_WORDS, TEAMS, type Role } from './lexicon/index.ts';
import { rivalSides } from './rival-sides.ts';
import { fill, thirdParty, type VerbContext } from './verb-frames.ts';
import { clauseSubject } from './verb-subjects.ts';
import { teamHeadAt } from './stand-ins.ts';
import type { Unit } from './units.ts';

/** A word of the role's own noun group: a determiner, an adjective, a name or "X-appointed". */
function modifiesRole(units: Unit[], k: number): boolean {
  const u = units[k];
  if (u?.kind === 'word') return /^(?:DET|ADJ|NOUN|PROPN)$/.test(u.pos) || /ed$/.test(u.lower);
  if (u?.kind === 'punct') return u.text === '-';
  const glued = units[k + 1];
  return u?.kind === 'actor' && glued?.kind === 'punct' && glued.text === '-';
}

/** "would continue to play a bridging role": an infinitive's subject is its clause's. */
function verbSubject(units: Unit[], v: number): number {
  const verb = units[v] as { form?: string };
  return verb.form === 'infinitive' || verb.form === 'gerund'
    ? clauseSubject(units, v)
    : subjectOf(units, v).unit;
}

/** "X acted as mediator between A and B", "with X as host", "X, the mediator,". */
export function roleFrame(c: VerbContext, r: number, role: Role): Frame | null {
  const units = c.units;
  let holder = -1;
  // "as an intermediary", "as chief mediator": the words before the role noun are its own;
  // so are "the African Union mediator" and "the AU-appointed mediator".
  let at = r;
  while (at > r - 5 && modifiesRole(units, at - 1)) at--;
  // "X was one of the facilitators", "X was among the mediators": one holder of the role.
  const one = units[at - 2];
  if (units[at - 1]?.kind === 'prep' && one?.kind === 'word' && one.lower === 'one') at -= 2;
  const among = units[at - 1];
  if (among?.kind === 'prep' && among.lemma === 'among' && units[at - 2]?.kind === 'verb') at--;
  // "offered to take up the mediation role": a particle between the verb and the role.
  const up = units[at - 1];
  if (up?.kind === 'prep' && up.lemma === 'up' && units[at - 2]?.kind === 'verb') at--;
  const prev = units[at - 1];
  // "offered himself as a mediator": the reflexive stands for the verb's own subject.
  const self = units[at - 2];
  const reflexive =
    self?.kind === 'word' && /^(?:himself|herself|itself|themselves)$/.test(self.lower);
  const before = reflexive ? at - 3 : at - 2;
  const prev2 = units[before];
  // ("served as chief mediator": wink may leave "as" a word of its own.)
  const as =
    (prev?.kind === 'prep' && prev.lemma === 'as') ||
    (prev?.kind === 'word' && prev.lower === 'as');
  // "offered Vienna as a venue": the role is offered, by the verb's subject.
  let offer = -1;
  if (as) {
    if (prev2?.kind === 'verb') holder = verbSubject(units, before);
    else if (prev2 && isNounGroup(prev2)) {
      const giver = units[at - 3];
      offer = giver?.kind === 'verb' && STATUS_WORDS.get(giver.lemma) === 'offered' ? at - 3 : -1;
      holder = offer >= 0 ? verbSubject(units, offer) : at - 2;
    }
  } else if (prev?.kind === 'verb' && /^(?:play|be|become|serve|act|take|assume)$/.test(prev.lemma))
    holder = verbSubject(units, at - 1);
  // "X were also in attendance".
  else if (role === 'attendee' && prev?.kind === 'prep') {
    const verb = units[at - 2]?.kind === 'verb' ? at - 2 : at - 3;
    if (units[verb]?.kind === 'verb') holder = subjectOf(units, verb).unit;
  } else if (
    prev?.kind === 'word' &&
    prev.pos === 'DET' &&
    units[r - 2]?.kind === 'punct' &&
    isNounGroup(units[r - 3])
  )
    holder = r - 3;
  // "X, a key mediator in ...": the words before the role, after the comma after the name.
  // ("X, the AU-appointed mediator": the article opens the body's name.)
  else if (
    at < r &&
    ((units[at] as { pos?: string }).pos === 'DET' ||
      (units[at]!.kind === 'actor' && c.words[units[at]!.from]?.pos === 'DET') ||
      // "Russia, long the main mediator between A and B,"
      (/^(?:long|now|also|still)$/.test((units[at] as { lower?: string }).lower ?? '') &&
        (units[at + 1] as { pos?: string }).pos === 'DET')) &&
    prev?.kind === 'punct' &&
    prev.text === ',' &&
    units[at - 2]?.kind === 'actor'
  )
    holder = at - 2;
  // "talks with host Qatar's envoy X", "mediator Norway": the role is the name's title.
  const named = units[r + 1];
  if (
    holder < 0 &&
    !(units[r] as { det: string | null }).det &&
    named?.kind === 'actor' &&
    !named.possessive
  )
    holder = r + 1;
  // "Also present were X", "Also in attendance was X": the subject comes after the verb.
  const inverted = units[r + 1];
  if (holder < 0 && role === 'attendee' && inverted?.kind === 'verb' && inverted.lemma === 'be')
    if (units[r + 2]?.kind === 'actor') holder = r + 2;
  // "the guarantor countries, Cuba, Norway and Mexico": the role, then those who hold it.
  if (holder < 0) {
    let k = r + 1;
    if (
      units[k]?.kind === 'word' &&
      /^(?:country|state|nation|government)$/.test((units[k] as { lemma: string }).lemma)
    )
      k++;
    const comma = units[k];
    if (comma?.kind === 'punct' && comma.text === ',' && units[k + 1]?.kind === 'actor')
      holder = k + 1;
  }
  if (holder < 0 || units[holder]!.kind === 'noun') return null;
  const frame = newFrame(c.s, 'talks', role === 'host' ? '043' : '045');
  // ("X, long the main mediator": a role held for years has no day.)
  if ((units[at] as { lower?: string }).lower === 'long') frame.undatable = true;
  // The verb that gives the role gives its status too ("would gladly play mediator").
  const verb = prev?.kind === 'verb' ? at - 1 : prev2?.kind === 'verb' ? before : offer;
  if (verb >= 0) frame.triggers.push(verb);
  // "offered himself as a mediator": a verb of offering makes the role an offer.
  const giver = units[verb];
  if (giver?.kind === 'verb' && STATUS_WORDS.get(giver.lemma) === 'offered')
    frame.status = 'offered';
  frame.triggers.push(r);
  frame.phrase = c.phraseOf(verb >= 0 ? verb : r, r);
  fill(frame, role, holder);
  // "a go-between for Iran and the United States": for two sides or more, between them.
  for (const p of phrasesAfter(units, r)) {
    const u = units[p.unit];
    const sides = p.prep === 'for' && u?.kind === 'actor' && u.members.length > 1;
    if (p.prep === 'between' || p.prep === 'among' || sides) fill(frame, 'party', p.unit);
  }
  frame.partial = !frame.fills.some((f) => f.role === 'party');
  return frame;
}

/**
 * "Peru and Bolivia resumed talks, Swiss facilitator X said", "X, the chief mediator, said":
 * a go-between named by the office alone, in no frame of the sentence, stood between the sides
 * of the event the text is telling.
 */
export function titledFrame(c: VerbContext, k: number): Frame | null {
  const u = c.units[k];
  const role = thirdParty(u);
  if (!role) return null;
  const frame = newFrame(c.s, 'talks', role === 'host' ? '043' : '045');
  frame.triggers.push(k);
  frame.phrase = c.phraseOf(k, k);
  fill(frame, role, k);
  frame.partial = true;
  return frame;
}

/**
 * "X offered to forge greater understanding between A and B", "is ready to help ease tensions
 * between A and B": whatever an outsider offers to do between two sides, it offers to stand
 * between them, though its verb is no word of mediation.
 */
export function offeredBetween(c: VerbContext, v: number): Frame | null {
  const units = c.units;
  const u = units[v];
  const offers =
    (u?.kind === 'verb' && !u.negated && STATUS_WORDS.get(u.lemma) === 'offered') ||
    (u?.kind === 'word' && STATUS_WORDS.get(u.lower) === 'offered');
  // ("ready to be a communication bridge between A and B": wink leaves "to be" apart.)
  const particle =
    units[v + 1]?.kind === 'word' && (units[v + 1] as { lower: string }).lower === 'to';
  const to = units[particle ? v + 2 : v + 1];
  const infinitive =
    to?.kind === 'verb' && (to.form === 'infinitive' || (particle && to.lemma === 'be'));
  if (!offers || !infinitive) return null;
  let k = particle ? v + 3 : v + 2;
  // (Past the words it offers to do, quoted or not: offered to "forge greater understanding";
  // "ready to play a role in resolving the dam dispute between A and B".)
  const doing = (x: Unit | undefined) =>
    (x !== undefined && /^(?:word|noun|verb)$/.test(x.kind) && !finiteVerb(x)) ||
    isQuote(x) ||
    (x?.kind === 'prep' && /^(?:in|of|to|on)$/.test(x.lemma));
  while (k < v + 12 && doing(units[k])) k++;
  const between = units[k];
  const isBetween = between?.kind === 'prep' && between.lemma === 'between';
  // ("ready to help settle Egypt's dispute with Ethiopia": the quarrel's two sides.)
  const rivals = isBetween ? null : rivalSides(units, v + 1);
  const sides = isBetween
    ? units[k + 1]?.kind === 'actor'
      ? [k + 1]
      : null
    : rivals?.length === 2
      ? rivals
      : null;
  if (!sides) return null;
  const holder = clauseSubject(units, v + 1);
  const who = units[holder];
  // ("he stood ready to": a pronoun, which the discourse resolves.)
  const sideIds = new Set(
    sides.flatMap((x) => {
      const unit = units[x];
      return unit?.kind === 'actor' ? unit.members.map((m) => m.id) : [];
    }),
  );
  const side = who?.kind === 'actor' && who.members.some((m) => sideIds.has(m.id));
  if ((who?.kind !== 'actor' && who?.kind !== 'pronoun') || side) return null;
  const frame = newFrame(c.s, 'talks', '039');
  frame.triggers.push(particle ? v + 2 : v + 1);
  // (What the word of offer governs is offered, whatever tense wink gave "be".)
  frame.status = 'offered';
  frame.phrase = c.phraseOf(v, Math.max(k, ...sides));
  fill(frame, 'mediator', holder);
  for (const x of sides) fill(frame, 'party', x);
  return frame;
}

const finiteVerb = (u: Unit | undefined) => u?.kind === 'verb' && u.form === 'finite';

/**
 * "The delegation was led by X", told after the event: the head of a side's team was at the
 * table. A frame with X alone, for the event told before to take in.
 */
export function teamHeadFrame(c: VerbContext, v: number): Frame | null {
  const units = c.units;
  const verb = units[v];
  const team = units[v - 1];
  const det = units[v - 2];
  // The cheap tests first: this runs for every unit of every sentence.
  // ("The Russian delegation was headed by X": a side's team, its head on that side.)
  const sideTeam =
    team?.kind === 'actor' &&
    team.members.length === 1 &&
    TEAMS.has(c.words[team.to - 1]?.lemma ?? '');
  const bareTeam =
    team?.kind === 'word' &&
    TEAMS.has(team.lemma) &&
    det?.kind === 'word' &&
    /^(?:the|its|their)$/.test(det.lower);
  if (
    verb?.kind !== 'verb' ||
    !verb.passive ||
    !/^(?:lead|head)$/.test(verb.lemma) ||
    !(sideTeam || bareTeam)
  )
    return null;
  const by = phrasesAfter(units, v).find((p) => p.prep === 'by');
  // "headed by presidential aide X": past a title's words the gazetteer lacks.
  let at = by ? by.unit : -1;
  while (at > 0 && at < by!.unit + 3 && units[at]?.kind === 'word') at++;
  const head = units[at];
  if (head?.kind !== 'actor' || !head.members.every((m) => m.type === 'Person')) return null;
  const frame = newFrame(c.s, 'talks', '040');
  frame.contact = 'meet';
  frame.triggers.push(v);
  frame.phrase = c.phraseOf(v, v + 1);
  fill(frame, 'attendee', at);
  // "; the French side by Y": a gapped clause after it, whose head joins the talks too.
  for (let k = at + 1; k < units.length && units[k]!.kind !== 'verb'; k++)
    if (teamHeadAt(units, c.words, k, true)) fill(frame, 'attendee', k);
  frame.partial = true;
  frame.definite = true;
  return frame;
}
