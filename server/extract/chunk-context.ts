/**
 * What the units read so far say about the next word, where wink's tag alone misleads: whether
 * "after" opens a clause or a noun group, whether "present" makes its subject an attendee,
 * and whether a state after "in City," is where rather than who. The chunker asks; nothing
 * here emits a unit.
 */
import { gazetteer } from './gazetteer.ts';
import type { Ref } from './resolve.ts';
import type { Word } from './sentences.ts';
import type { Unit } from './units.ts';

/** "after", "before", "since", "as" are prepositions before a noun group, subordinators before a clause. */
export function isSubordinator(words: Word[], i: number): boolean {
  const w = words[i]!;
  // "received that evening by X": a time, not a clause.
  if (w.lower === 'that' && TIMES.test(words[i + 1]?.lower ?? '')) return false;
  if (!/^(?:after|before|since|until|as|once)$/.test(w.lower))
    return w.pos !== 'ADP' || w.lower === 'that';
  // "once again", "once more": an adverb, no clause.
  if (w.lower === 'once' && /^(?:again|more)$/.test(words[i + 1]?.lower ?? '')) return false;
  for (let k = i + 1; k < Math.min(words.length, i + 14); k++) {
    const x = words[k]!;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower))) return k > i + 1;
    if (x.pos === 'VERB' || x.pos === 'PUNCT' || x.pos === 'ADP' || x.pos === 'SCONJ') return false;
  }
  return false;
}

const TIMES = /^(?:morning|afternoon|evening|night|day|week|month|year)$/;

/** "X was also present", "Also present were X": present at the event, an attendee. */
export function presentAt(units: Unit[], w: { lower: string; pos: string }): boolean {
  if (w.lower !== 'present' || w.pos === 'VERB') return false;
  let k = units.length - 1;
  const word = (u: Unit | undefined, re: RegExp) => u?.kind === 'word' && re.test(u.lower);
  if (word(units[k], /^also$/)) k--;
  const before = units[k];
  return (before?.kind === 'verb' && before.lemma === 'be') || (k < 0 && k < units.length - 1);
}

/** "in Argyle, Saint Vincent and the Grenadines,": the city's country, a place. */
export function cityCountry(units: Unit[], ref: Ref, closed: boolean): boolean {
  const comma = units.at(-1);
  const city = units.at(-2);
  return (
    ref.type === 'State' &&
    ref.locative &&
    comma?.kind === 'punct' &&
    comma.text === ',' &&
    city?.kind === 'place' &&
    city.prep !== null &&
    /^(?:in|at)$/.test(city.prep) &&
    // "in Doha, Rwanda and Burundi agreed": a known city of another state starts a list;
    // the country of a city is closed by its own comma.
    closed &&
    (gazetteer().capitalOf.get(city.id) ?? ref.id) === ref.id
  );
}
