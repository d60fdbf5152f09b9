/**
 * The prepositional phrases after a word, up to the end of its clause ("met Sunday in Luanda,
 * at the palace, with his counterpart"): which preposition governs which noun group, across
 * dates, adverbs, possessives and the commas between the where and the who. Frames fill their
 * roles from these.
 */
import { isAdverb, isNounGroup } from './clauses.ts';
import { BONDS, VERBS } from './lexicon/index.ts';
import type { Unit } from './units.ts';

export interface Phrase {
  prep: string;
  /** Unit index of the noun group. */
  unit: number;
  /** Said again after a time ("with A, and later in the day with B"): a meeting of its own. */
  again?: boolean;
}

/**
 * The prepositional phrases after unit `at`, up to the end of its clause: "between A and B",
 * "with X", "by Y", "in Z". A noun group without a preposition ends the run unless it is the
 * object right after the start; a finite verb, a subordinator or a strong stop ends it.
 */
export function phrasesAfter(units: Unit[], at: number, limit = 12): Phrase[] {
  const out: Phrase[] = [];
  let prep: string | null = null;
  let last = at + limit;
  let afterTime = false;
  for (let k = at + 1; k < units.length && k <= last; k++) {
    const u = units[k]!;
    if (u.kind === 'prep') {
      // ("discussed the relevance of relations with the United States": the tie's "with",
      // inside an "of" of its own; "discussed relations with X", "exchanged views on trade
      // with X" are the discussion's.)
      const before = units[k - 1];
      if (u.lemma === 'with' && before?.kind === 'word' && BONDS.has(before.lemma)) {
        let b = k - 2;
        while (units[b]?.kind === 'word' && /^(?:ADJ|DET)$/.test((units[b] as { pos: string }).pos))
          b--;
        if (units[b]?.kind === 'prep' && (units[b] as { lemma: string }).lemma === 'of') break;
      }
      // ("attended the ceremony alongside X": beside X, with X.)
      const lemma = u.lemma === 'alongside' ? 'with' : u.lemma;
      // ("is facilitating the meeting along with members of the AU panel": whoever does it
      // beside the subject, no one it is done with.)
      prep = prep && /^(?:under|at|with|on|in|along)$/.test(prep) ? `${prep} ${lemma}` : lemma;
      continue;
    }
    // "by the six-nation Gulf bloc", "the 15-member council": a count glued to a noun.
    if (prep && countCompound(units, k)) continue;
    // "by her foreign minister, X": the possessive is the named person's; "between their
    // country and Y": the noun after it is the actor.
    const next = units[k + 1];
    // "by the government's chief negotiator, X": the named person, whose side the noun says.
    const possessor =
      u.kind === 'word' &&
      u.pos === 'NOUN' &&
      next?.kind === 'word' &&
      /^['’]s$/.test(next.lower) &&
      units[k + 2]?.kind === 'actor';
    // "talks with host Qatar's envoy X": a role noun before a name is the name's title.
    const titled = u.kind === 'role' && !u.det && next?.kind === 'actor';
    // "between Yemen's Houthis and the US": a possessive before a name only says where it is from.
    const whose = u.kind === 'actor' && u.possessive && next?.kind === 'actor';
    const owned = possessor
      ? k + 2
      : titled || whose
        ? k + 1
        : u.kind === 'pronoun' &&
            u.possessive &&
            (next?.kind === 'actor' ||
              (next?.kind === 'word' && /^(?:country|nation|government)$/.test(next.lemma)))
          ? k + 1
          : k;
    if (isNounGroup(units[owned]) || owned > k || u.kind === 'place') {
      // "on the sidelines of the AU summit": an "of" after a common noun is that noun's.
      const nounsOf = prep === 'of' && units[k - 2]?.kind === 'word';
      if (prep && !nounsOf) out.push({ prep, unit: owned, ...(afterTime ? { again: true } : {}) });
      afterTime = false;
      k = owned;
      // "with several foreign ministers, including A, B and C": those named.
      const named = including(units, k);
      if (named > 0 && prep && !nounsOf) {
        out[out.length - 1]!.unit = named;
        k = named;
      }
      // The phrases after another event noun are that noun's.
      if (u.kind === 'noun' && k > at + 1) break;
      // "between their country and Brazil": the preposition governs both.
      const comma =
        units[k + 1]?.kind === 'punct' && (units[k + 1] as { text: string }).text === ',';
      const and = units[k + 1 + (comma ? 1 : 0)];
      // ("between a delegation of A and a delegation of B": past the second's article.)
      const second = k + 2 + (comma ? 1 : 0);
      const article =
        units[second]?.kind === 'word' &&
        /^(?:a|an|the)$/.test((units[second] as { lower: string }).lower);
      if (
        prep &&
        and?.kind === 'word' &&
        and.lower === 'and' &&
        isNounGroup(units[article ? second + 1 : second])
      ) {
        k += comma ? 2 : 1;
        continue;
      }
      // "met with A, and later in the day with B": the same preposition again, after a time.
      const again = prep === 'with' ? withAgain(units, k + 1) : null;
      if (again) {
        last = Math.max(last, again.at + 1);
        k = again.at - 1;
        prep = null;
        afterTime = again.later;
        continue;
      }
      prep = null;
      continue;
    }
    // "held his first call since taking office with X": a time clause of a gerund and its
    // object stands between the event and its phrases ("after sitting down with X" is the
    // gerund's own event, and its phrases are its own).
    if (
      u.kind === 'verb' &&
      u.form === 'gerund' &&
      !VERBS.has(u.lemma) &&
      /^(?:since|after|before|upon)$/.test(prep ?? '')
    ) {
      let j = k + 1;
      while (
        units[j]?.kind === 'word' &&
        /^(?:NOUN|DET|ADJ)$/.test((units[j] as { pos: string }).pos)
      )
        j++;
      if (units[j]?.kind === 'prep') {
        prep = null;
        k = j - 1;
        continue;
      }
    }
    if (u.kind === 'date' || isAdverb(u)) {
      // "spoke on January 26 with X": the date took its own preposition.
      if (u.kind === 'date') prep = null;
      continue;
    }
    if (u.kind === 'word' && /^(?:DET|NUM)$/.test(u.pos)) continue;
    // "met Sunday in Luanda, at the palace, with his counterpart": commas between the where
    // and the who, as long as no one has been named yet.
    // Not ", with Swiss diplomats acting as hosts" or ", with Chile as guarantor": a "with"
    // clause has its own predicate.
    // "held in Nairobi, Kenya, on Monday between A and B": the city's country and a date too.
    const onward = units[k + 1]?.kind;
    // ("attended the closing of the talks, together with X": a companion after the comma.)
    const companion =
      (units[k + 1] as { lower?: string })?.lower === 'together' &&
      (units[k + 2] as { lemma?: string })?.lemma === 'with';
    if (
      u.kind === 'punct' &&
      u.text === ',' &&
      (onward === 'prep' ||
        onward === 'date' ||
        companion ||
        (onward === 'place' && out.length > 0)) &&
      // ("on the sidelines of the session of the Council, with X": the occasion's own "of".)
      // ("talks in Togo, together with X": a state after "in" is where, no one named.)
      out.every((p) => units[p.unit]?.kind !== 'actor' || /^(?:of|in|at)$/.test(p.prep)) &&
      !ownVerb(units, k + 2)
    )
      continue;
    // ("after speaking, hours earlier, with his counterpart": a time set off by commas.)
    const aside =
      u.kind === 'punct' && u.text === ',' && out.length === 0 ? timeAside(units, k + 1) : -1;
    if (aside > 0) {
      k = aside;
      continue;
    }
    // "met separately and then jointly with X": adverbs joined by "and" or "then".
    const after = units[k + 1];
    const then = after?.kind === 'word' && after.lower === 'then';
    if (u.kind === 'word' && /^(?:and|then)$/.test(u.lower) && (then || isAdverb(after))) continue;
    break;
  }
  return out;
}

/** The named actors after a common noun group at `k` and ", including" or "such as"; else -1. */
function including(units: Unit[], k: number): number {
  const [comma, incl, named] = [units[k + 1], units[k + 2], units[k + 3]];
  if (units[k]?.kind !== 'word' || comma?.kind !== 'punct' || comma.text !== ',') return -1;
  const word = incl?.kind === 'verb' ? incl.lemma : incl?.kind === 'word' ? incl.lower : '';
  return word === 'include' || word === 'including' ? (named?.kind === 'actor' ? k + 3 : -1) : -1;
}

/** Whether the phrase from `at` to the next punctuation has a verb, or "as" a role, of its own. */
function ownVerb(units: Unit[], at: number): boolean {
  for (let k = at; k < units.length && units[k]!.kind !== 'punct'; k++) {
    const u = units[k]!;
    if (u.kind === 'verb' || (u.kind === 'role' && asBefore(units, k))) return true;
  }
  return false;
}

const asBefore = (units: Unit[], k: number) => {
  const p = units[k - 1];
  return p?.kind === 'prep' && p.lemma === 'as';
};

/**
 * After a "with" phrase, ", and later (in the day) with" (a meeting apart) or "and with": where
 * the second "with" is, and whether a time came between; null when there is none.
 */
function withAgain(units: Unit[], k: number): { at: number; later: boolean } | null {
  let j = k;
  if (units[j]?.kind === 'punct' && (units[j] as { text: string }).text === ',') j++;
  const and = units[j];
  if (and?.kind !== 'word' || and.lower !== 'and') return null;
  j++;
  const time = (u: Unit | undefined) =>
    u?.kind === 'date' ||
    (u?.kind === 'word' &&
      /^(?:later|then|also|subsequently|the|same|day|afterwards)$/.test(u.lower)) ||
    (u?.kind === 'prep' && u.lemma === 'in');
  const start = j;
  while (j < units.length && time(units[j])) j++;
  const w = units[j];
  // ("spoke with A and with her counterpart, B": the preposition repeated, with no time.)
  return w?.kind === 'prep' && w.lemma === 'with' ? { at: j, later: j > start } : null;
}

/** Part of "six-nation", "15-member": a number, a hyphen and a noun, before a name. */
function countCompound(units: Unit[], k: number): boolean {
  const at = (j: number) => units[j] as { kind: string; pos?: string; text?: string } | undefined;
  const num = (j: number) => at(j)?.kind === 'word' && at(j)?.pos === 'NUM';
  const dash = (j: number) => at(j)?.kind === 'punct' && at(j)?.text === '-';
  const noun = (j: number) => at(j)?.kind === 'word' && at(j)?.pos === 'NOUN';
  return (num(k - 1) && dash(k) && noun(k + 1)) || (num(k - 2) && dash(k - 1) && noun(k));
}

/** ", hours earlier,": where the comma after a time set off by commas is, else -1. */
function timeAside(units: Unit[], k: number): number {
  let j = k;
  while (
    j < k + 3 &&
    units[j]?.kind === 'word' &&
    /^(?:NUM|NOUN|DET|ADJ)$/.test((units[j] as { pos: string }).pos)
  )
    j++;
  const when = units[j];
  const closing = units[j + 1];
  return j > k &&
    when?.kind === 'word' &&
    /^(?:earlier|later|before|after|ago)$/.test(when.lower) &&
    closing?.kind === 'punct' &&
    closing.text === ','
    ? j + 1
    : -1;
}
