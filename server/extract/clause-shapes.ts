/**
 * Clause shapes that settle what became of the event inside them, which status.ts asks as it
 * walks back from a trigger: a relative "that" after a noun group (the verb outside governs
 * nothing inside it), a negative phrase fronted before the verb ("At no point did ..."), and a
 * report's own clause ("a report that ...", "a report said that ...") whose word the event is.
 */
import { isComma, subjectOf } from './clauses.ts';
import { SPEECH } from './lexicon/index.ts';
import type { Unit } from './units.ts';

/** "talks in Doha that were mediated": a "that" after a noun group, before its verb. */
export function relativeThat(units: Unit[], k: number): boolean {
  const before = units[k - 1];
  const after = units[k + 1];
  return (
    (before?.kind === 'noun' ||
      before?.kind === 'place' ||
      (before?.kind === 'word' && before.pos === 'NOUN')) &&
    after?.kind === 'verb'
  );
}

/** "At no point did the two delegations meet": a negative phrase fronted before the verb. */
export function frontedNegation(units: Unit[], t: number): boolean {
  const lower = (k: number) =>
    units[k]?.kind === 'word' ? (units[k] as { lower: string }).lower : '';
  for (let k = 0; k < Math.min(t, 3); k++)
    if (lower(k) === 'no' && /^(?:point|time|stage)$/.test(lower(k + 1))) return true;
  return (
    (units[0]?.kind === 'word' && /^(?:never|nowhere)$/.test(lower(0))) ||
    (lower(0) === 'not' && lower(1) === 'once')
  );
}

/** Verbs that stand behind a report ("confirmed a report that ..."): what it says stands. */
export const CONFIRM = /^(?:confirm|verify|corroborate)$/;

/**
 * "a report that X had stopped", "a report said that X had stopped": the report word before
 * the clause of verb `v` (the noun, or the verb it speaks through), or -1.
 */
export function reportThat(units: Unit[], v: number): number {
  for (let k = v - 1; k >= Math.max(0, v - 6); k--) {
    const u = units[k]!;
    if (u.kind === 'sub') {
      if (u.lemma !== 'that') return -1;
      const said = units[k - 1];
      if (said?.kind === 'verb' && SPEECH.has(said.lemma))
        return hearsay(units[subjectOf(units, k - 1).unit]) ? k - 1 : -1;
      if (hearsay(said)) return k - 1;
      // ("reports in a section of the Indian media that X had met Y": where it ran, between.)
      for (let m = k - 2; m >= Math.max(0, k - 7); m--) {
        const x = units[m]!;
        if (hearsay(x)) return units[m + 1]?.kind === 'prep' ? m : -1;
        if (x.kind !== 'prep' && x.kind !== 'word' && x.kind !== 'actor' && x.kind !== 'place')
          return -1;
      }
      return -1;
    }
    // ("that the army chief, Gen X, had met": the subject's apposition between commas.)
    if (u.kind !== 'actor' && u.kind !== 'pronoun' && u.kind !== 'word' && !isComma(u)) return -1;
  }
  return -1;
}

/** A report, rumour or claim as the speaker: what it says is its word. */
export const hearsay = (u: Unit | undefined) =>
  u?.kind === 'word' && /^(?:report|rumou?r|claim|allegation)$/.test(u.lemma);
