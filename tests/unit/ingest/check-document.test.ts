/**
 * The gate before extraction. Before it, a binary file became an article with 460 junk
 * entities, HTML sent as `text` was extracted with its <script>, a `javascript:` URL was
 * stored and shown as a link, fields had no caps, `2024-02-31` passed as a day, and one
 * Cyrillic name made a whole English article fail on an empty `person:` id.
 */
import { describe, expect, it } from 'vitest';
import { entityId, INGEST_LIMITS, type SourceDocument } from '../../../server/domain/index.ts';
import { ErrorCode, isAppError } from '../../../server/errors/index.ts';
import { extract, publishedDay } from '../../../server/extract/index.ts';
import { checkDocument } from '../../../server/ingest/check-document.ts';

const doc = (over: Partial<SourceDocument>): SourceDocument => ({
  file: 'test.txt',
  title: 'Talks',
  url: null,
  published: '2024-05-02',
  source: null,
  text: 'Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday.',
  ...over,
});

function refusal(over: Partial<SourceDocument>): string {
  try {
    checkDocument(doc(over));
  } catch (error) {
    expect(isAppError(error, ErrorCode.BAD_ARTICLE)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('the document was accepted');
}

describe('the gate before extraction', () => {
  it('when the text is a binary file decoded as text, then it is refused as binary', () => {
    const bytes = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(refusal({ text: bytes.toString('utf8') })).toMatch(/binary/);
    expect(refusal({ text: bytes.toString('latin1') })).toMatch(/binary|NUL/);
  });

  it('when the text is mostly not letters, then it is refused', () => {
    expect(refusal({ text: '0x1f 0x2e 0x3d 9981 ++ -- == '.repeat(30) })).toMatch(/letters/);
  });

  it('when HTML is sent as text, then it is refused before its script is read as prose', () => {
    expect(
      refusal({
        text: '<html><body><script>alert("Putin met Xi")</script><p>Talks.</p></body></html>',
      }),
    ).toMatch(/HTML markup/);
    expect(refusal({ text: '<div><p>One.</p><p>Two.</p><p>Three.</p></div>' })).toMatch(/markup/);
    // One tag quoted in prose is prose.
    expect(() =>
      checkDocument(doc({ text: 'The page used a <b> tag for the headline of the talks.' })),
    ).not.toThrow();
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'wire.test/talks',
    'ftp://x.test/a',
  ])('when the url is %s, then only an http(s) address is taken', (url) => {
    expect(refusal({ url })).toMatch(/url must be an http\(s\) address/);
  });

  it('when a field is over its cap, then the error names the field and the cap', () => {
    expect(refusal({ title: 't'.repeat(INGEST_LIMITS.titleChars + 1) })).toMatch(
      /title has 1001 characters, over the cap of 1000/,
    );
    expect(refusal({ url: `https://x.test/${'a'.repeat(INGEST_LIMITS.urlChars)}` })).toMatch(
      /url has/,
    );
    expect(refusal({ source: 's'.repeat(201) })).toMatch(/source has/);
    expect(
      refusal({ text: 'Words and more words. '.repeat(INGEST_LIMITS.articleChars / 20) }),
    ).toMatch(/over the cap/);
  });

  it('when the fields are fine, then they come back trimmed and the document is kept', () => {
    expect(checkDocument(doc({ url: ' https://wire.test/a ', title: ' Talks ' }))).toMatchObject({
      url: 'https://wire.test/a',
      title: 'Talks',
    });
  });

  it.each(['2024-02-31', '2023-02-29', '2024-13-01', '2024-00-10', '2024-5-1', '2024-05-02junk'])(
    'when the publication day is %s, then it is refused as a day that does not exist',
    (day) => {
      expect(() => publishedDay(day, 'x.txt')).toThrow(/published must be an ISO day/);
    },
  );

  it('when the publication day exists, with or without a time, then it is the day', () => {
    expect(publishedDay('2024-02-29', 'x')).toBe('2024-02-29');
    expect(publishedDay('2024-05-31T10:00:00Z', 'x')).toBe('2024-05-31');
    expect(publishedDay('2024-05-31 10:00', 'x')).toBe('2024-05-31');
  });

  it('when an English article names someone in Cyrillic, then the article is extracted and the name keeps an id', () => {
    const x = extract(
      doc({
        text: 'Russian Foreign Minister Сергей Лавров met Turkish Foreign Minister Hakan Fidan in Ankara on Monday. Лавров said the talks went well.',
      }),
    );
    expect(x.entities.every((e) => /^[a-z]+:.+/.test(e.id))).toBe(true);
    expect(entityId('Person', 'Сергей Лавров')).toBe('person:сергеи-лавров');
    expect(entityId('Person', '🙂')).toMatch(/^person:[0-9a-f]{12}$/);
  });
});
