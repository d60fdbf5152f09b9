/**
 * How a verb's actors are coordinated around it without a parser: a second agent named with
 * its description ("X, the US envoy, and Y, the chief negotiator, spent"; "chaired by A and
 * the bloc's envoy, B"), a second object after "and a" ("a delegation headed by X, and a
 * delegation led by Y"), and a gerund that only describes its noun ("the first negotiating
 * cycle") and so has no subject. verb-frames.ts reads them.
 */
import { insertionStart, isComma } from './clauses.ts';
import type { Unit } from './units.ts';

/** "the first negotiating cycle": a gerund between a determiner and a noun describes it. */
export function attributive(units: Unit[], v: number): boolean {
  const [det, before, after] = [units[v - 2], units[v - 1], units[v + 1]];
  // ("the first negotiating cycle": wink may tag "first" an adverb.)
  const ordinal =
    before?.kind === 'word' && before.pos === 'ADV' && det?.kind === 'word' && det.pos === 'DET';
  return (
    (units[v] as { form?: string }).form === 'gerund' &&
    before?.kind === 'word' &&
    (/^(?:DET|ADJ|NUM)$/.test(before.pos) || ordinal) &&
    (after?.kind === 'noun' || (after?.kind === 'word' && after.pos === 'NOUN'))
  );
}

/**
 * "a delegation headed by X, and a delegation led by Y", "X from the ruling coalition and Y
 * from the opposition": Y's unit after the object at `at`.
 */
export function secondObject(units: Unit[], at: number): number {
  let k = at + 1;
  // Past the first one's origin: "from the ruling coalition".
  const from = units[k];
  if (from?.kind === 'prep' && from.lemma === 'from') {
    let j = k + 1;
    while (units[j]?.kind === 'word' && (units[j] as { lower: string }).lower !== 'and') j++;
    const and = units[j];
    if (and?.kind === 'word' && and.lower === 'and' && units[j + 1]?.kind === 'actor') return j + 1;
  }
  if (isComma(units[k])) k++;
  const and = units[k];
  const det = units[k + 1];
  if (and?.kind !== 'word' || and.lower !== 'and') return -1;
  if (det?.kind !== 'word' || det.pos !== 'DET') return -1;
  return units[k + 2]?.kind === 'actor' ? k + 2 : -1;
}

/** "X, the US envoy, and Y": the actor before the description that ends at "and" Y. */
export function describedBeforeAnd(units: Unit[], at: number): number {
  const and = units[at - 1];
  if (and?.kind !== 'word' || and.lower !== 'and' || !isComma(units[at - 2])) return -1;
  const open = insertionStart(units, at - 2);
  return open > 0 && units[open - 1]?.kind === 'actor' ? open - 1 : -1;
}

/** The actor named after "and", a description and a comma, at the end of its clause. */
export function describedAfterAnd(units: Unit[], at: number): number {
  // "signed by A, who heads the government delegation, and B": past A's relative clause.
  const who = units[at + 2];
  if (isComma(units[at + 1]) && who?.kind === 'sub' && /^(?:who|whose)$/.test(who.lemma)) {
    let k = at + 3;
    while (k < Math.min(units.length, at + 12) && !isComma(units[k])) k++;
    const and = units[k + 1];
    const named = and?.kind === 'word' && and.lower === 'and' && units[k + 2]?.kind === 'actor';
    return named ? k + 2 : -1;
  }
  const and = units[at + 1];
  if (and?.kind !== 'word' || and.lower !== 'and') return -1;
  for (let k = at + 2; k < Math.min(units.length, at + 14); k++) {
    const u = units[k]!;
    if (u.kind === 'verb' || u.kind === 'sub') return -1;
    if (u.kind !== 'punct' || u.text !== ',') continue;
    const name = units[k + 1];
    const end = units[k + 2];
    const closes = !end || (end.kind === 'punct' && /^[.,;]$/.test(end.text));
    return name?.kind === 'actor' && closes ? k + 1 : -1;
  }
  return -1;
}
