/**
 * Reading: header blocks, manifests, NDJSON batches and HTML pages become documents (cleaning
 * has its own file, cleaning.test.ts). Pages and articles are written here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../server/domain/index.ts';
import { isAppError } from '../../../server/errors/index.ts';
import { readDocuments } from '../../../server/extract/index.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'parley-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(...paths: string[]): Promise<SourceDocument[]> {
  const out: SourceDocument[] = [];
  for await (const doc of readDocuments(paths)) out.push(doc);
  return out;
}

describe('reading', () => {
  it('when a text file opens with a header block, then its fields are read and the body follows', async () => {
    const file = path.join(dir, 'lome.txt');
    writeFileSync(
      file,
      'title: Talks in Lomé\nurl: https://wire.test/lome\npublished: 2024-03-03\nsource: Wire\n\nThe body.\nSecond line.',
    );
    const [doc] = await read(file);
    expect(doc).toEqual({
      file,
      title: 'Talks in Lomé',
      url: 'https://wire.test/lome',
      published: '2024-03-03',
      source: 'Wire',
      text: 'The body.\nSecond line.',
      key: null,
    });
  });

  it('when the publication day is unknown, then it stays null', async () => {
    const file = path.join(dir, 'unknown.txt');
    writeFileSync(file, 'title: Undated\npublished: unknown\n\nText.');
    expect((await read(file))[0]!.published).toBeNull();
  });

  it('when a header gives a malformed day, then the error names the file and the value', async () => {
    const file = path.join(dir, 'bad-date.txt');
    writeFileSync(file, 'published: last week\n\nText.');
    await expect(read(file)).rejects.toThrow(
      /bad-date\.txt: published must be an ISO day.*"last week"/,
    );
  });

  it('when a folder has a manifest, then files without a header take their metadata from it', async () => {
    const folder = mkdtempSync(path.join(dir, 'batch-'));
    writeFileSync(path.join(folder, 'a.txt'), 'Headline of a\nBody of a.');
    writeFileSync(
      path.join(folder, 'manifest.json'),
      JSON.stringify({ articles: [{ file: 'a.txt', source: 'Agency', published: '2021-05-06' }] }),
    );
    const [doc] = await read(folder);
    expect(doc).toMatchObject({
      file: path.join(folder, 'a.txt'),
      source: 'Agency',
      published: '2021-05-06',
      title: 'Headline of a',
    });
  });

  it('when an NDJSON batch is read, then each line is an article and a bad line is named', async () => {
    const good = path.join(dir, 'batch.ndjson');
    writeFileSync(
      good,
      [
        JSON.stringify({ title: 'One', text: 'First.', published: '2020-01-02' }),
        '',
        JSON.stringify({ title: 'Two', text: 'Second.' }),
      ].join('\n'),
    );
    expect((await read(good)).map((d) => [d.file, d.title, d.published])).toEqual([
      [`${good}#1`, 'One', '2020-01-02'],
      [`${good}#3`, 'Two', null],
    ]);
    const bad = path.join(dir, 'bad.ndjson');
    writeFileSync(bad, '{"title": "x"}\n');
    const error = await read(bad).catch((e: unknown) => e);
    expect(isAppError(error, 'BAD_ARTICLE')).toBe(true);
    expect((error as Error).message).toBe(`${bad}#1: the article has no "text"`);
  });

  it('when an HTML page is read, then navigation and related boxes go and paragraphs become lines', async () => {
    const file = path.join(dir, 'page.html');
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the report says that the envoy from Norway met both delegations in Oslo and that the talks would go on for several more days before any statement.</p>`;
    writeFileSync(
      file,
      `<html><head><title>Envoy meets delegations</title><meta property="article:published_time" content="2023-06-07T10:00:00Z"/></head>
      <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
      <article><h1>Envoy meets delegations</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article>
      <aside><h3>Most read</h3><ul><li><a href="/x">Unrelated story one</a></li></ul></aside></body></html>`,
    );
    const [doc] = await read(file);
    expect(doc!.published).toBe('2023-06-07');
    const lines = doc!.text.split('\n');
    expect(lines.filter((l) => l.startsWith('Paragraph '))).toHaveLength(5);
    expect(doc!.text).not.toMatch(/Unrelated story|World/);
  });

  it('when a path does not exist, then the error names it', async () => {
    await expect(read(path.join(dir, 'nope.txt'))).rejects.toThrow(
      /nope\.txt: no such file or folder/,
    );
  });

  it('when a failure listener is given, then every bad file, line and page is reported and the rest is read', async () => {
    const folder = mkdtempSync(path.join(dir, 'mixed-'));
    writeFileSync(path.join(folder, 'a-empty.txt'), '');
    writeFileSync(path.join(folder, 'b-bad-day.txt'), 'published: 2024-02-31\n\nText of b.');
    writeFileSync(
      path.join(folder, 'c-batch.ndjson'),
      [
        JSON.stringify({ text: 'First.' }),
        '{"text": broken',
        JSON.stringify({ text: 'Third.', id: 'wire-3' }),
      ].join('\n'),
    );
    writeFileSync(
      path.join(folder, 'd-deep.html'),
      `<html><body>${'<div>'.repeat(10_000)}<p>Deep.</p>${'</div>'.repeat(10_000)}</body></html>`,
    );
    writeFileSync(path.join(folder, 'e-good.txt'), 'id: wire-5\n\nText of e.');
    const failed: string[] = [];
    const docs: SourceDocument[] = [];
    for await (const doc of readDocuments([folder, path.join(dir, 'missing.txt')], {
      onFailure: (file, message) => failed.push(`${path.basename(file)}: ${message}`),
    }))
      docs.push(doc);
    expect(docs.map((d) => [path.basename(d.file), d.key])).toEqual([
      ['c-batch.ndjson#1', null],
      ['c-batch.ndjson#3', 'wire-3'],
      ['e-good.txt', 'wire-5'],
    ]);
    expect(failed).toEqual([
      'a-empty.txt: the article has no text',
      expect.stringMatching(/^b-bad-day\.txt: published must be an ISO day.*2024-02-31/),
      'c-batch.ndjson#2: this line is not JSON',
      expect.stringMatching(/^d-deep\.html: the page nests elements deeper than 128 levels/),
      expect.stringMatching(/^missing\.txt: .*no such file or folder/),
    ]);
  });
});
