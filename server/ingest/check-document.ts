/**
 * The gate every document passes before extraction, whichever way it came in: text that is
 * text (not a binary file decoded as UTF-8, not a page of markup sent as `text`), fields
 * within their caps, a link that is a web address (a `javascript:` URL would be shown to
 * analysts as a link), a publication day that exists. A document that fails is refused alone,
 * with the reason, before any CPU is spent on it.
 */
import type { SourceDocument } from '../domain/index.ts';
import { AppError, ErrorCode } from '../errors/index.ts';
import { INGEST_LIMITS } from '../domain/limits.ts';

/** C0 controls other than tab, newline, form feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/gu;
const REPLACEMENT = /\uFFFD/gu;
const LETTER = /\p{L}/gu;
const BLANK = /\s/gu;
/** Elements that never occur in prose; one is enough to know the text is a page. */
const MARKUP_ALWAYS =
  /<\s*\/?\s*(?:script|style|iframe|object|embed|html|head|body|meta|link)\b[^>]*>/iu;
/** Common elements; a few of them make a page, one may be quoted in an article about HTML. */
const MARKUP_TAG =
  /<\s*\/?\s*(?:p|div|span|a|br|img|table|tr|td|ul|ol|li|h[1-6]|article|section|nav|header|footer|strong|em|b|i)\b[^<>]*>/giu;
const MARKUP_TAGS_ALLOWED = 2;
/** Share of the non-blank characters that must be letters: prose is about 80 %, a table 50 %. */
const MIN_LETTER_SHARE = 0.3;

function bad(file: string, problem: string): AppError {
  return new AppError(ErrorCode.BAD_ARTICLE, `${file}: ${problem}`);
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Why `text` is not article text, or null when it is. */
export function textProblem(text: string): string | null {
  if (text.length > INGEST_LIMITS.articleChars) {
    return `the text has ${text.length} characters, over the cap of ${INGEST_LIMITS.articleChars}`;
  }
  if (text.includes('\u0000')) return 'the text holds NUL bytes: a binary file, not text';
  const visible = text.length - count(text, BLANK);
  const broken = count(text, CONTROL) + count(text, REPLACEMENT);
  if (broken > Math.max(2, visible * 0.01)) {
    return `${broken} control or undecodable characters: a binary file, not text`;
  }
  if (visible >= 40 && count(text, LETTER) < visible * MIN_LETTER_SHARE) {
    return 'fewer than a third of its characters are letters: not article text';
  }
  const always = MARKUP_ALWAYS.exec(text);
  if (always) {
    return `the text holds HTML markup (${always[0].slice(0, 40)}): send the page as HTML, or its text alone`;
  }
  if (count(text, MARKUP_TAG) > MARKUP_TAGS_ALLOWED) {
    return 'the text holds HTML markup (tags such as <p> or <div>): send the page as HTML, or its text alone';
  }
  return null;
}

/** The field, trimmed, or null; over its cap it is refused, naming the document at `file`. */
export function cappedField(
  file: string,
  name: string,
  value: string | null | undefined,
  cap: number,
) {
  const text = value?.replace(CONTROL, ' ').trim() ?? '';
  if (text.length > cap)
    throw bad(file, `${name} has ${text.length} characters, over the cap of ${cap}`);
  return text || null;
}

/** An http(s) address, or null; anything else (javascript:, data:, file:, no scheme) is refused. */
export function webAddress(file: string, value: string | null | undefined): string | null {
  const text = cappedField(file, 'url', value, INGEST_LIMITS.urlChars);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw bad(file, `url must be an http(s) address; got "${text.slice(0, 80)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw bad(file, `url must be an http(s) address; got a ${url.protocol} one`);
  }
  return text;
}

/** The document as it may be extracted, or a BAD_ARTICLE naming the file and the reason. */
export function checkDocument(doc: SourceDocument): SourceDocument {
  const problem = textProblem(doc.text);
  if (problem) throw bad(doc.file, problem);
  if (!doc.text.trim()) throw bad(doc.file, 'the article has no text');
  return {
    ...doc,
    title: cappedField(doc.file, 'title', doc.title, INGEST_LIMITS.titleChars),
    url: webAddress(doc.file, doc.url),
    source: cappedField(doc.file, 'source', doc.source, INGEST_LIMITS.sourceChars),
    key: cappedField(doc.file, 'id', doc.key, INGEST_LIMITS.idChars),
  };
}
