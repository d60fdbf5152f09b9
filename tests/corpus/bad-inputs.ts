/**
 * The bad-input corpus: a folder of articles that must each be refused alone or read despite
 * their shape, beside good ones that must be written, generated rather than committed (the
 * bombs are megabytes). `node tests/corpus/bad-inputs.ts DIR` writes it; the tests call
 * `writeBadInputs`. Each entry says what must become of it: `written` (how many articles) or
 * the words of the refusal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { INGEST_LIMITS } from '../../server/domain/index.ts';

export interface CorpusEntry {
  file: string;
  content: string | Buffer;
  /** Articles it must yield (an NDJSON batch may yield several), or the refusals it must cause. */
  expect: { written: number; refused: RegExp[] };
}

const LEDE =
  'Kenyan President William Ruto hosted talks between Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki in Nairobi on Monday.';
const article = (lede: string, n: number) =>
  [
    lede,
    ...Array.from(
      { length: n },
      (_, i) => `The delegations met for ${i + 2} hours, officials said.`,
    ),
  ].join('\n');

/** Deterministic bytes, NULs included: what a PDF or an image decodes to. */
const binary = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919 + (i >> 3)) % 256));

export function badInputs(): CorpusEntry[] {
  const good = { written: 1, refused: [] as RegExp[] };
  return [
    {
      file: 'good-1.txt',
      content: `title: Talks in Nairobi\npublished: 2024-05-06\n\n${article(LEDE, 3)}`,
      expect: good,
    },
    {
      file: 'empty.txt',
      content: '',
      expect: { written: 0, refused: [/empty\.txt: the article has no text/] },
    },
    {
      file: 'only-header.txt',
      content: 'title: Nothing\n\n   \n',
      expect: { written: 0, refused: [/only-header\.txt: the article has no text/] },
    },
    {
      file: 'bad-day.txt',
      content: `published: 2024-02-31\n\n${LEDE}`,
      expect: { written: 0, refused: [/bad-day\.txt: published must be an ISO day/] },
    },
    {
      file: 'bad-published.txt',
      content: `published: last week\n\n${LEDE}`,
      expect: { written: 0, refused: [/bad-published\.txt: published must be/] },
    },
    {
      file: 'batch.ndjson',
      content: [
        JSON.stringify({
          text: article(
            'Qatari Emir Tamim bin Hamad Al Thani met US President Joe Biden in Doha on Tuesday.',
            1,
          ),
          published: '2024-03-05',
        }),
        '{"text": "broken',
        JSON.stringify({ title: 'no text' }),
        JSON.stringify({ text: LEDE.replace('Monday', 'Friday'), published: '2024-02-30' }),
        '[1, 2, 3]',
        JSON.stringify({
          text: article(
            'Turkish President Recep Tayyip Erdogan spoke with Ukrainian President Volodymyr Zelensky on Sunday.',
            1,
          ),
          id: 'wire-6',
        }),
      ].join('\n'),
      expect: {
        written: 2,
        refused: [
          /batch\.ndjson#2: this line is not JSON/,
          /batch\.ndjson#3: the article has no "text"/,
          /batch\.ndjson#4: published must be/,
          /batch\.ndjson#5: expected an object/,
        ],
      },
    },
    {
      file: 'deep.html',
      content: `<html><body><article>${'<div>'.repeat(10_000)}<p>${LEDE}</p>${'</div>'.repeat(10_000)}</article></body></html>`,
      expect: { written: 0, refused: [/deep\.html: the page nests elements deeper than/] },
    },
    {
      file: 'unclosed.html',
      content: `<html><body>${'<b>x '.repeat(1_000_000)}</body></html>`,
      expect: { written: 0, refused: [/unclosed\.html: the page nests elements deeper than/] },
    },
    {
      file: 'many-paragraphs.html',
      content: `<html><body>${'<p>x '.repeat(200_000)}</body></html>`,
      expect: { written: 0, refused: [/many-paragraphs\.html: the page has more than/] },
    },
    {
      file: 'binary.txt',
      content: binary,
      expect: { written: 0, refused: [/binary\.txt: .*binary/] },
    },
    {
      file: 'markup.txt',
      content: `title: Markup\n\n<html><body><script>var x = "Vladimir Putin met Xi Jinping";</script><p>${LEDE}</p></body></html>`,
      expect: { written: 0, refused: [/markup\.txt: the text holds HTML markup/] },
    },
    {
      file: 'js-url.txt',
      content: `url: javascript:alert(document.cookie)\n\n${LEDE}`,
      expect: { written: 0, refused: [/js-url\.txt: url must be an http\(s\) address/] },
    },
    {
      file: 'long-title.txt',
      content: `title: ${'T'.repeat(5000)}\n\n${LEDE}`,
      expect: { written: 0, refused: [/long-title\.txt: title has 5000 characters/] },
    },
    {
      file: 'over-cap.txt',
      content: 'Words of a very long article. '.repeat(
        Math.ceil((INGEST_LIMITS.articleChars + 10) / 30),
      ),
      expect: { written: 0, refused: [/over-cap\.txt: the text has \d+ characters, over the cap/] },
    },
    {
      file: 'huge-line.txt',
      content: Array.from(
        { length: 3000 },
        (_, i) =>
          `Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi, and ${i + 100} delegates followed the talks.`,
      ).join(' '),
      expect: good,
    },
    {
      file: 'non-latin.txt',
      content: `published: 2024-05-06\n\nRussian Foreign Minister Сергей Лавров met Turkish Foreign Minister Hakan Fidan in Ankara on Monday.\nЛавров said the talks on grain went well.`,
      expect: good,
    },
    { file: 'not-an-article.pdf', content: binary, expect: { written: 0, refused: [] } },
  ];
}

/** Writes the corpus into `dir`; returns its entries. */
export function writeBadInputs(dir: string): CorpusEntry[] {
  mkdirSync(dir, { recursive: true });
  const entries = badInputs();
  for (const entry of entries) writeFileSync(path.join(dir, entry.file), entry.content);
  return entries;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node tests/corpus/bad-inputs.ts DIR');
    process.exit(2);
  }
  const entries = writeBadInputs(dir);
  console.log(`${entries.length} files in ${dir}`);
}
