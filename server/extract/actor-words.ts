/**
 * The words around an actor list that say where it stops and what its names stand for: a
 * caption's position in brackets, a noun for the actors' people after them ("'s negotiators"),
 * "the leaders of" or "delegates from" before them, a nationality's non-state body, and
 * whether a clause has begun, so that a list does not run on into the next one; and the words
 * a list passes inside it ("along with", "rebel coalition", "Tigray's", an unknown demonym).
 */
import {
  FILLERS_BEFORE,
  GROUPS_OF_A_PEOPLE,
  REPRESENTATIVES,
  TEAMS,
  type Role,
} from './lexicon/index.ts';
import { isPossessive, lemmaKey } from './word-groups.ts';
import type { Word } from './sentences.ts';
import type { Ref } from './resolve.ts';
import type { Member, Unit } from './units.ts';

/** Head nouns of a name's descriptor: "the militant group X", "the rebel coalition Y". */
export const DESCRIPTORS =
  /^(?:group|coalition|movement|alliance|militia|faction|party|organi[sz]ation)$/;
/** Words for an armed or breakaway body before its name: "the breakaway Abkhazia region". */
const SECESSION =
  /^(?:breakaway|separatist|secessionist|self-declared|self-proclaimed|rebel|paramilitary|militant|insurgent)$/;
/** Nouns for a territory with a name: "the breakaway region of X", "the X enclave". */
const REGIONS = /^(?:region|province|republic|enclave|territory)$/;
/** Nouns for those who govern a place: "the authorities in X", "officials in Y". */
const RULERS = /^(?:authority|official|government|leadership|administration)$/;
/** Singular nouns for a whole state or body: "the Government of the Republic of X". */
const BODIES = /^(?:government|administration|leadership|authority|army|military|junta|regime)$/;

/** A caption's "(left)", "(centre)", "(second right)" after a name: not part of the text's grammar. */
export function skipPosition(words: Word[], at: number): number {
  // ("X, left, and Y": a caption's position between commas, the list going on after it.)
  if (
    words[at]?.text === ',' &&
    /^(?:left|right|centre|center)$/.test(words[at + 1]?.lower ?? '') &&
    words[at + 2]?.text === ','
  )
    return at + 2;
  if (words[at]?.text !== '(') return at;
  for (let k = at + 1; k < Math.min(words.length, at + 4); k++) {
    if (words[k]!.text !== ')') continue;
    const inside = words.slice(at + 1, k);
    const position = /\b(?:left|right|centre|center|front|back|l|r|c)\b/i.test(
      inside.map((w) => w.text).join(' '),
    );
    // "(SSUOF)": the short name mentions.ts already took as an alias.
    const alias = inside.length === 1 && /^\p{Lu}/u.test(inside[0]!.text);
    return position || alias ? k + 1 : at;
  }
  return at;
}

/** "'s government", "negotiators", "'s chief negotiator": the noun for an actor's people. */
export function repAfter(words: Word[], at: number): { end: number; role: Role } | null {
  let m = at;
  if (isPossessive(words[m])) m++;
  // "'s internationally recognised government", "'s chief negotiator": words before the noun;
  // a participle only after a possessive ("Uruguay played host" is a verb).
  const owned = m > at;
  const describes = (w: Word | undefined) =>
    Boolean(
      w &&
      (w.pos === 'ADJ' ||
        w.pos === 'ADV' ||
        // "border officials", "government negotiators": a noun that says which ones.
        (w.pos === 'NOUN' && !isPossessive(w)) ||
        w.lower === 'chief' ||
        (owned && w.pos === 'VERB' && /ed$/.test(w.lower))),
    );
  // The last noun for people within reach: "government negotiators", "border officials".
  let last = -1;
  for (let n = m; n < m + 4 && describes(words[n]); n++)
    if (REPRESENTATIVES.has(words[n]!.lemma)) last = n;

  if (last > m) m = last;
  const w = words[m];
  const role = w && w.pos !== 'VERB' ? REPRESENTATIVES.get(w.lemma) : undefined;
  return role ? { end: m + 1, role } : null;
}

export function takeItemEnd(refOf: Int32Array, words: Word[], at: number): number {
  let end = at;
  while (end < words.length && (refOf[end] ?? -1) === (refOf[at] ?? -1)) end++;
  return end;
}

/**
 * Where the rest of a list starting after a comma at `j - 1` ends ("A, B and C"), or -1 when
 * no "and" follows, so the comma was not a list's ("A, who ...", "A, the mediator").
 */
export function listEnd(words: Word[], refOf: Int32Array, j: number): number {
  let and = false;
  for (let k = j; k < words.length; k++) {
    if ((refOf[k] ?? -1) >= 0) {
      k = skipPosition(words, takeItemEnd(refOf, words, k)) - 1;
      continue;
    }
    const w = words[k]!;
    if (w.lower === 'and' || w.text === '&') {
      and = true;
      continue;
    }
    if (w.text === ',' || FILLERS_BEFORE.has(w.lower) || isPossessive(w)) continue;
    return and ? k : -1;
  }
  return and ? words.length : -1;
}

export function startsClause(words: Word[], at: number): boolean {
  let k = at;
  while (words[k]?.pos === 'ADV') k++;
  const w = words[k];
  return Boolean(w && (w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/.test(w.lower))));
}

/**
 * Where a phrase of `nouns` followed by "of" (or "from", for representatives) ends right before
 * word `i`: the word index it starts at, or -1. Leaders must be plural ("the presidents of").
 */
export function phraseBefore(
  words: Word[],
  i: number,
  nouns: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  plural: boolean,
): number {
  // "representatives of the Rapid Support Forces": past the article to the preposition, for
  // plural nouns only (a singular "president of the X Group" is a title, read elsewhere).
  let k = i;
  // "a delegation from the Palestinian group Hamas": past the name's descriptor too.
  if (DESCRIPTORS.test(words[k - 1]?.lower ?? '')) {
    k--;
    while (k > 0 && /^(?:ADJ|PROPN)$/.test(words[k - 1]!.pos)) k--;
  }
  while (k > 0 && /^(?:the|both)$/.test(words[k - 1]!.lower)) k--;
  const noun = words[k - 2];
  if (k < i && noun && (/s$/i.test(noun.text) || TEAMS.has(noun.lemma) || BODIES.test(noun.lemma)))
    i = k;
  const prep = words[i - 1]?.lower;
  // "talks with the authorities in South Sudan": those who govern there.
  const governing = prep === 'in' && !plural && RULERS.test(words[i - 2]?.lemma ?? '');
  if (prep !== 'of' && (plural || prep !== 'from') && !governing) return -1;
  // ("the Ministers of Foreign Affairs of A and B": an office's name has an "of" of its own.)
  for (let n = 4; n >= 1; n--) {
    const from = i - 1 - n;
    // "the Foreign Ministers of A and B": wink leaves a capitalised plural as it is.
    if (from < 0) continue;
    const key = lemmaKey(words, from, n);
    const singular = [key.replace(/s$/, ''), key.replace(/^(\S+)s /, '$1 ')];
    if (!(nouns.has(key) || singular.some((k) => nouns.has(k)))) continue;
    if (plural && !/s$/i.test(words[i - 2]!.text)) continue;
    return from;
  }
  return -1;
}

/** After a nationality adjective, the end of a word for a non-state body it describes, or -1. */
export function groupAfter(words: Word[], at: number): number {
  for (let k = at; k < Math.min(words.length, at + 3); k++) {
    const w = words[k]!;
    if (GROUPS_OF_A_PEOPLE.has(w.lower)) return k + 1;
    if (!/^(?:ADJ|NOUN)$/.test(w.pos) || w.text !== w.lower) return -1;
  }
  return -1;
}

/** Whether the sentence so far has a subject and its finite verb, outside an opening
 * subordinate clause ("After A met B, ..." has not started the main one). */
export function clauseRuns(units: Unit[]): boolean {
  const opener = units[0];
  if (
    opener?.kind === 'sub' ||
    (opener?.kind === 'prep' && /^(?:after|before|since|until|once|as|while)$/.test(opener.lemma))
  )
    return false;
  let named = false;
  for (const u of units) {
    if (u.kind === 'actor' || u.kind === 'pronoun') named = true;
    else if (named && u.kind === 'verb' && u.form === 'finite') return true;
  }
  return false;
}

/** Past "Korean counterparts" at `j` in a list of demonyms, to the comma after it; else `j`. */
export function unknownSideEnd(
  words: Word[],
  refOf: Int32Array,
  j: number,
  members: Member[],
): number {
  if ((refOf[j] ?? -1) >= 0 || !/^\p{Lu}/u.test(words[j]?.text ?? '')) return j;
  if (!members.length || !members.every((x) => x.demonym)) return j;
  const rep = repAfter(words, j + 1);
  return rep && words[rep.end]?.text === ',' ? rep.end : j;
}

/** After "along with", "together with" or "alongside" at `j`, the next word; else `j`. */
export function companionEnd(words: Word[], j: number): number {
  const w = words[j]?.lower;
  if (w === 'alongside') return j + 1;
  if ((w === 'along' || w === 'together') && words[j + 1]?.lower === 'with') return j + 2;
  return j;
}

/** Past "Tigray's" before a person's name, to the name; else `j`. */
export function pastPlaceOwner(words: Word[], refs: Ref[], refOf: Int32Array, j: number): number {
  const r = refOf[j] ?? -1;
  if (r < 0 || refs[r]!.type !== 'Place') return j;
  let end = j;
  while ((refOf[end] ?? -1) === r) end++;
  const person = refOf[end + 1] ?? -1;
  return isPossessive(words[end]) && person >= 0 && refs[person]!.type === 'Person' ? end + 1 : j;
}

/**
 * Past "rebel coalition", "militant group", "breakaway", "the breakaway region of" before a
 * name, to the name; else `j`.
 */
export function pastDescriptor(words: Word[], refOf: Int32Array, at: number): number {
  // "and leftist rebels of the X": adjectives before the noun for a body's people.
  let j = pastAdjectives(words, refOf, at, 2);
  // ("and separatist rebel leaders of the X": a people's noun before the one "of" governs.)
  const rep = (k: number) => REPRESENTATIVES.has(words[k]?.lemma ?? '');
  if (rep(j) && rep(j + 1) && words[j + 2]?.lower === 'of') j++;
  if (!(REPRESENTATIVES.has(words[j]?.lemma ?? '') && words[j + 1]?.lower === 'of')) j = at;
  const of = REPRESENTATIVES.has(words[j]?.lemma ?? '') && words[j + 1]?.lower === 'of';
  const from = j + ownerWords(words, j, of);
  let d = from;
  while (
    d < from + 3 &&
    words[d] &&
    (refOf[d] ?? -1) < 0 &&
    words[d]!.text === words[d]!.lower &&
    /^(?:NOUN|ADJ|VERB)$/.test(words[d]!.pos)
  )
    d++;
  if (d === from) return of && (refOf[from] ?? -1) >= 0 ? from : at;
  const last = words[d - 1]!.lower;
  // "the breakaway region of Transnistria": the name comes after "of".
  if (REGIONS.test(last) && words[d]?.lower === 'of' && (refOf[d + 1] ?? -1) >= 0) return d + 1;
  return (DESCRIPTORS.test(last) || SECESSION.test(last)) && (refOf[d] ?? -1) >= 0 ? d : at;
}

/**
 * Whose the descriptor at `j` is, in words to pass: "representatives of (the)" the body,
 * "the country's" largest party, "its" armed wing; 0 where nothing owns it.
 */
function ownerWords(words: Word[], j: number, of: boolean): number {
  if (of) return words[j + 2]?.lower === 'the' ? 3 : 2;
  const w = words[j]?.lower ?? '';
  if (/^(?:country|nation)$/.test(w) && /^['’]s?$/.test(words[j + 1]?.text ?? '')) return 2;
  return /^(?:its|their)$/.test(w) ? 1 : 0;
}

/** "Abkhazia region", "the Transnistria region": a region's noun after its name; else `at`. */
export const pastRegionNoun = (words: Word[], at: number): number =>
  REGIONS.test(words[at]?.lower ?? '') && words[at]!.text === words[at]!.lower ? at + 1 : at;

/**
 * "and a top Brunei diplomat", "and a Ugandan envoy": an article, perhaps a word of rank,
 * before a state's name or adjective and a noun for its people; the list goes on past them.
 */
export function pastRank(words: Word[], refs: Ref[], refOf: Int32Array, j: number): number {
  const article = /^(?:a|an)$/.test(words[j]?.lower ?? '') ? j + 1 : j;
  const k = pastAdjectives(words, refOf, article, 1);
  if (k === j) return j;
  const ref = refs[refOf[k] ?? -1];
  if (!ref || ref.type !== 'State') return j;
  let end = k;
  while ((refOf[end] ?? -1) === refOf[k]) end++;
  return REPRESENTATIVES.get(words[end]?.lemma ?? '') === 'party' ? k : j;
}

/** Past up to `most` lower-case adjectives no name starts with ("leftist", "top"). */
function pastAdjectives(words: Word[], refOf: Int32Array, at: number, most: number): number {
  let j = at;
  while (
    j < at + most &&
    words[j]?.pos === 'ADJ' &&
    words[j]!.text === words[j]!.lower &&
    (refOf[j] ?? -1) < 0
  )
    j++;
  return j;
}
