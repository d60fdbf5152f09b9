/**
 * What opens a sentence before its subject: a fronted phrase ("Within the framework of the good
 * offices extended by X, ...") or a time ("Earlier the same day, ..."), after which an insertion
 * between commas is the subject itself, not an aside. clauses.ts asks this when it walks back
 * from a verb to its subject.
 */
import type { Unit } from './units.ts';

const TIME_NOUN = /^(?:day|week|month|year|morning|afternoon|evening|night|time|occasion)$/;

/**
 * Whether units before `end` are one fronted phrase ("Within the framework of ..."), a time
 * ("Earlier the same day", "On the same occasion") or a clause of time ("Before the talks
 * began").
 */
export function frontedOnly(units: Unit[], end: number): boolean {
  const before = units.slice(0, end);
  // "Before the talks began, Togo's President, X, received ...": a fronted clause of time.
  const opener = units[0];
  if (
    opener?.kind === 'sub' &&
    /^(?:before|after|when|as|while|once|although|though)$/.test(opener.lemma) &&
    before.filter((u) => u.kind === 'sub').length === 1
  )
    return true;
  if (before.some((u) => u.kind === 'sub' || (u.kind === 'verb' && u.form === 'finite')))
    return false;
  // ("In December 2023 IGAD, the regional bloc, offered": the phrase ends at its date, and
  // the name after it opens the clause.)
  if (units[0]?.kind === 'prep')
    return !(
      units[1]?.kind === 'date' && before.slice(2).some((u) => u.kind === 'actor' && !u.prep)
    );
  const last = before.at(-1);
  return (
    before.every((u) => u.kind === 'word' || u.kind === 'date') &&
    (last?.kind === 'date' || (last?.kind === 'word' && TIME_NOUN.test(last.lemma)))
  );
}
