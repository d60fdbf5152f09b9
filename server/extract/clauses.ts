/**
 * Grammatical relations over chunks: the subject of a verb and the boundaries of clauses (its
 * object is clause-objects.ts, the prepositional phrases after a word phrases-after.ts).
 * Without a parser these are searches with the rules a reader applies: a subject is the
 * nearest noun group to the left that is not inside a prepositional phrase, an insertion
 * between commas ("X, the mediator, met ...", "X, who had hosted ..., met ..."), or the object
 * of an earlier verb; a relative pronoun's verb takes its antecedent; a verb coordinated with
 * "and" shares the subject of the first.
 */
import type { Unit, VerbUnit } from './units.ts';
import { frontedOnly } from './clause-openings.ts';
import { TEAMS } from './lexicon/index.ts';

/** Words that open a time clause or phrase ("after the session", "since X spoke"). */
const TIME_OPENERS = /^(?:after|before|since|until|once)$/;

export const isNounGroup = (u: Unit | undefined): boolean =>
  Boolean(
    u &&
    (u.kind === 'actor' ||
      u.kind === 'noun' ||
      u.kind === 'anaphor' ||
      u.kind === 'role' ||
      (u.kind === 'pronoun' && !u.possessive) ||
      (u.kind === 'word' && (u.pos === 'NOUN' || u.pos === 'PROPN'))),
  );

export const isAdverb = (u: Unit | undefined) =>
  Boolean(u && u.kind === 'word' && (u.pos === 'ADV' || u.pos === 'PART' || u.pos === 'ADJ'));

const isBoundary = (u: Unit | undefined) =>
  Boolean(u && u.kind === 'punct' && /^[;:—–"“”¶]$/.test(u.text));

/** The start of the prepositional phrase or noun group that ends at `at`, walking left. */
function phraseStart(units: Unit[], at: number): number {
  let k = at;
  // "of" chains: "the head of its military council", "rounds of talks".
  while (
    k >= 2 &&
    units[k - 1]?.kind === 'prep' &&
    units[k - 1]!.kind === 'prep' &&
    (units[k - 1] as { lemma: string }).lemma === 'of' &&
    isNounGroup(units[k - 2])
  )
    k -= 2;
  return k;
}

/**
 * Where a comma-bounded insertion that ends at the comma `comma` starts (its opening comma), or
 * -1 when the segment is not an insertion: an appositive noun group, a relative clause, a
 * participle clause or a parenthetical date.
 */
export function insertionStart(units: Unit[], comma: number): number {
  for (let k = comma - 1; k >= 0; k--) {
    const u = units[k]!;
    // "X, chairman of the movement's executive bureau, met": the office's "of" phrase after a
    // name that took in its title; the name comes next.
    const of = units[k + 1];
    if (
      u.kind === 'actor' &&
      (k === 0 || units[k - 1]!.kind === 'punct') &&
      of?.kind === 'prep' &&
      of.lemma === 'of' &&
      !units.slice(k + 1, comma).some((x) => x.kind === 'verb' || x.kind === 'actor')
    )
      return k + 1;
    if (u.kind === 'punct' && u.text === ',') {
      const first = units[k + 1];
      // ("The report, aired on Monday by X, said": a past form with its agent is a participle.)
      const inside = units.slice(k + 1, comma);
      const agented =
        first?.kind === 'verb' &&
        /ed$/.test(first.words.at(-1) ?? '') &&
        inside.some((x) => x.kind === 'prep' && x.lemma === 'by');
      const insertion =
        first &&
        (first.kind === 'sub' ||
          agented ||
          (first.kind === 'verb' && (first.form === 'participle' || first.form === 'gerund')) ||
          first.kind === 'role' ||
          first.kind === 'date' ||
          (first.kind === 'word' && /^(?:DET|ADJ|NOUN|PRON)$/.test(first.pos)) ||
          // ("X, one of the main movements, ..." "X, now the country's minister, ...")
          (first.kind === 'word' &&
            (first.lower === 'one' || (first.pos === 'ADV' && isNounGroup(units[k + 2])))) ||
          first.kind === 'prep' ||
          first.kind === 'actor' ||
          first.kind === 'anaphor' ||
          (first.kind === 'pronoun' && first.possessive) ||
          first.kind === 'noun');
      // An insertion holds no finite verb of its own unless it opens with a relative pronoun.
      const finite = inside.some(
        (x) => x.kind === 'verb' && x.form === 'finite' && !(agented && x === first),
      );
      // "X, who met Y," and "X, something Y denied," carry a verb of their own.
      const relative =
        first!.kind === 'sub' || (first!.kind === 'word' && /^(?:PRON|DET)$/.test(first!.pos));
      // "On Monday, the President of X, Y, received": a fronted date's comma opens no insertion.
      const opener = units[k - 1]?.kind === 'date';
      // ("X, dismissed as "false" reports that Y, ...": a clause of its own inside, no apposition.)
      const clause = inside.some((x, m) => m > 0 && x.kind === 'sub' && x.lemma === 'that');
      if (insertion && !opener && !clause && (!finite || relative)) return k;
      return -1;
    }
    // ('The meeting, the first in the "1+1" format, was': a quoted name inside it.)
    const open = isQuote(u) ? units.findLastIndex((x, m) => m < k && isQuote(x)) : -1;
    if (open >= 0 && !units.slice(open, k).some((x) => isComma(x))) {
      k = open;
      continue;
    }
    if (isBoundary(u)) return -1;
  }
  return -1;
}

export const isQuote = (u: Unit | undefined): boolean =>
  u?.kind === 'punct' && /^["“”]$/.test(u.text);

export interface Subject {
  /** Unit index of the noun group, or -1. */
  unit: number;
  /** Reached through a relative pronoun ("X, who hosted ..."). */
  relative: boolean;
}

/** The last noun group of the insertion between commas `open` and `close`, or -1. */
function insertedNoun(units: Unit[], open: number, close: number): number {
  for (let k = close - 1; k > open; k--) if (isNounGroup(units[k])) return k;
  return -1;
}

/** The subject of the verb at `v`: its own, its relative antecedent, or the one it shares. */
export function subjectOf(units: Unit[], v: number, depth = 0): Subject {
  const none = { unit: -1, relative: false };
  if (depth > 6) return none;
  // "with X and Y attending": the gerund's subject is the "with" phrase before it.
  const verb = units[v];
  const justBefore = units[v - 1];
  if (verb?.kind === 'verb' && verb.form === 'gerund' && justBefore?.kind === 'actor')
    if (justBefore.prep === 'with') return { unit: v - 1, relative: false };
  let sawAnd = false;
  for (let k = v - 1; k >= 0; k--) {
    const u = units[k]!;
    if (isAdverb(u) || u.kind === 'date') continue;
    if (u.kind === 'word' && (u.lower === 'and' || u.lower === 'but' || u.lower === 'then')) {
      sawAnd = true;
      continue;
    }
    if (u.kind === 'sub') {
      if (/^(?:who|which|that|whom)$/.test(u.lemma)) {
        // The antecedent sits before the pronoun, perhaps after a comma.
        let a = k - 1;
        if (units[a]?.kind === 'punct' && (units[a] as { text: string }).text === ',') a--;
        // ("the SPLM/A-IO (SPLM-IO), which": past the short name in brackets.)
        if (units[a]?.kind === 'punct' && (units[a] as { text: string }).text === ')') {
          while (
            a > 0 &&
            !(units[a]!.kind === 'punct' && (units[a] as { text: string }).text === '(')
          )
            a--;
          a--;
        }
        if (isNounGroup(units[a])) return { unit: antecedent(units, a, u.lemma), relative: true };
      }
      return none;
    }
    if (u.kind === 'punct') {
      // 'X "would be honoured"': a quotation mark opens no new clause.
      if (/^["“”'‘’]$/.test(u.text)) continue;
      if (u.text === ',') {
        const open = insertionStart(units, k);
        // ", where Brazil's minister, X, hosted": the clause's own subject, whose apposition
        // closed with this comma.
        const sub = units[open + 1];
        if (
          open >= 0 &&
          sub?.kind === 'sub' &&
          /^(?:where|when|while|as)$/.test(sub.lemma) &&
          open + 3 === k &&
          units[k - 1]?.kind === 'actor'
        )
          return { unit: k - 1, relative: false };
        if (open >= 0 && !sawAnd) {
          // "Within the framework of ..., the Minister, X, facilitated": before the insertion
          // only a fronted phrase, which holds no subject; the insertion is the subject.
          const own = frontedOnly(units, open) ? insertedNoun(units, open, k) : -1;
          if (own >= 0) return { unit: own, relative: false };
          k = open;
          continue;
        }
        if (sawAnd) return sharedSubject(units, k, depth);
        continue;
      }
      if (u.text === ')') {
        while (
          k > 0 &&
          !(units[k]!.kind === 'punct' && (units[k] as { text: string }).text === '(')
        )
          k--;
        continue;
      }
      return none;
    }
    if (isNounGroup(u)) {
      // ("X and a delegation of MPs have met Y": the named one, whom the delegation came with.)
      const along = withDelegation(units, k);
      if (along >= 0) return { unit: along, relative: false };
      let start = phraseStart(units, k);
      // "led their countries' delegations and signed": past a plural possessive to its verb.
      while (
        units[start - 1]?.kind === 'punct' &&
        /^['’]$/.test((units[start - 1] as { text: string }).text) &&
        units[start - 2]?.kind === 'word'
      ) {
        start -= 2;
        const owner = units[start - 1];
        if (owner?.kind === 'pronoun' && owner.possessive) start--;
      }
      const before = units[start - 1];
      // "after X spoke": a conjunction read as a preposition opens the verb's own clause.
      // ("since the Emir of Qatar, Sheikh X, brought": an insertion may stand between.)
      const next =
        units.slice(k + 1, v).every((x) => isAdverb(x)) ||
        (isComma(units[k + 1]) && isComma(units[v - 1]));
      // ("met after the session and later met Y": wink may read the preposition a subordinator.)
      const timeWord =
        (before?.kind === 'prep' || before?.kind === 'sub') && TIME_OPENERS.test(before.lemma);
      const opens = timeWord && next && u.kind === 'actor';
      // "has positioned itself as a mediator and hosted X": "as" makes a predicate, not a
      // subject; the verb before it shares its subject with this one.
      let as = start - 1;
      // Past its determiner and adjectives: "as a neutral mediator".
      while (
        units[as]?.kind === 'word' &&
        (/^(?:a|an|the)$/.test((units[as] as { lower: string }).lower) ||
          (units[as] as { pos: string }).pos === 'ADJ')
      )
        as--;
      const asUnit = units[as];
      if (sawAnd && (asUnit?.kind === 'sub' || asUnit?.kind === 'prep') && asUnit.lemma === 'as') {
        let w = as - 1;
        while (w > 0 && units[w]!.kind === 'word') w--;
        if (units[w]?.kind === 'verb') return subjectOf(units, w, depth + 1);
      }
      if ((before?.kind === 'prep' || timeWord) && !opens) {
        k = start - 1;
        continue;
      }
      // ("met his counterpart X and later met Y": past the object's possessive.)
      // ("received a top Saudi envoy and phoned Y": past the object's article and adjectives.)
      let lead = start - 1;
      while (
        sawAnd &&
        units[lead]?.kind === 'word' &&
        /^(?:DET|ADJ|NUM)$/.test((units[lead] as { pos: string }).pos)
      )
        lead--;
      const owned =
        units[lead]?.kind === 'pronoun' && (units[lead] as { possessive: boolean }).possessive
          ? 1
          : 0;
      const prior = units[lead - owned];
      if (prior?.kind === 'verb' || (isAdverb(prior) && units[lead - 1 - owned]?.kind === 'verb')) {
        // The object of an earlier verb: with "and" between, this verb shares that one's subject.
        if (sawAnd) {
          const w = prior!.kind === 'verb' ? lead - owned : lead - 1 - owned;
          return subjectOf(units, w, depth + 1);
        }
      }
      // "X, president of the Y Group, which ..., held talks": a bare title after a comma is an
      // appositive; the subject is the name before it.
      // ("Mbarga, now a minister, spent": past the adverb that opens the apposition.)
      const head = units[start]!;
      let open = start - 1;
      while (
        units[open]?.kind === 'word' &&
        /^(?:ADV|DET)$/.test((units[open] as { pos: string }).pos)
      )
        open--;
      if (
        (head.kind === 'word' || head.kind === 'role') &&
        isComma(units[open]) &&
        units[open - 1]?.kind === 'actor'
      )
        return { unit: open - 1, relative: false };
      // "Corrigan's predecessor, Alan Weintraub, brokered": a description, then the name.
      if (
        u.kind === 'word' &&
        isComma(units[k + 1]) &&
        units[k + 2]?.kind === 'actor' &&
        isComma(units[k + 3]) &&
        k + 4 === v
      )
        return { unit: k + 2, relative: false };
      return { unit: k, relative: false };
    }
    if (u.kind === 'verb') {
      // "met after the session adjourned and later met Y": past the time clause to the verb
      // "and" goes on from.
      const clause = isNounGroup(units[k - 1]) ? phraseStart(units, k - 1) - 1 : -1;
      const opener = units[clause];
      if (
        sawAnd &&
        (opener?.kind === 'sub' || opener?.kind === 'prep') &&
        (TIME_OPENERS.test(opener.lemma) || /^(?:when|while)$/.test(opener.lemma))
      ) {
        k = clause;
        continue;
      }
      if (sawAnd && u.form === 'finite') return subjectOf(units, k, depth + 1);
      // "Oman has for years hosted talks": an auxiliary parted from its verb by a phrase.
      if (auxiliary(u) && units.slice(k + 1, v).every((x) => x.kind !== 'verb'))
        return subjectOf(units, k, depth + 1);
      return none;
    }
    if (u.kind === 'prep') continue;
  }
  return none;
}

/** "has", "had", "was": an auxiliary standing alone as a verb group. */
const auxiliary = (u: Extract<Unit, { kind: 'verb' }>) =>
  u.words.length === 1 && /^(?:has|have|had|is|are|was|were)$/.test(u.words[0]!);

/** "A met B, and hosted C": the subject of the verb before the comma (and any insertion). */
function sharedSubject(units: Unit[], comma: number, depth: number): Subject {
  const open = insertionStart(units, comma);
  for (let k = (open >= 0 ? open : comma) - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind === 'verb' && u.form === 'finite') return subjectOf(units, k, depth + 1);
    if (isBoundary(u)) break;
  }
  return { unit: -1, relative: false };
}

/**
 * The head of the noun group a relative pronoun refers to. "X, Qatar's minister of state at
 * the Foreign Ministry, who sat between A and B": "who" is a person, so the person the
 * description is of, not the body it ends on.
 */
function antecedent(units: Unit[], at: number, lemma: string): number {
  const u = units[at];
  // "the meeting held in Juba between A and B, which was facilitated by X": "which" is never
  // the people; the event they met at is.
  if (lemma === 'which' && u?.kind === 'actor' && u.members.every((m) => m.type === 'Person')) {
    for (let k = at - 1; k >= 0; k--) {
      const x = units[k]!;
      if (x.kind === 'noun') return k;
      if (x.kind === 'sub' || (x.kind === 'verb' && x.form === 'finite')) break;
    }
    return at;
  }
  if (lemma !== 'who' || u?.kind !== 'actor' || u.members.some((m) => m.type === 'Person'))
    return at;
  for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
    const x = units[k]!;
    if (x.kind === 'verb' || x.kind === 'sub') return at;
    if (x.kind === 'actor' && x.members.every((m) => m.type === 'Person') && isComma(units[k + 1]))
      return k;
  }
  return at;
}

export const isComma = (u: Unit | undefined) => u?.kind === 'punct' && u.text === ',';

/**
 * Which clause each unit belongs to: a subordinate clause ("who met Y", "when A and B met")
 * runs from its subordinator to the next comma, after which the clause it interrupted goes
 * on; a semicolon or colon starts a new one. A date or place belongs to the frames of its
 * own clause only ("X, who offered in January to host, received Y on Monday").
 */
export function clauseIds(units: Unit[]): number[] {
  const ids: number[] = [];
  const outer: number[] = [];
  let current = 0;
  let next = 1;
  for (const [k, u] of units.entries()) {
    if (u.kind === 'sub') {
      outer.push(current);
      current = next++;
    } else if (coordinated(units, k)) {
      outer.length = 0;
      current = next++;
    } else if (u.kind === 'punct' && u.text === ',' && outer.length) {
      ids.push(current);
      current = outer.pop()!;
      continue;
    } else if (isBoundary(u)) {
      outer.length = 0;
      current = next++;
    }
    ids.push(current);
  }
  return ids;
}

/**
 * ", and in December 2022, it succeeded in ...": a main clause of its own after a comma and
 * "and", its subject and finite verb after whatever adjuncts open it.
 */
function coordinated(units: Unit[], k: number): boolean {
  const and = units[k];
  if (and?.kind !== 'word' || and.lower !== 'and' || !isComma(units[k - 1])) return false;
  let j = k + 1;
  const adjunct = (u: Unit | undefined) =>
    u?.kind === 'prep' || u?.kind === 'date' || isComma(u) || isAdverb(u);
  while (j < k + 6 && adjunct(units[j])) j++;
  const subject = units[j];
  const verb = units[j + 1];
  return (
    ((subject?.kind === 'pronoun' && !subject.possessive) ||
      (subject?.kind === 'actor' && !subject.possessive)) &&
    verb?.kind === 'verb' &&
    verb.form === 'finite'
  );
}

export const isVerb = (u: Unit | undefined): u is VerbUnit => u?.kind === 'verb';

/** "X and a delegation of MPs" ending at `k`: X's unit, else -1. */
function withDelegation(units: Unit[], k: number): number {
  let m = k;
  while (m > k - 4 && (units[m]?.kind === 'word' || units[m]?.kind === 'prep')) {
    const team = units[m] as { lemma?: string };
    const of = units[m + 1];
    if (TEAMS.has(team.lemma ?? '') && of?.kind === 'prep' && of.lemma === 'of') break;
    m--;
  }
  if (m <= k - 4 || units[m]?.kind !== 'word') return -1;
  const det = units[m - 1] as { lower?: string };
  const at = /^(?:a|the)$/.test(det?.lower ?? '') ? m - 2 : m - 1;
  const and = units[at] as { lower?: string };
  return and?.lower === 'and' && units[at - 1]?.kind === 'actor' ? at - 1 : -1;
}
