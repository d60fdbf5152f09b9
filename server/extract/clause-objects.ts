/**
 * Objects over chunks: the noun group a verb takes as its object (past dates, quantities and
 * a place adjunct: "received today at his office the delegation of X"), and the object a
 * relative clause refers back to ("Y, whom X met", "a session in Addis Ababa that the AU
 * convened"). clauses.ts finds subjects and insertions.
 */
import type { Unit } from './units.ts';
import { isComma, isNounGroup } from './clauses.ts';

/**
 * "Y, whom X met", "talks he chaired": the unit the clause's object is, before the subject at
 * `subject`; or -1.
 */
export function relativeObject(units: Unit[], subject: number, v: number): number {
  // Only a subject right before its verb ("talks he chaired"): an infinitive's subject read
  // from afar ("the meeting they had ..., the envoy called on them to resume") is no relative.
  if (units.slice(subject + 1, v).some((u) => u.kind !== 'word' || u.pos !== 'ADV')) return -1;
  const whom = units[subject - 1];
  // "after three hours of talks he chaired": an event noun, then the clause that did it.
  const doer = units[subject];
  if (
    whom?.kind === 'noun' &&
    (doer?.kind === 'actor' || (doer?.kind === 'pronoun' && !doer.possessive))
  )
    return subject - 1;
  // "a session in Addis Ababa that the AU convened": the event noun, past its place.
  if (whom?.kind === 'sub' && /^(?:that|which)$/.test(whom.lemma)) {
    let n = subject - 2;
    if (units[n]?.kind === 'place' && units[n - 1]?.kind === 'prep') n -= 2;
    if (units[n]?.kind === 'date') n--;
    if (units[n]?.kind === 'noun' && (doer?.kind === 'actor' || doer?.kind === 'pronoun')) return n;
  }
  if (whom?.kind !== 'sub' || whom.lemma !== 'whom') return -1;
  const y = units[subject - 2]?.kind === 'punct' ? subject - 3 : subject - 2;
  return units[y]?.kind === 'actor' ? y : -1;
}

/** The noun group right after the verb at `v` (its object), or -1. */
export function objectOf(units: Unit[], v: number): number {
  for (let k = v + 1; k < units.length; k++) {
    const u = units[k]!;
    if (
      u.kind === 'word' &&
      (u.pos === 'ADV' || u.pos === 'NUM' || u.pos === 'ADJ' || u.pos === 'DET')
    )
      continue;
    if (u.kind === 'date' || (u.kind === 'pronoun' && u.possessive)) continue;
    // "hosts more than a million refugees", "hosted at least two rounds": a quantity, then the
    // object it counts.
    if (u.kind === 'prep' && u.lemma === 'than' && k === v + 2) continue;
    const least = units[k + 1];
    if (
      u.kind === 'prep' &&
      u.lemma === 'at' &&
      k === v + 1 &&
      ((least?.kind === 'word' && /^(?:least|most)$/.test(least.lower)) ||
        (least?.kind === 'noun' && /^(?:least|most)$/.test(least.mods[0] ?? '')))
    )
      continue;
    // "received on Tuesday, 14 October, at the palace, a delegation": commas round adjuncts.
    if (isComma(u) && units[k - 1]?.kind === 'date') continue;
    // "signed, in the presence of X, a declaration": past a phrase set off by commas.
    if (isComma(u) && k === v + 1 && units[k + 1]?.kind === 'prep') {
      const close = units.findIndex((x, m) => m > k + 1 && m < k + 12 && isComma(x));
      if (close > 0) {
        k = close;
        continue;
      }
    }
    if (isNounGroup(u)) return k;
    // "received today at his office in Lusail Palace the delegation of X": where, then whom.
    if (u.kind === 'prep' && /^(?:at|in)$/.test(u.lemma)) {
      let after = adjunctEnd(units, k + 1);
      if (after > k + 1 && isComma(units[after])) after++;
      const det = units[after];
      if (det?.kind === 'word' && det.pos === 'DET' && units[after + 1]?.kind === 'actor') after++;
      if (after > k + 1 && units[after]?.kind === 'actor') return after;
    }
    return -1;
  }
  return -1;
}

/** Past a place adjunct's words ("his office in Lusail Palace"): the unit after it. */
function adjunctEnd(units: Unit[], k: number): number {
  let m = k;
  for (; m < units.length; m++) {
    const u = units[m]!;
    // ("received in audience at the palace on Wednesday Ms. X": where and when, then whom.)
    if (u.kind === 'place' || u.kind === 'date' || (u.kind === 'pronoun' && u.possessive)) continue;
    if (u.kind === 'word' && /^(?:NOUN|ADJ|DET)$/.test(u.pos)) continue;
    // ("at OAS headquarters in Washington, D.C. the ministers": a body's building, a city's
    // district letters.)
    const next = units[m + 1];
    if (u.kind === 'actor' && next?.kind === 'word' && next.pos === 'NOUN') continue;
    if (isComma(u) && next?.kind === 'word' && /^(?:\p{L}\.){2,}$/u.test(next.lower)) {
      m++;
      continue;
    }
    if (u.kind === 'prep' && /^(?:at|in)$/.test(u.lemma) && m > k) continue;
    break;
  }
  const last = units[m - 1];
  return last && last.kind !== 'prep' && last.kind !== 'pronoun' ? m : k;
}
