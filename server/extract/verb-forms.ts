/**
 * Verb forms wink tags otherwise than the sentence uses them: a past form that is a participle
 * ("talks hosted by X") or a past tense ("X hosted talks"), a participle tagged an adjective
 * ("had mediated"), and an "-ing" participle tagged a noun ("with X opening the session").
 */
import { MEANS, NOUNS, SPEECH, VERBS } from './lexicon/index.ts';
import type { Word } from './sentences.ts';

/**
 * Whether a past form with no auxiliary is a participle ("talks hosted by X", "Invited by X,",
 * "The round, chaired by X,") rather than a past tense ("X hosted talks"): wink tags both VERB.
 */
/** Past tenses whose participle is another word: never a participle themselves. */
const PAST_ONLY = new Set([
  'came',
  'went',
  'began',
  'took',
  'gave',
  'spoke',
  'wrote',
  'broke',
  'chose',
  'rose',
  'flew',
  'drew',
  'knew',
  'grew',
  'threw',
  'saw',
  'ran',
  'fell',
  'became',
]);

export function participleContext(words: Word[], head: number, end: number): boolean {
  const next = words[end];
  const prev = words[head - 1];
  // "The visit came after ...": a past tense that is no participle.
  if (PAST_ONLY.has(words[head]!.lower)) return false;
  // "talks hosted by X", but "spoke by phone": a means after "by" is no agent.
  if (next?.lower === 'by') return !MEANS.has(words[end + 1]?.lower ?? '');
  if (!prev) return next?.text === ',';
  // "The talks, held at a hotel in X, are ...": an insertion with no verb of its own after it.
  // ("X's Foreign Minister, Y, received a phone call": a verb with its own object is finite;
  // so is one after the comma that closes an apposition: "When A and his counterpart, B,
  // shook hands in Beijing, ...".)
  const commas = words.slice(0, head).filter((w) => w.text === ',').length;
  if (prev.text === ',' && commas % 2 === 0) return false;
  if (prev.text === ',' || prev.text === '(')
    return (
      next?.lower === 'by' ||
      next?.text === ',' ||
      (!/^(?:DET|PRON|PROPN|NUM)$/.test(next?.pos ?? '') && closesInsertion(words, end))
    );
  // "a deal reached thanks to X", "talks held last week": right after an event noun, with no
  // object of its own.
  if (
    NOUNS.has(prev.lemma) &&
    VERBS.has(words[head]!.lemma) &&
    next &&
    !/^(?:DET|PRON|PROPN|NUM)$/.test(next.pos)
  )
    return true;
  // "the accord signed in Dakar was hailed": right after a common noun, with no object of its
  // own, and the clause's own verb still to come ("talks opened in Geneva" is that verb; an
  // infinitive, "met with X to shore up the truce", is none).
  if (prev.pos !== 'NOUN' || !next || (next.pos !== 'ADP' && next.text !== ',')) return false;
  let comma = false;
  for (let k = end; k < words.length; k++) {
    const w = words[k]!;
    if (/^[;:.]$/.test(w.text) || w.pos === 'SCONJ' || /^(?:who|which|that)$/.test(w.lower))
      return false;
    comma ||= w.text === ',';
    // "The delegation arrived in X and met Y": a verb joined by "and" is this one's fellow.
    if (w.lower === 'and' && words[k + 1]?.pos === 'VERB') return false;
    // ("in a round facilitated by X": a participle of its own with its agent is no verb.)
    const finite =
      !/ing$/.test(w.lower) && words[k - 1]?.lower !== 'to' && words[k + 1]?.lower !== 'by';
    // "The two leaders talked by phone, his spokesman said": a source after the comma.
    if (w.pos === 'AUX' || (w.pos === 'VERB' && finite)) return !(comma && SPEECH.has(w.lemma));
  }
  return false;
}

/**
 * Whether the words after `from` close an insertion with a comma and the sentence's own verb
 * follows it ("The talks, held at a hotel in X, are being chaired ...").
 */
function closesInsertion(words: Word[], from: number): boolean {
  // "hosted by the head of the Mission, Ambassador X, brought ...": the insertion may hold
  // an appositive of its own, so up to three commas are passed.
  let commas = 0;
  for (let k = from; k < Math.min(words.length, from + 25); k++) {
    const w = words[k]!;
    if (w.text === ',') {
      if (++commas > 3) return false;
      for (let m = k + 1; m < Math.min(words.length, k + 8); m++) {
        const x = words[m]!;
        // ("..., led by Y, in Istanbul": a participle of another insertion is no verb of it.)
        const finite =
          !/ing$/.test(x.lower) && words[m - 1]?.lower !== 'to' && words[m + 1]?.lower !== 'by';
        if (x.pos === 'AUX' || (x.pos === 'VERB' && finite)) return true;
        if (/^[.;:]$/.test(x.text)) return false;
        if (x.text === ',') break;
      }
      continue;
    }
    if (attributivePast(words, k)) continue;
    if (w.pos === 'VERB' || w.pos === 'AUX' || /^[.;:]$/.test(w.text)) return false;
  }
  return false;
}

/** "behind closed doors", "in armed conflict": a past form between a preposition or an
 * article and its noun, describing the noun. */
export function attributivePast(words: Word[], k: number): boolean {
  const w = words[k]!;
  return (
    w.pos === 'VERB' &&
    /ed$/.test(w.lower) &&
    /^(?:ADP|DET)$/.test(words[k - 1]?.pos ?? '') &&
    words[k + 1]?.pos === 'NOUN'
  );
}

/** The verb of an "-ing" word tagged a noun right after a name and before its object. */
export function ingStem(words: Word[], k: number): string | null {
  const w = words[k]!;
  if (w.pos !== 'NOUN' || !/ing$/.test(w.lower) || words[k - 1]?.pos !== 'PROPN') return null;
  if (!/^(?:DET|PROPN|PRON)$/.test(words[k + 1]?.pos ?? '')) return null;
  const l = w.lower.slice(0, -3);
  const candidates = [l, `${l}e`, l.slice(0, -1)];
  return candidates.find((c) => VERBS.has(c)) ?? null;
}

export function edStem(w: Word): string | null {
  if (!/ed$/.test(w.lower)) return null;
  const l = w.lower;
  const candidates = [l.slice(0, -1), l.slice(0, -2), `${l.slice(0, -3)}y`, l.slice(0, -3)];
  return candidates.find((c) => VERBS.has(c)) ?? null;
}
