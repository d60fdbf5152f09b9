/**
 * Word groups the chunker builds from tags and lemmas alone: verb groups (auxiliaries,
 * negation, adverbs and a verb, with multiword verbs such as "sit down" and "take part"), event
 * nouns from the lexicon (one or more words, "phone call"), and plural anaphors ("the two
 * sides", "both presidents"). Each answers where the group ends, so the chunker stays a loop.
 */
import {
  EFFORT_HEADS,
  PEOPLE_OF_WAR,
  ANAPHORS,
  LONGEST,
  MODALS,
  NOUNS,
  VERBS,
  type AnaphorClass,
  type NounEntry,
} from './lexicon/index.ts';
import type { Word } from './sentences.ts';
import { attributivePast, edStem, ingStem, participleContext } from './verb-forms.ts';

export const isPossessive = (w: Word | undefined) =>
  Boolean(w && /^['’]s?$/.test(w.text) && w.text !== "'");

/** Lemmas of `n` words from `from`, joined by spaces: the lexicon's keys. */
export function lemmaKey(words: Word[], from: number, n: number): string {
  let key = '';
  for (let k = from; k < from + n && k < words.length; k++)
    key += (k > from ? ' ' : '') + words[k]!.lemma;
  return key;
}

const POSSESSIVE_PRONOUNS = /^(?:their|its|his|her|our)$/;

/** The longest event-noun entry starting at word `i` ("phone call", "good offices", "talks"). */
export function nounAt(words: Word[], i: number): { entry: NounEntry; end: number } | null {
  const found = triggerAt(words, i);
  if (!found) return null;
  // "an exchange of prisoners of war between A and B": the war names the prisoners.
  const glued = words[i - 1]?.text === '-' ? 1 : 0;
  if (
    words[i - 1 - glued]?.lower === 'of' &&
    PEOPLE_OF_WAR.has(words[i - 2 - 2 * glued]?.lemma ?? '')
  )
    return null;
  // "a ceasefire agreement": one event; "the mediation secretariat": no event at all.
  const next = words[found.end];
  // "a phone call today": a day is no head noun.
  const day = /^(?:today|yesterday|tonight|tomorrow|overnight)$/.test(next?.lower ?? '');
  if (next && !day && (next.pos === 'NOUN' || next.pos === 'PROPN') && /^\p{Ll}/u.test(next.text)) {
    if (EFFORT_HEADS.has(next.lemma)) return { entry: found.entry, end: found.end + 1 };
    const head = triggerAt(words, found.end);
    if (!head) return null;
    // ("truce talks", "ceasefire negotiations": talks about a truce are talks.)
    const talksAbout =
      /^(?:ceasefire|agreement)$/.test(found.entry.kind) && head.entry.contact === 'meet';
    return {
      entry: found.entry.kind === 'talks' || talksAbout ? head.entry : found.entry,
      end: head.end,
    };
  }
  return found;
}

// The first lemma of every event noun: most words start none, and are passed over at once.
const NOUN_STARTS = new Set([...NOUNS.keys()].map((key) => key.split(' ')[0]));

function triggerAt(words: Word[], i: number): { entry: NounEntry; end: number } | null {
  if (!NOUN_STARTS.has(words[i]?.lemma ?? '')) return null;
  for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
    const entry = NOUNS.get(lemmaKey(words, i, n));
    if (!entry) continue;
    const last = words[i + n - 1]!;
    if (entry.plural && !/s$/i.test(last.text)) continue;
    // ("held phone calls": wink may tag the head of a compound a verb; the compound says noun.)
    if (n === 1 && !isNounHere(words, i, last)) continue;
    if (entry.needs === 'with' && !withBefore(words, i)) continue;
    return { entry, end: i + n };
  }
  return null;
}

/** "with the generous help of", "with Norway's assistance": "with" governs the noun group. */
function withBefore(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = words[k]!;
    if (w.lower === 'with') return true;
    if (!/^(?:DET|ADJ|ADV|PROPN|PART)$/.test(w.pos) && !isPossessive(w)) return false;
  }
  return false;
}

/** wink tags "encounter" or "visit" a verb now and then: after a determiner it is a noun. */
function isNounHere(words: Word[], i: number, last: Word): boolean {
  // "Pakistan's army chief called ...": a past form is no noun, whatever wink tagged it.
  if (/ed$/.test(last.lower) && last.lemma !== last.lower) return false;
  if (last.pos === 'NOUN' || last.pos === 'PROPN' || last.pos === 'X') return true;
  if (last.pos !== 'VERB' && last.pos !== 'ADJ') return false;
  const prev = words[i - 1];
  if (!prev) return false;
  // "ISTANBUL - Talks between ...": after a dateline's dash, the lede's first word.
  if (/^\p{Lu}/u.test(last.text) && /^[-—–:]$/.test(prev.text)) return true;
  // "the 7th Ministerial Meeting": a capitalised name of an event ends in its noun.
  if (/^\p{Lu}/u.test(last.text) && /^\p{Lu}/u.test(prev.text)) return true;
  if (
    /^(?:DET|ADJ|NUM)$/.test(prev.pos) ||
    isPossessive(prev) ||
    POSSESSIVE_PRONOUNS.test(prev.lower)
  )
    return true;
  // "the Egypt-brokered ceasefire": after a compound participle, a noun.
  if (/ed$/.test(prev.lower) && words[i - 2]?.text === '-' && words[i - 2]!.end === prev.start)
    return true;
  // "had facilitated earlier talks": an adverb between a verb and its object.
  if (prev.pos === 'ADV' && (words[i - 2]?.pos === 'VERB' || words[i - 2]?.pos === 'AUX'))
    return true;
  const before = words[i - 2];
  return (
    prev.pos === 'PROPN' &&
    Boolean(before && (before.pos === 'DET' || POSSESSIVE_PRONOUNS.test(before.lower)))
  );
}

/** An opening quotation mark with a verb after it ('to "mediate ...'). */
export function openQuoteBeforeVerb(words: Word[], k: number): boolean {
  return /^["“'‘]$/.test(words[k]?.text ?? '') && words[k + 1]?.pos === 'VERB';
}

export interface VerbGroup {
  lemma: string;
  head: number;
  form: 'finite' | 'participle' | 'gerund' | 'infinitive';
  passive: boolean;
  negated: boolean;
  modal: string | null;
  perfect: boolean;
  words: string[];
  to: number;
}

const PARTICLE_TAGS = /^(?:ADP|ADV|NOUN|PART|ADJ)$/;

/** A pronoun that can only be a clause's subject before its verb. */
export const SUBJECT_PRONOUN = /^(?:it|he|she|they|we)$/;

/** "A and then B": a noun group whose members came one after the other. */
export const inTurn = (words: Word[], u: { from: number; to: number } | undefined): boolean =>
  Boolean(
    u &&
    words
      .slice(u.from, u.to)
      .some((w, k, all) => w.lower === 'then' && all[k - 1]?.lower === 'and'),
  );

/**
 * "ready to assist and facilitate the talks": a bare verb coordinated with an infinitive is
 * one too, its "to" shared, so its subject is the infinitive's.
 */
function sharesTo(words: Word[], i: number, head: number): boolean {
  if (head !== i || words[i]!.lower !== words[i]!.lemma) return false;
  const and = words[i - 1]?.lower;
  return (
    (and === 'and' || and === 'or') &&
    words[i - 2]?.pos === 'VERB' &&
    words[i - 3]?.lower === 'to' &&
    words[i - 2]!.lower === words[i - 2]!.lemma
  );
}

/** Auxiliaries, negation and adverbs, then a verb (and its particles): one verb group. */
export function verbGroup(words: Word[], i: number): VerbGroup | null {
  if (attributivePast(words, i)) return null;
  // ("English-speaking regions": a compound adjective, glued to its first half by a hyphen.)
  const dash = words[i - 1];
  if (dash?.text === '-' && dash.end === words[i]!.start && /ing$/.test(words[i]!.lower))
    return null;
  const group: string[] = [];
  let k = i;
  let infinitive = false;
  if (words[k]!.lower === 'to') {
    infinitive = true;
    k++;
    // 'ready to "facilitate dialogue between A and B"': the quotation opens on the verb.
    if (openQuoteBeforeVerb(words, k)) k++;
    // "paid a visit to French President X": wink may tag a capitalised adjective after "to"
    // a verb; a verb there is lower case, or one the lexicon knows (a headline's "To Meet").
    const next = words[k];
    if (next && /^\p{Lu}/u.test(next.text) && !VERBS.has(next.lemma.toLowerCase())) return null;
  }
  let head = -1;
  let negated = false;
  let modal: string | null = null;
  const auxes: string[] = [];
  while (k < words.length) {
    const w = words[k]!;
    if (w.pos === 'AUX') {
      if (MODALS.has(w.lower)) modal = w.lower;
      else auxes.push(w.lemma);
      head = k;
    } else if (w.pos === 'PART' && /^(?:not|n['’]t)$/.test(w.lower)) negated = true;
    else if (
      w.pos === 'ADV' &&
      head >= 0 &&
      /^(?:VERB|AUX|ADV|PART)$/.test(words[k + 1]?.pos ?? '')
    ) {
      if (w.lower === 'never') negated = true;
    } else if (
      w.pos === 'VERB' ||
      // "with X opening the session": wink may tag the participle after a name a noun.
      (head < 0 && ingStem(words, k) !== null) ||
      // "had mediated", "who mediated", "said it mediated": wink may tag the past form an
      // adjective there.
      ((auxes.length > 0 ||
        /^(?:who|which|that)$/.test(words[k - 1]?.lower ?? '') ||
        SUBJECT_PRONOUN.test(words[k - 1]?.lower ?? '')) &&
        edStem(w) !== null) ||
      // "helped shepherd the talks": wink may tag the bare verb after "help" a noun.
      (head >= 0 && words[k - 1]?.lemma === 'help' && VERBS.has(w.lemma)) ||
      // "who chairs the bloc": a present form after "who" that wink took for a plural noun.
      (head < 0 &&
        w.pos === 'NOUN' &&
        /s$/.test(w.lower) &&
        /^(?:who|which)$/.test(words[k - 1]?.lower ?? ''))
    ) {
      head = k;
      group.push(w.lower);
      k++;
      // "helped broker": the bare verb after "help" is the event.
      if (w.lemma === 'help' && (words[k]?.pos === 'VERB' || VERBS.has(words[k]?.lemma ?? '')))
        continue;
      break;
    } else break;
    group.push(w.lower);
    k++;
  }
  if (head < 0) return null;
  const tagged = words[head]!;
  // "had mediated": wink may tag a participle after "had" an adjective.
  const stem =
    tagged.pos === 'ADJ' ? edStem(tagged) : tagged.pos === 'NOUN' ? ingStem(words, head) : null;
  const helped = words[head - 1]?.lemma === 'help' && VERBS.has(tagged.lemma);
  const h = stem
    ? { ...tagged, pos: 'VERB', lemma: stem }
    : helped || tagged.pos === 'NOUN'
      ? { ...tagged, pos: 'VERB' }
      : tagged;
  let lemma =
    h.pos === 'VERB' && words[head - 1]?.lemma === 'help' && VERBS.has(`help ${h.lemma}`)
      ? `help ${h.lemma}`
      : h.lemma;
  // wink leaves "co-chaired" as it is: the lexicon knows "co-chair".
  if (!VERBS.has(lemma) && /ed$/.test(lemma))
    lemma = [lemma.slice(0, -1), lemma.slice(0, -2)].find((l) => VERBS.has(l)) ?? lemma;
  // Multiword verbs: "sit down", "take part", "shake hands", "play host", "preside over".
  for (let n = 3; n >= 1; n--) {
    if (k + n > words.length) continue;
    const rest = words.slice(k, k + n);
    if (!rest.every((w) => PARTICLE_TAGS.test(w.pos) || w.pos === 'VERB')) continue;
    const key = `${lemma} ${lemmaKey(words, k, n)}`;
    if (VERBS.has(key)) {
      lemma = key;
      for (const w of rest) group.push(w.lower);
      k += n;
      break;
    }
  }
  const ing = /ing$/.test(h.lower);
  const beAux = auxes.some((a) => a === 'be' || a === 'get');
  const perfect = auxes.includes('have');
  // "co-chaired", left unlemmatised by wink, is as past as "chaired".
  const pastForm =
    h.pos === 'VERB' &&
    (h.lower !== h.lemma || (/ed$/.test(h.lower) && !lemma.startsWith(h.lower))) &&
    !ing &&
    !/s$/.test(h.lower);
  let form: VerbGroup['form'] = 'finite';
  if (infinitive || sharesTo(words, i, head)) form = 'infinitive';
  else if (ing && auxes.length === 0 && !modal) form = 'gerund';
  else if (pastForm && auxes.length === 0 && !modal && participleContext(words, head, k))
    form = 'participle';
  return {
    lemma,
    head,
    form,
    passive: (beAux && pastForm) || form === 'participle',
    negated:
      negated ||
      (h.negated &&
        h.pos === 'VERB' &&
        words.slice(i, head).some((w) => /^(?:not|n['’]t|never)$/.test(w.lower))),
    modal,
    perfect,
    words: group,
    to: k,
  };
}

const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/** "the two sides", "both countries", "the three leaders", "both countries' ministers". */
export function anaphorAt(
  words: Word[],
  i: number,
): {
  count: number | null;
  cls: AnaphorClass;
  to: number;
  heads?: boolean;
  teams?: boolean;
} | null {
  const first = words[i]!.lower;
  let k = i;
  let count: number | null = null;
  if (first === 'both') {
    count = 2;
    k++;
  } else if (first === 'the' || first === 'their') {
    const n = NUMBERS[words[i + 1]?.lower ?? ''];
    if (n) {
      count = n;
      k += 2;
    } else if (/^(?:parties|sides)$/.test(words[i + 1]?.lower ?? '')) k++;
    // "the warring countries", "the conflicting parties": the sides, by what they are doing.
    else if (
      /^(?:warring|conflicting|rival|opposing|feuding|belligerent|negotiating)$/.test(
        words[i + 1]?.lower ?? '',
      )
    )
      k += 2;
    else return null;
  } else return null;
  // "both spoke by telephone", "the two met again": the number alone is the subject.
  const next = words[k];
  if (count !== null && next && (/^(?:VERB|AUX)$/.test(next.pos) || next.lower === 'also'))
    return { count, cls: 'collective', to: k };
  // "both chief negotiators", "the two rival delegations": modifiers before the noun.
  // ("chief" names people too, but "chief negotiators" is the plural that counts).
  if (
    count !== null &&
    /^(?:ADJ|NOUN)$/.test(words[k]?.pos ?? '') &&
    ANAPHORS.has(words[k + 1]?.lemma ?? '') &&
    (!ANAPHORS.has(words[k]?.lemma ?? '') || /s$/i.test(words[k + 1]!.text))
  )
    k++;
  for (let n = 3; n >= 1; n--) {
    if (k + n > words.length) continue;
    const key = lemmaKey(words, k, n);
    const cls = ANAPHORS.get(key);
    if (!cls) continue;
    const last = words[k + n - 1]!;
    if (!/s$/i.test(last.text) && !/^(?:men|women)$/i.test(last.text)) continue;
    let to = k + n;
    // "both countries' water ministers": the people of the sides are the sides.
    if (/^['’]s?$/.test(words[to]?.text ?? '')) {
      to++;
      while (
        to < words.length &&
        /^(?:NOUN|ADJ)$/.test(words[to]!.pos) &&
        words[to + 1] &&
        /^(?:NOUN|ADJ)$/.test(words[to + 1]!.pos)
      )
        to++;
      if (words[to]?.pos === 'NOUN') to++;
    }
    // "the two heads of delegation", "the two delegation heads", "both heads of the
    // delegations": the people a release said headed them.
    let of = -1;
    if (words[to]?.lower === 'of')
      for (let m = to + 1; m < to + 4 && of < 0; m++)
        if (/^delegations?$/.test(words[m]?.lower ?? '')) of = m;
    const heads =
      /^(?:head|chief)$/.test(last.lemma) && (words[k + n - 2]?.lower === 'delegation' || of > 0);
    if (heads) return { count, cls, to: of > 0 ? of + 1 : to, heads };
    return /^(?:delegation|team|panel|negotiator)$/.test(last.lemma)
      ? { count, cls, to, teams: true }
      : { count, cls, to };
  }
  return null;
}

/** The lexicon verb an "-ed" word is the participle of ("mediated", "brokered"), if any. */
