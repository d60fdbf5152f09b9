/**
 * Fuzz: the document readers and the gate before extraction take any input and either give a
 * document or refuse it with BAD_ARTICLE (BAD_USER_INPUT for a path); never another error, a
 * crash, or a document without text. NDJSON: every line is either a document or a named
 * failure, and reading goes on to the end.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorCode, isAppError } from '../../../server/errors/index.ts';
import { parseTextArticle, publishedDay, readDocuments } from '../../../server/extract/index.ts';
import { htmlToArticle } from '../../../server/extract/html-to-text.ts';
import { checkDocument } from '../../../server/ingest/check-document.ts';
import { fuzz, fuzzTimeout, newsText } from './fuzz-settings.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'parley-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `work`; an error other than BAD_ARTICLE fails the property. */
function refusedOrDone<T>(work: () => T): T | null {
  try {
    return work();
  } catch (error) {
    if (!isAppError(error, ErrorCode.BAD_ARTICLE)) throw error;
    return null;
  }
}

const header = fc.tuple(
  fc.constantFrom('title', 'url', 'published', 'source', 'id', 'Title', 'PUBLISHED'),
  fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom('2024-02-31', '2024-02-29', 'unknown', 'javascript:x', 'https://a.test/b'),
  ),
);

describe('fuzz: readers', () => {
  it(
    'when a text file is anything at all, then it is a document with text or a BAD_ARTICLE',
    () => {
      fc.assert(
        fc.property(
          fc.array(header, { maxLength: 5 }),
          fc.oneof(newsText, fc.string({ unit: 'binary', maxLength: 300 })),
          (headers, body) => {
            const raw = `${headers.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${body}`;
            const doc = refusedOrDone(() =>
              checkDocument(parseTextArticle(raw, 'fuzz.txt', undefined)),
            );
            if (doc) {
              expect(doc.text.trim()).not.toBe('');
              expect(doc.published === null || /^\d{4}-\d{2}-\d{2}$/.test(doc.published)).toBe(
                true,
              );
              expect(doc.url === null || /^https?:/i.test(doc.url)).toBe(true);
            }
          },
        ),
        fuzz(500),
      );
    },
    fuzzTimeout(500, 20),
  );

  it(
    'when a publication day is any string, then it is a real day, null, or a BAD_ARTICLE',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ maxLength: 25 }),
            fc.stringMatching(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/),
          ),
          (value) => {
            const day = refusedOrDone(() => publishedDay(value, 'x'));
            if (day) expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
          },
        ),
        fuzz(1000),
      );
    },
    fuzzTimeout(1000, 5),
  );

  it(
    'when an NDJSON batch holds any lines, then each is a document or a named failure, to the last',
    async () => {
      const line = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
        fc
          .record(
            {
              text: fc.oneof(newsText, fc.constant('')),
              title: fc.string({ maxLength: 10 }),
              published: fc.string({ maxLength: 12 }),
              id: fc.string({ maxLength: 8 }),
            },
            { requiredKeys: [] },
          )
          .map((v) => JSON.stringify(v)),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(line, { maxLength: 12 }), async (lines) => {
          const file = path.join(dir, 'batch.ndjson');
          writeFileSync(file, lines.join('\n'));
          let documents = 0;
          let failures = 0;
          for await (const doc of readDocuments([file], { onFailure: () => failures++ })) {
            expect(doc.text.trim()).not.toBe('');
            documents++;
          }
          expect(documents + failures).toBe(lines.filter((l) => l.trim()).length);
        }),
        fuzz(150),
      );
    },
    fuzzTimeout(150, 100),
  );

  it(
    'when a page is any mix of tags and text, then it is read or refused with BAD_ARTICLE, never a crash',
    () => {
      const tag = fc.constantFrom(
        'div',
        'p',
        'b',
        'span',
        'article',
        'script',
        'style',
        'li',
        'table',
        'br',
        'h1',
        'a',
      );
      const piece = fc.oneof(
        tag.map((t) => `<${t}>`),
        tag.map((t) => `</${t}>`),
        fc.constantFrom(
          '<!--',
          '-->',
          '<',
          '>',
          '<p class="x">',
          '<meta property="og:url" content="javascript:1">',
          '&amp;',
          '&#0;',
        ),
        newsText,
        fc.tuple(tag, fc.integer({ min: 1, max: 400 })).map(([t, n]) => `<${t}>`.repeat(n)),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
          const article = refusedOrDone(() =>
            htmlToArticle(`<html><body>${pieces.join('')}</body></html>`),
          );
          if (article) expect(typeof article.text).toBe('string');
        }),
        fuzz(300),
      );
    },
    fuzzTimeout(300, 100),
  );
});
