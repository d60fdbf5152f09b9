/**
 * Sentences and their words from wink-nlp. Lines are split first: wink does not break on a
 * single newline, and headlines, datelines and paragraphs are lines. Each sentence keeps its
 * offsets in the cleaned text (the evidence spans) and, for every word, wink's part of speech,
 * lemma and negation flag: the chunker reads verb groups and noun groups from them, and the
 * trigger lexicon is keyed by lemma, so "held", "holds" and "have held" are one entry.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { SHORT_TITLES } from './lexicon/index.ts';

const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
const its = nlp.its;

export interface Word {
  text: string;
  /** Lower case. */
  lower: string;
  lemma: string;
  /** Universal part of speech (NOUN, PROPN, VERB, AUX, ADP, ...). */
  pos: string;
  /** Inside the scope of a negation ("did not meet ..."), as wink marks it. */
  negated: boolean;
  /** Offsets in the sentence. */
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  /** Index of the line (paragraph) in the cleaned text; line 0 is the headline. */
  line: number;
  /** Index of the sentence within its line. */
  index: number;
  words: Word[];
  /** Part-of-speech tag by offset of a word's first character in the sentence. */
  pos: Map<number, string>;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const [line, lineText] of text.split('\n').entries()) {
    if (lineText.trim()) splitLine(lineText, line, lineStart, sentences);
    lineStart += lineText.length + 1;
  }
  return sentences;
}

/** Past tenses that are never nouns in news about talks, with their lemmas. */
const PAST_TENSE = new Map([
  ['spoke', 'speak'],
  ['talked', 'talk'],
  ['phoned', 'phone'],
]);

/** Verbs of meeting and mediating a headline puts in the present tense. */
const PRESENT_TENSE = [
  'host',
  'hold',
  'meet',
  'mediate',
  'broker',
  'chair',
  'welcome',
  'receive',
  'visit',
  'sign',
];

/**
 * wink's tokeniser breaks a word at any letter beyond Latin-1 ("Lātū", "Sarić", "Łukasz"), so
 * it reads a copy with each such letter as its base letter, one for one, and the words take
 * their text back from the line.
 */
const latin1 = (line: string) =>
  BEYOND.test(line)
    ? line.replace(BEYOND_ALL, (ch) => {
        const base = ch.normalize('NFD')[0]!;
        if (/[A-Za-z]/.test(base)) return base;
        return ch === ch.toLowerCase() ? 'x' : 'X';
      })
    : line;
const BEYOND = /(?![\u2000-\u206f])[\u0100-\uffff](?<=\p{L})/u;
const BEYOND_ALL = new RegExp(BEYOND.source, 'gu');

function splitLine(lineText: string, line: number, lineStart: number, out: Sentence[]): void {
  const read = latin1(lineText);
  const doc = nlp.readDoc(read);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  const negations = tokens.out(its.negationFlag) as boolean[];
  const offsets: number[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const found = read.indexOf(values[i]!, offset);
    if (found >= 0) offset = found;
    offsets.push(offset);
    const own = read === lineText ? values[i]! : lineText.slice(offset, offset + values[i]!.length);
    if (own !== values[i]) {
      values[i] = own;
      lemmas[i] = own.toLowerCase();
    }
    offset += own.length;
  }
  const spans = joinShortTitles(
    doc.sentences().out(its.span) as [number, number][],
    values,
  ).flatMap((span) => bounded(span, values));
  spans.forEach(([first, last], index) => {
    if (first > last || first >= values.length) return;
    const at = offsets[first]!;
    const end = Math.min(lineText.length, offsets[last]! + values[last]!.length);
    const words: Word[] = [];
    const pos = new Map<number, string>();
    for (let i = first; i <= last; i++) {
      const value = values[i]!;
      const start = offsets[i]! - at;
      // "The two spoke by phone": wink may take a past tense for a noun after a numeral.
      const past = PAST_TENSE.get(value.toLowerCase());
      if (past && !/^(?:VERB|AUX|DET)$/.test(tags[i]!) && tags[i - 1] !== 'DET') {
        tags[i] = 'VERB';
        lemmas[i] = past;
      }
      // "Oman hosts talks between ...": a headline's present tense after a name, before its
      // object, that wink took for a plural noun.
      const stem = PRESENT_TENSE.find((v) => value === `${v}s` || value === `${v}es`);
      if (
        stem &&
        tags[i] === 'NOUN' &&
        tags[i - 1] === 'PROPN' &&
        /^(?:NOUN|DET|PROPN|ADJ|NUM)$/.test(tags[i + 1] ?? '')
      ) {
        tags[i] = 'VERB';
        lemmas[i] = stem;
      }
      // "UN-brokered": wink keeps a short name glued to its participle, which other names
      // ("Qatar-brokered") are not; read as theirs are, name, hyphen and participle.
      const glued = /^(\p{Lu}{2,6})-(\p{Ll}{2,}ed|led)$/u.exec(value);
      if (glued) {
        const [name, participle] = [glued[1]!, glued[2]!];
        const lemma = (
          nlp
            .readDoc(participle)
            .tokens()
            .out(its.lemma as never) as string[]
        )[0];
        const parts = [
          { text: name, lemma: name.toLowerCase(), pos: 'PROPN', at: 0 },
          { text: '-', lemma: '-', pos: 'PUNCT', at: name.length },
          { text: participle, lemma: lemma ?? participle, pos: 'VERB', at: name.length + 1 },
        ];
        for (const x of parts) {
          const from = start + x.at;
          words.push({
            text: x.text,
            lower: x.text.toLowerCase(),
            lemma: x.lemma,
            pos: x.pos,
            negated: false,
            start: from,
            end: from + x.text.length,
          });
          pos.set(from, x.pos);
        }
        continue;
      }
      words.push({
        text: value,
        lower: value.toLowerCase(),
        lemma: lemmaOf(value, lemmas[i], tags[i]!, i === first || afterDateline(values, first, i)),
        pos: tags[i]!,
        negated: Boolean(negations[i]),
        start,
        end: start + value.length,
      });
      pos.set(start, tags[i]!);
    }
    out.push({
      text: lineText.slice(at, end),
      start: lineStart + at,
      end: lineStart + end,
      line,
      index,
      words,
      pos,
    });
  });
}

/**
 * wink leaves a capitalised first word unlemmatised when it tags it a proper noun
 * ("Negotiations", "Delegates"): a plain plural rule recovers the lemma the lexicon needs.
 */
function lemmaOf(value: string, lemma: string | undefined, tag: string, first: boolean): string {
  const lower = (lemma ?? value).toLowerCase();
  if (!first || tag !== 'PROPN' || lower !== value.toLowerCase()) return lower;
  if (/ies$/.test(lower)) return lower.replace(/ies$/, 'y');
  if (/[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** "ISTANBUL - Talks ...", "KUALA LUMPUR, Oct 26 (Reuters) - Negotiations ...": the lede's first word. */
export function afterDateline(values: string[], first: number, i: number): boolean {
  if (i < first + 2 || !/^[-—–:]$/.test(values[i - 1]!)) return false;
  return values.slice(first, i - 1).every((v) => /^[\p{Lu}\d]/u.test(v) || !/\p{L}/u.test(v));
}

/** Longer "sentences" than any newsroom writes are pieces of run-on text. */
const MAX_WORDS = 120;

/** "Sec. Ramon X", "Dr Eng. Tesfaye Y": a sentence that ends on a short title goes on. */
function joinShortTitles(spans: [number, number][], values: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out.at(-1);
    const [, last] = prev ?? [0, -1];
    // ("Iran-U.S. talks": wink ends a sentence inside letters it split from a hyphen.)
    const initials =
      /^\p{Lu}$/u.test(values[last - 1] ?? '') && /^\p{Lu}\.$/u.test(values[span[0]] ?? '');
    if (
      prev &&
      values[last] === '.' &&
      ((SHORT_TITLES.has(values[last - 1] ?? '') && /^\p{Lu}/u.test(values[span[0]] ?? '')) ||
        initials)
    )
      prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

/**
 * A sentence cut into pieces of at most MAX_WORDS tokens, at the last comma, semicolon, colon
 * or dash of each piece where there is one: text with no full stop for pages would otherwise
 * make every later step pay for each pair of its words.
 */
function bounded([first, last]: [number, number], values: string[]): [number, number][] {
  const out: [number, number][] = [];
  let from = first;
  while (last - from + 1 > MAX_WORDS) {
    let cut = from + MAX_WORDS - 1;
    for (let k = cut; k > from + MAX_WORDS / 2; k--)
      if (/^[,;:\u2014\u2013]$/.test(values[k]!)) {
        cut = k;
        break;
      }
    out.push([from, cut]);
    from = cut + 1;
  }
  out.push([from, last]);
  return out;
}
