/**
 * Who did what a non-finite verb says: the noun a participle modifies ("talks sponsored by X",
 * "Invited by X, A and B ..."), and the subject of a gerund or infinitive ("with A and B
 * agreeing", "thanked X for hosting", "Kenya's offer to mediate"), which the clause leaves
 * unsaid and the frame must still fill; and the people an object noun names after a dash.
 */
import type { Unit, VerbUnit } from './units.ts';
import { objectOf } from './clause-objects.ts';
import { isNounGroup, subjectOf } from './clauses.ts';
import type { Word } from './sentences.ts';
import { REPRESENTATIVES } from './lexicon/index.ts';
import { inTurn } from './word-groups.ts';

/** The noun group a participle modifies: right before it, before its comma, or the main subject. */
export function participleTheme(units: Unit[], v: number): number {
  let k = v - 1;
  if (units[k]?.kind === 'punct' && (units[k] as { text: string }).text === ',') k--;
  // "The summit in Nairobi, attended by X", "a summit on Tuesday attended by X": past where
  // and when to the event noun.
  const start = k;
  while (
    (units[k]?.kind === 'date' ||
      (units[k]?.kind === 'place' &&
        units[k - 1]?.kind === 'prep' &&
        (units[k - 1] as { lemma: string }).lemma === 'in')) &&
    k > 1
  )
    k -= units[k]!.kind === 'date' ? 1 : 2;
  if (units[k]?.kind !== 'noun') k = start;
  // "talks between A and B sponsored by X": the participle is the event noun's, not its sides'.
  // ("attended a meeting with his Somali counterpart, X, hosted by Y": so with "with".)
  const sides = units[k];
  let p = k - 1;
  if (units[p]?.kind === 'pronoun' && (units[p] as { possessive: boolean }).possessive) p--;
  const prep = units[p];
  const noun = units[p - 1];
  if (
    sides?.kind === 'actor' &&
    prep?.kind === 'prep' &&
    /^(?:between|among|with)$/.test(prep.lemma) &&
    noun?.kind === 'noun'
  )
    return p - 1;
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

/** Nouns an infinitive may hang from, whose owner or author is the infinitive's subject. */
const OFFERS = /^(?:offer|proposal|bid|willingness|readiness)$/;
/** Verbs whose subject answers an offer: its recipient, not its author. */
const RECEIVES =
  /^(?:accept|reject|welcome|decline|refuse|turn down|dismiss|rebuff|spurn|snub|ignore|consider|study|weigh|object to|respond to|oppose)$/;

const lemmaAt = (units: Unit[], k: number) => {
  const u = units[k];
  return u?.kind === 'word' || u?.kind === 'noun' ? u.lemma : '';
};

/**
 * The subject of a gerund or infinitive: the noun group right before a gerund ("with A and B
 * agreeing"), the object before "for"/"with" ("thanked X for hosting"), the owner of an offer
 * ("X's offer to mediate", "an offer by X to host"), the owner of efforts ("Qatar's efforts in
 * mediating"), else the nearest finite verb's subject.
 */
export function clauseSubject(units: Unit[], v: number): number {
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
  // "praised Qatar's efforts in mediating", "the efforts of Qatar in facilitating the talks":
  // whose efforts they were.
  const effort = gerundEffort(units, v);
  if (effort >= 0) return effort;
  // "X's offer to mediate"; but "at X's invitation to meet Y" is the invitee's meeting.
  if (
    verb.form === 'infinitive' &&
    before?.kind === 'noun' &&
    before.owner &&
    before.entry.agent !== 'host'
  )
    return units.indexOf(before.owner);
  // "accepted Kenya's offer to mediate", "a Kenyan offer to host": the offer's owner.
  const owner = units[v - 2];
  if (
    verb.form === 'infinitive' &&
    before?.kind === 'word' &&
    OFFERS.test(before.lemma) &&
    owner?.kind === 'actor' &&
    (owner.possessive || owner.modifier)
  )
    return v - 2;
  // "an offer by the Rome-based Community of X to host": the by-phrase is the offer's author.
  // ("the offer made by X in September to host": past the offer's date.)
  let by = v - 1;
  if (units[by]?.kind === 'date') by -= units[by - 1]?.kind === 'prep' ? 2 : 1;
  if (verb.form === 'infinitive' && units[by]?.kind === 'actor') {
    for (let k = by - 1; k >= Math.max(0, by - 5); k--) {
      const u = units[k]!;
      // ("welcomed an offer from X to mediate": "from" after the offer says whose it is.)
      const from = u.kind === 'prep' && u.lemma === 'from' && OFFERS.test(lemmaAt(units, k - 1));
      if ((u.kind === 'prep' && u.lemma === 'by') || from) {
        // ("the offer made by X": the participle that made it.)
        const made = units[k - 1]?.kind === 'verb' && OFFERS.test(lemmaAt(units, k - 2));
        const offer = made ? units[k - 2] : units[k - 1];
        if (offer?.kind === 'noun' || offer?.kind === 'word') return by;
        break;
      }
      if (u.kind === 'verb' && u.form === 'finite' && !/ed$/.test(u.words.at(-1) ?? '')) break;
    }
  }
  // "rejected the offer to mediate", "welcomed a proposal to host": whoever received the offer
  // did not make it, and the sentence does not say who did.
  if (verb.form === 'infinitive' && OFFERS.test(lemmaAt(units, v - 1))) {
    let k = v - 2;
    const isDown = (u: Unit | undefined) => u?.kind === 'prep' && u.lemma === 'down';
    while (k >= 0 && (units[k]!.kind === 'word' || isDown(units[k]))) k--;
    const received = units[k];
    const down = isDown(units[k + 1]);
    if (
      received?.kind === 'verb' &&
      RECEIVES.test(down ? `${received.lemma} down` : received.lemma)
    )
      return -1;
  }
  for (let k = v - 1; k >= 0; k--)
    if (units[k]!.kind === 'verb' && (units[k] as VerbUnit).form === 'finite')
      return subjectOf(units, k).unit;
  for (let k = v + 1; k < units.length; k++)
    if (units[k]!.kind === 'verb' && (units[k] as VerbUnit).form === 'finite')
      return subjectOf(units, k).unit;
  return -1;
}

/** Nouns for work done, whose owner did what a gerund after "in" tells ("X's role in brokering"). */
const EFFORTS = /^(?:effort|role|work|help|success|contribution|endeavour|endeavor|part)$/;

/** The owner of "X's efforts in" / "the efforts of X in" before a gerund at `v`, or -1. */
export function gerundEffort(units: Unit[], v: number): number {
  const verb = units[v] as VerbUnit;
  const prep = units[v - 1];
  if (verb.form !== 'gerund' || prep?.kind !== 'prep' || !/^(?:in|at|towards?)$/.test(prep.lemma))
    return -1;
  // "the efforts of Qatar in ...": the owner after "of".
  const after = units[v - 2];
  if (
    after?.kind === 'actor' &&
    units[v - 3]?.kind === 'prep' &&
    EFFORTS.test(lemmaAt(units, v - 4))
  )
    return v - 2;
  // "Qatar's efforts in ...", "Qatar's key role in ...", "Oman's \"discreet role\" in ...".
  const quote = (u: Unit | undefined) => u?.kind === 'punct' && /^["“”'‘’]$/.test(u.text);
  const noun = quote(units[v - 2]) ? v - 3 : v - 2;
  if (!EFFORTS.test(lemmaAt(units, noun))) return -1;
  let k = noun - 1;
  while (k > noun - 5 && (units[k]?.kind === 'word' || quote(units[k]))) k--;
  const owner = units[k];
  return owner?.kind === 'actor' && owner.possessive ? k : -1;
}

/** "hosted his counterparts — A and B —": the people a noun names after a dash or colon. */
export function namedAfterDash(units: Unit[], theme: number): number {
  const noun = units[theme];
  const dash = units[theme + 1];
  const named = units[theme + 2];
  return noun?.kind === 'word' &&
    REPRESENTATIVES.has(noun.lemma) &&
    dash?.kind === 'punct' &&
    /^[—–:]$/.test(dash.text) &&
    named?.kind === 'actor'
    ? theme + 2
    : theme;
}

/**
 * How the sides of a verb met, from the words after it or after its object: "met face to face",
 * "sat down together" (one room); "met separately with A and B", "met his counterparts, A and
 * B, separately" (each apart; "separately and then jointly with" ends in one room).
 */
export function manner(
  units: Unit[],
  words: Word[],
  end: number,
): { together: boolean; separately: boolean; apart: boolean } {
  const lower = (from: number, n: number) =>
    words
      .slice(from, from + n)
      .filter((w) => w.text !== ',')
      .map((w) => w.lower)
      .join(' ');
  const after = lower(units[end]!.to, 4);
  const object = objectOf(units, end);
  const afterObject = object > end ? lower(units[object]!.to, 3) : '';
  // ("meeting A and then B": one after the other.)
  const oneByOne = object > end && inTurn(words, units[object]);
  return {
    together: /^(?:\w+ )?(?:together|jointly|face to face|in person)\b/.test(after),
    separately:
      (/^(?:\w+ )?(?:separately|individually|in turn)\b/.test(after) &&
        !/\b(?:jointly|together)\b/.test(after)) ||
      /^(?:separately|individually)\b/.test(afterObject) ||
      oneByOne,
    // "the two delegations sat in separate rooms": never in one room at all.
    apart: /^in (?:separate|different) (?:rooms|buildings|hotels|wings)\b/.test(after),
  };
}

/** ", alongside Y" closing the clause of the verb ending at `end`: Y's unit, else -1. */
export function alongsideAfter(units: Unit[], end: number): number {
  for (let k = end + 1; k < units.length - 1; k++) {
    const u = units[k]!;
    if (u.kind === 'verb' || u.kind === 'sub' || (u.kind === 'punct' && u.text !== ',')) break;
    const next = units[k + 1]!;
    if (
      u.kind === 'prep' &&
      u.lemma === 'alongside' &&
      units[k - 1]?.kind === 'punct' &&
      next.kind === 'actor'
    )
      return k + 1;
  }
  return -1;
}

/** The actor before "and" and a side's description ("A and its main opposition coalition"). */
export function actorBeforeAnd(units: Unit[], described: number): number {
  let k = described - 1;
  const modifier = (u: Unit | undefined) =>
    (u?.kind === 'word' && u.lower !== 'and' && /^(?:ADJ|NOUN|PROPN|DET)$/.test(u.pos)) ||
    (u?.kind === 'pronoun' && u.possessive);
  while (k > described - 5 && modifier(units[k])) k--;
  const and = units[k];
  return and?.kind === 'word' && and.lower === 'and' && units[k - 1]?.kind === 'actor' ? k - 1 : -1;
}
