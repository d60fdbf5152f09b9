/**
 * Sentences as the extractor sees them: wink's sentences, but none longer than a newsroom
 * writes, so that text with no full stop for pages costs no more per word than prose does.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../server/extract/sentences.ts';

describe('sentences', () => {
  it('when a line runs on for thousands of words with no full stop, then it comes in pieces of at most 120 words that keep every word in order', () => {
    const phrase = 'Lesotho met Malawi and the envoy Thabo Mokoena talked with Zambia in Maseru, ';
    const text = phrase.repeat(300);
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(20);
    expect(Math.max(...sentences.map((s) => s.words.length))).toBeLessThanOrEqual(120);
    // Cut at a comma where there is one, and nothing lost or doubled.
    expect(sentences.slice(0, -1).every((s) => s.text.endsWith(','))).toBe(true);
    const words = sentences.flatMap((s) => s.words.map((w) => w.text));
    expect(words.join(' ')).toBe(
      text
        .trim()
        .split(/\s+|(?=,)/)
        .join(' '),
    );
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('when sentences are of ordinary length, then they stay whole', () => {
    const text =
      'Lesotho and Malawi met in Maseru on Monday, with Zambia as host. Their ministers will meet again in June.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Lesotho and Malawi met in Maseru on Monday, with Zambia as host.',
      'Their ministers will meet again in June.',
    ]);
  });
});

describe('letters beyond Latin-1', () => {
  it('when names carry macrons, carons or Vietnamese marks, then each name stays one word with its own letters and offsets', () => {
    const text =
      'Prime Minister Mānoa Tūpou met Ivo Marić, Łucja Nowak and Trần Văn Đức in Hà Nội.';
    const [sentence] = splitSentences(text);
    const words = sentence!.words.map((w) => w.text);
    for (const name of ['Mānoa', 'Tūpou', 'Marić', 'Łucja', 'Trần', 'Văn', 'Đức', 'Hà', 'Nội'])
      expect(words).toContain(name);
    for (const w of sentence!.words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('when a name beyond Latin-1 is a subject, then the sentence is tagged as one with a verb after the name', () => {
    const [sentence] = splitSentences('Mānoa Tūpou met the envoy.');
    expect(sentence!.words.find((w) => w.text === 'met')?.pos).toBe('VERB');
    expect(sentence!.words.length).toBe(6);
  });
});

describe('short titles with a full stop', () => {
  it.each([
    'The panel was headed by Presidential Adviser on Peace and Unity Sec. Ramon Abad, who spoke.',
    "Ethiopia's Minister of Water and Energy, Dr Eng. Tesfaye Bekele, met the envoy.",
    'The session was chaired by Water Cabinet Secretary Engr. Joseph Kamau on Monday.',
  ])(
    'when a short title ends in a full stop before a name ("%s"), then the sentence goes on',
    (text) => {
      expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
    },
  );
});
