/**
 * The two sides of a quarrel named around its noun: "mediate Peru's border dispute with
 * Bolivia", "an end to Chad's long-running row with Sudan". News names what a go-between stands
 * between this way as often as with "between A and B"; the possessive before the noun and the
 * "with" after it are then the two sides. And one who met both sides "to ease tensions between
 * the two" stood between them: the purpose names the quarrel.
 */
import { RIFTS } from './lexicon/index.ts';
import type { Unit } from './units.ts';

/** Words that may come between a verb and the quarrel it acts on: "an end to", "a settlement in". */
const LEAD_IN = /^(?:to|in|of|over)$/;

const isWord = (u: Unit | undefined, pos: RegExp) => u?.kind === 'word' && pos.test(u.pos);

/**
 * The units of the two sides of a quarrel after unit `at` ("... Peru's long-running dispute
 * with Bolivia"), or null when what follows names none.
 */
export function rivalSides(units: Unit[], at: number): number[] | null {
  let k = at + 1;
  // "an end to", "a peaceful settlement of", "in": what the verb does to the quarrel.
  for (let n = 0; n < 5 && k < units.length; n++, k++) {
    const u = units[k]!;
    const lead =
      isWord(u, /^(?:DET|ADJ)$/) ||
      (isWord(u, /^NOUN$/) && units[k + 1]?.kind === 'prep') ||
      (u.kind === 'prep' && LEAD_IN.test(u.lemma));
    if (!lead) break;
  }
  const first = units[k];
  if (first?.kind !== 'actor' || !first.possessive) return null;
  // "long-running", "decades-old border": words that describe the quarrel.
  let j = k + 1;
  for (let n = 0; n < 6 && j < units.length; n++, j++) {
    const u = units[j]!;
    if ((u.kind === 'word' || u.kind === 'noun') && RIFTS.has(u.lemma)) break;
    const describes =
      isWord(u, /^(?:ADJ|NOUN|VERB|NUM|ADV)$/) || (u.kind === 'punct' && u.text === '-');
    if (!describes) return null;
  }
  const rift = units[j];
  if (!rift || !((rift.kind === 'word' || rift.kind === 'noun') && RIFTS.has(rift.lemma)))
    return null;
  const withWord = units[j + 1];
  let second = j + 2;
  // ("with Yemen's Houthis": the possessive only says where the side is from.)
  const whose = units[second];
  if (whose?.kind === 'actor' && whose.possessive && units[second + 1]?.kind === 'actor') second++;
  if (withWord?.kind !== 'prep' || withWord.lemma !== 'with') return null;
  if (units[second]?.kind === 'actor') return [k, second];
  // "Colombia's conflict with leftist rebels": the other side is unnamed, the first is not.
  return isWord(units[second], /^(?:ADJ|NOUN|DET)$/) ? [k] : null;
}

/** How many actors the units met name. */
export const sidesMet = (units: Unit[], met: number[]) =>
  met.reduce((n, k) => {
    const u = units[k];
    return n + (u?.kind === 'actor' ? u.members.length : 0);
  }, 0);

/** "to address (escalating) tensions between the two": a purpose of easing a quarrel. */
export function easesBetween(units: Unit[], end: number): boolean {
  const purpose = units.findIndex(
    (u, k) => k > end && u.kind === 'verb' && u.form === 'infinitive' && EASE.test(u.lemma),
  );
  if (purpose < 0 || purpose > end + 8) return false;
  for (let k = purpose + 1; k < Math.min(units.length, purpose + 6); k++) {
    const u = units[k]!;
    if (u.kind === 'prep' && u.lemma === 'between') return true;
    // ("escalating tensions": a participle that describes the quarrel.)
    const describes = u.kind === 'verb' && (u.form === 'gerund' || u.form === 'participle');
    if ((u.kind === 'verb' && !describes) || (u.kind === 'punct' && u.text !== ',')) return false;
  }
  return false;
}

const EASE = /^(?:address|ease|defuse|resolve|reduce|end|settle|calm|bridge)$/;
