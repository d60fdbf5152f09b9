/**
 * Whose word a frame stands on: a dispute appended after it (", a claim X rejected", ", which
 * X denied") or a quotation that is one side's word, not an official record of what was done
 * ('"The Emir received ...," the statement said'). A disputed or quoted event is kept, but no
 * relation is drawn from it.
 */
import { STATUS_WORDS, type Status } from './lexicon/index.ts';
import type { Sentence, Word } from './sentences.ts';
import type { Unit, VerbUnit } from './units.ts';

/** A word's lemma as the status lexicon lists it. */
export const statusLemma = (u: Unit | undefined): string | null =>
  u && (u.kind === 'verb' || u.kind === 'noun' || u.kind === 'word') ? baseForm(u.lemma) : null;

/** wink leaves some gerunds unlemmatised when it tags them nouns ("offering"). */
function baseForm(lemma: string): string {
  if (STATUS_WORDS.has(lemma) || !/ing$/.test(lemma)) return lemma;
  const stem = lemma.slice(0, -3);
  return STATUS_WORDS.has(stem) ? stem : STATUS_WORDS.has(`${stem}e`) ? `${stem}e` : lemma;
}

/**
 * ", a claim Accra rejected", ", which X denied", "- allegations X dismissed", ", but Y did not
 * confirm it".
 */
export function appendedDispute(units: Unit[], last: number): Status {
  for (let k = last + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'punct' && /^[;:.¶]$/.test(u.text)) break;
    if (u.kind !== 'punct' || u.text !== ',') continue;
    for (let m = k + 1; m < Math.min(units.length, k + 6); m++) {
      const w = units[m]!;
      const lemma = statusLemma(w);
      const s = lemma ? STATUS_WORDS.get(lemma) : undefined;
      // ("suggested hosting them, an offer X rejected": the offer was made, whoever refused it.)
      if (w.kind !== 'verb' && s === 'offered') break;
      if (w.kind === 'verb' && (s === 'denied' || s === 'disputed')) return s;
      // ", but Tashkent did not confirm it": a report the other side would not stand behind.
      if (w.kind === 'verb' && w.negated && /^(?:confirm|corroborate|verify)$/.test(w.lemma))
        return 'disputed';
      if (w.kind === 'word' && w.pos === 'NOUN' && (s === 'disputed' || s === 'denied')) {
        // "a claim X rejected": the noun must be answered by a denial, not "a claim he made".
        const verb = units.slice(m + 1, m + 5).find((x) => x.kind === 'verb') as
          VerbUnit | undefined;
        if (verb && /^(?:deny|reject|dismiss|dispute|refute|contest)$/.test(verb.lemma))
          return 'disputed';
      }
      if (w.kind === 'punct') break;
    }
  }
  return 'happened';
}

/** Whether offset `at` of a sentence is inside a quotation that is someone's word. */
export function quoted(sentence: Sentence, at: number): boolean {
  const open = insideQuotes(sentence.text, at);
  // '"The Emir received ...," the statement said': an institution's own record of its acts.
  const close = sentence.text.slice(at).search(/["”]/);
  const after = close < 0 ? '' : sentence.text.slice(at + close + 1);
  return open && !RECORD_SAID.test(after);
}

/** Whether offset `at` of a text is inside quotation marks. */
export function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const carried = closesCarried(text) ? 1 : 0;
  return quoteOpen(curly, (before.match(/"/g)?.length ?? 0) + carried);
}

/**
 * '... solution," Mahuad said': a sentence whose first straight mark closes a quotation opened
 * in the sentence before (split at "border. ..."); the words before it are the quotation's.
 */
function closesCarried(text: string): boolean {
  const first = text.indexOf('"');
  return (
    first > 0 && /[,.!?]$/.test(text.slice(0, first)) && /^"\s+\p{Lu}/u.test(text.slice(first))
  );
}

/** The indices of a sentence's words inside quotation marks, by the rule insideQuotes reads. */
export function quotedWords(words: readonly Word[]): Set<number> {
  const inside = new Set<number>();
  let curly = 0;
  // (The same reading as closesCarried: the mark glued to the punctuation before it.)
  const first = words.findIndex((w) => w.text === '"');
  const [before, mark, after] = [words[first - 1], words[first], words[first + 1]];
  const closing =
    before !== undefined &&
    mark !== undefined &&
    /^[,.!?]$/.test(before.text) &&
    before.end === mark.start &&
    after !== undefined &&
    after.start > mark.end &&
    /^\p{Lu}/u.test(after.text);
  let straight = closing ? 1 : 0;
  words.forEach((w, k) => {
    if (w.text === '“') curly++;
    else if (w.text === '”') curly--;
    else if (w.text === '"') straight++;
    else if (quoteOpen(curly, straight)) inside.add(k);
  });
  return inside;
}

/** After `curly` opening marks not yet closed and `straight` marks: inside a quotation. */
const quoteOpen = (curly: number, straight: number) => curly > 0 || straight % 2 === 1;

/** An official text as the speaker of a quotation: a statement, readout or communiqué. */
const RECORD_SAID =
  /^\s*,?\s*(?:the|a|an|its|his|her|their)\s+(?:\w+\s+){0,2}(?:statement|communiqu[eé]|readout|release)\s+(?:said|says|read|reads|added)\b/i;
