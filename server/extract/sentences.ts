/**
 * Sentences and part-of-speech tags from wink-nlp. Lines are split first: wink does not break
 * on a single newline, and headlines, datelines and paragraphs are lines. Each sentence keeps
 * its offsets in the cleaned text (the evidence spans) and wink's tag for every token, which
 * tells a proper noun ("Pashinian"/PROPN) from a capitalised common word.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface Sentence {
  text: string;
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  /** Index of the line (paragraph) in the cleaned text; line 0 is the headline. */
  line: number;
  /** Part-of-speech tag by offset of a token's first character in the sentence. */
  pos: Map<number, string>;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const [line, lineText] of text.split('\n').entries()) {
    if (lineText.trim()) {
      const doc = nlp.readDoc(lineText);
      const values = doc.tokens().out(its.value) as string[];
      const spaces = doc.tokens().out(its.precedingSpaces) as string[];
      const tags = doc.tokens().out(its.pos) as string[];
      const tokenAt: { offset: number; tag: string }[] = [];
      let offset = 0;
      for (let i = 0; i < values.length; i++) {
        offset += spaces[i]!.length;
        const found = lineText.indexOf(values[i]!, offset);
        if (found >= 0) offset = found;
        tokenAt.push({ offset, tag: tags[i]! });
        offset += values[i]!.length;
      }
      let cursor = 0;
      doc.sentences().each((s: { out(): unknown }) => {
        const value = (s.out() as string).trim();
        let at = lineText.indexOf(value, cursor);
        if (at < 0) at = cursor;
        const end = Math.min(lineText.length, at + value.length);
        const pos = new Map<number, string>();
        for (const t of tokenAt)
          if (t.offset >= at && t.offset < end) pos.set(t.offset - at, t.tag);
        sentences.push({
          text: lineText.slice(at, end),
          start: lineStart + at,
          end: lineStart + end,
          line,
          pos,
        });
        cursor = end;
      });
    }
    lineStart += lineText.length + 1;
  }
  return sentences;
}
