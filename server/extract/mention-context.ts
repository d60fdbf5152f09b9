/**
 * What the mention finders share. Persons, organisations, gazetteer entries and bare names are
 * read by separate finders that must agree on where a name ends, which tokens count as words
 * and when a span is a place rather than an actor; keeping those answers in one module keeps
 * the finders from drifting apart as each gains its own cases.
 */
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import type { TitleContext } from './titles.ts';
import { OWNED_PLACES } from './lexicon/index.ts';
import { hyphenGlued, type Token } from './tokens.ts';

const LOCATIVE = new Set(['in', 'at', 'to', 'near', 'outside', 'into', 'via', 'inside', 'across']);
const NAME_TOKENS = 12;

export interface Context extends TitleContext {
  sentence: Sentence;
  mentions: Mention[];
  proper(i: number): boolean;
  /** "Israeli President A and Prime Minister B": the state the next title shares, and where. */
  carry?: { at: number; of: string };
  /** A headline in title case, where capitals prove nothing. */
  titleCase?: boolean;
}

/** After "in", "at", "to" ("to the Faroes" too), or "the coastal city of". */
export const isLocative = (c: Context, i: number): boolean =>
  i > 0 &&
  (LOCATIVE.has(c.tokens[i - 1]!.fold) ||
    (c.tokens[i - 1]!.fold === 'the' && i > 1 && LOCATIVE.has(c.tokens[i - 2]!.fold)) ||
    (c.tokens[i - 1]!.fold === 'of' && SETTLEMENTS.test(c.tokens[i - 2]?.fold ?? '')) ||
    secondSettlement(c, i));

const SETTLEMENTS =
  /^(?:city|town|village|port|district|province|county|prefecture|governorate|municipality|oblast)s?$|^(?:cities|counties|municipalities)$/;

/** "the prefectures of Nana-Mambéré and Ouham-Pendé": the second is a place as the first is. */
function secondSettlement(c: Context, i: number): boolean {
  const prev = c.mentions.at(-1);
  if (c.tokens[i - 1]?.fold !== 'and' || !prev || prev.end !== c.tokens[i - 2]?.end) return false;
  const j = c.tokens.findIndex((t) => t.start === prev.start);
  return (
    j > 1 &&
    c.tokens[j - 1]!.fold === 'of' &&
    SETTLEMENTS.test(c.tokens[j - 2]!.fold) &&
    /s$/.test(c.tokens[j - 2]!.fold)
  );
}

/** "in Argyle, Saint Vincent and the Grenadines": a city's country after its comma. */
export function afterLocativePlace(c: Context, i: number): boolean {
  const comma = c.tokens[i - 1];
  const last = c.mentions.at(-1);
  return (
    comma?.text === ',' &&
    last !== undefined &&
    (last.kind === 'place' || last.kind === 'name') &&
    last.locative &&
    last.end === c.tokens[i - 2]?.end
  );
}

/**
 * "at Anwar's official residence", "at Lindqvist's invitation": the name ending at `end` owns
 * what follows it, a home or an office or a request, so it names no place.
 */
export function ownsPlace(c: Context, end: number): boolean {
  const t = c.tokens[end];
  if (!t || !/^['’]s?$/.test(t.text)) return false;
  for (let k = end + 1; k < end + 4 && k < c.tokens.length; k++) {
    const fold = c.tokens[k]!.fold;
    if (OWNED_PLACES.has(fold)) return true;
    if (!/^\p{Ll}/u.test(c.tokens[k]!.text)) return false;
  }
  return false;
}
export const isWord = (t: Token | undefined) => Boolean(t && t.upper && /^\p{L}/u.test(t.text));

/** A name: capitalised tokens, with particles ("bin", "al", "de") and hyphens inside it. */
export function nameEnd(c: Context, i: number, knownFirst = false): number {
  const { tokens, g } = c;
  let j = i;
  while (j < tokens.length && j - i < NAME_TOKENS) {
    const t = tokens[j]!;
    // ("IAEA Chief Hold Telephone Discussion": in a headline, the verb ends the name.)
    if (c.titleCase && c.tag?.(j) === 'VERB') break;
    if (isWord(t) && !g.notPlaces.has(t.fold)) {
      const hit = c.lookup(j);
      // "Therese Kayikwamba Wagner": a one-word name of a body ("Wagner") after given names is
      // the surname; a longer one ("African Union") or an acronym stands on its own.
      const ownBody = hit !== null && (hit.end - j > 1 || /^\p{Lu}{2,}$/u.test(t.text));
      const stops = hit?.values.some(
        (v) =>
          v.kind === 'title' ||
          (v.kind === 'state' && v.form !== 'capital') ||
          (v.kind === 'org' && ownBody),
      );
      // "Amir-Abdollahian": a title word glued to a hyphen is part of the surname.
      if (
        hit &&
        j > i &&
        stops &&
        !hyphenGlued(tokens, j) &&
        !g.nameParticles.has(tokens[j - 1]!.fold)
      )
        break;
      if (
        j === i &&
        !knownFirst &&
        hit?.values.some((v) => v.kind !== 'honorific' && v.kind !== 'title')
      )
        break;
      j++;
    } else if (
      (j > i || articled(tokens, j)) &&
      g.nameParticles.has(t.fold) &&
      (tokens[j + 1]?.upper ||
        tokens[j + 1]?.text === '-' ||
        // "de la Garza", "van der Berg": particles in a row before the surname.
        (g.nameParticles.has(tokens[j + 1]?.fold ?? '') && tokens[j + 2]?.upper))
    )
      j++;
    else if (j > i && t.text === '-' && tokens[j + 1]?.upper && tokens[j - 1]!.end === t.start) j++;
    // "Seong-ho", "Ji-won": a given name joined to a lower-case syllable.
    else if (
      j > i &&
      t.text === '-' &&
      tokens[j - 1]!.end === t.start &&
      tokens[j + 1]?.start === t.end &&
      /^\p{Ll}{1,4}$/u.test(tokens[j + 1]!.text)
    )
      j += 2;
    // 'Ernesto "Camilo" Quintero': a nickname in quotes inside the name, which goes on after it.
    else if (j > i && /^["“]$/.test(t.text) && nicknameEnd(tokens, j) > 0)
      j = nicknameEnd(tokens, j);
    else break;
  }
  while (j > i && !tokens[j - 1]!.upper && tokens[j - 2]?.text !== '-') j--;
  return j;
}

/** "al-Tayeb", "el-Sisi": a name opening with its article, joined to it by a hyphen. */
export const articled = (tokens: Token[], k: number) =>
  /^(?:al|el)$/.test(tokens[k]?.fold ?? '') &&
  tokens[k + 1]?.text === '-' &&
  tokens[k + 1]!.start === tokens[k]!.end &&
  Boolean(tokens[k + 2]?.upper);

export const textOf = (c: Context, from: number, to: number) =>
  c.sentence.text.slice(c.tokens[from]!.start, c.tokens[to - 1]!.end);

/** A person's name as written, without a nickname in quotes ('Ernesto "Camilo" Quintero'). */
export const nameText = (c: Context, from: number, to: number) =>
  textOf(c, from, to)
    .replace(/\s*["“][^"“”]+["”]\s*/g, ' ')
    .trim();

/**
 * Past a nickname in quotes of up to three capitalised words ('"El Flaco"') that the name goes
 * on after; 0 when the quote is not one.
 */
function nicknameEnd(tokens: Token[], open: number): number {
  let k = open + 1;
  while (k < open + 4 && isWord(tokens[k])) k++;
  if (k === open + 1 || !/^["”]$/.test(tokens[k]?.text ?? '') || !isWord(tokens[k + 1])) return 0;
  return k + 1;
}
