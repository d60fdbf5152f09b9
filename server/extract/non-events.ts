/**
 * Words that look like events and tell of none: a call that is an appeal ("his call for two
 * states") and a verb of what a standing arrangement is made of ("the format includes A and B
 * as sides"). frames.ts drops the frames they would open.
 */
import type { Word } from './sentences.ts';
import type { Unit } from './units.ts';

/** "repeated his call for two states", "a call to end the war": an appeal, not a phone call. */
export function appeal(words: Word[], units: Unit[], n: number): boolean {
  const u = units[n]!;
  if (u.kind !== 'noun' || !/^calls?$/.test(words[u.to - 1]!.lower) || u.to - u.from > 2)
    return false;
  const next = units[n + 1];
  // ("held a call to discuss X" is a call: only "his call to end X" is surely an appeal.)
  const owned = units[n - 1]?.kind === 'pronoun';
  return (
    (next?.kind === 'prep' && next.lemma === 'for') ||
    (owned && words[u.to]?.lower === 'to' && words[u.to + 1]?.pos === 'VERB')
  );
}

/** "includes", "comprises" in the simple present: what something is made of, no occasion. */
export function standing(u: Unit | undefined): boolean {
  return (
    u?.kind === 'verb' &&
    /^(?:include|comprise)$/.test(u.lemma) &&
    u.words.length === 1 &&
    /s$/.test(u.words[0]!)
  );
}
