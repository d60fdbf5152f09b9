/**
 * Reading: files and folders become `SourceDocument`s, one at a time. Plain text may open with
 * a header block (`title:`, `url:`, `published:`, `source:`, `id:` lines, then a blank line); a
 * folder's manifest.json supplies what a file's header lacks; NDJSON holds one article per
 * line; HTML goes through Readability. A document keeps the path it was read from. A file,
 * line or page that cannot be read is refused with its name and the problem; with `onFailure`
 * the reading goes on to the next one, so one bad file never hides the rest. An unknown
 * publication day is allowed and stays null; a day that does not exist (2024-02-31) is not.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { INGEST_LIMITS, type SourceDocument } from '../domain/index.ts';
import { AppError, ErrorCode } from '../errors/index.ts';
import { htmlToArticle, type HtmlArticle } from './html-to-text.ts';

const HEADER_LINE = /^(title|url|published|source|id)\s*:\s*(.*)$/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ARTICLE_FILE = /\.(?:txt|text|html?|ndjson|jsonl)$/i;
const BATCH_FILE = /\.(?:ndjson|jsonl)$/i;
const HTML_FILE = /\.html?$/i;

interface ManifestEntry {
  file: string;
  title?: string;
  url?: string;
  published?: string;
  source?: string;
  id?: string;
}

export interface ReadOptions {
  /** Called for each file, line or page that cannot be read; reading then goes on. */
  onFailure?: (file: string, message: string) => void;
  /** Parses a page (a worker thread's, for a server); in this thread when absent. */
  html?: (html: string) => Promise<HtmlArticle>;
}

function bad(file: string, problem: string): AppError {
  return new AppError(ErrorCode.BAD_ARTICLE, `${file}: ${problem}`);
}

/** Whether `day` (YYYY-MM-DD) is a day of the calendar: 2024-02-29 is, 2024-02-31 is not. */
export function isCalendarDay(day: string): boolean {
  const match = ISO_DAY.exec(day);
  if (!match) return false;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return (
    parsed.getUTCFullYear() === year &&
    parsed.getUTCMonth() === month - 1 &&
    parsed.getUTCDate() === date
  );
}

/** A day such as 2024-05-31, null for "unknown" or nothing; anything else is an error. */
export function publishedDay(value: unknown, file: string): string | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  if (!text || /^unknown$/i.test(text)) return null;
  const day = text.slice(0, 10);
  // A time may follow the day ("2024-05-31T10:00:00Z", "2024-05-31 10:00"), nothing else may.
  if (!isCalendarDay(day) || (text.length > 10 && !/^[T ]\d{2}:\d{2}/.test(text.slice(10)))) {
    throw bad(
      file,
      `published must be an ISO day such as 2024-05-31, or "unknown"; got "${text.slice(0, 40)}"`,
    );
  }
  return day;
}

/** Splits the optional header block off a plain-text article. */
export function parseTextArticle(
  raw: string,
  file: string,
  meta: ManifestEntry | undefined,
): SourceDocument {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header: Record<string, string> = {};
  let body = 0;
  if (HEADER_LINE.test(lines[0] ?? '')) {
    while (body < lines.length && lines[body]!.trim() !== '') {
      const match = HEADER_LINE.exec(lines[body]!);
      if (!match) break;
      header[match[1]!.toLowerCase()] = match[2]!.trim();
      body++;
    }
  }
  const text = lines.slice(body).join('\n').trim();
  if (!text) throw bad(file, 'the article has no text');
  const firstLine = text.split('\n', 1)[0]!.trim();
  return {
    file,
    title: header.title || meta?.title || firstLine.slice(0, 300) || null,
    url: header.url || meta?.url || null,
    published: publishedDay(header.published ?? meta?.published, file),
    source: header.source || meta?.source || null,
    text,
    key: header.id || meta?.id || null,
  };
}

function parseNdjsonLine(line: string, where: string): SourceDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw bad(where, 'this line is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw bad(where, 'expected an object');
  const record = value as Record<string, unknown>;
  const text = typeof record.text === 'string' ? record.text.trim() : '';
  if (!text) throw bad(where, 'the article has no "text"');
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    file: where,
    title: str(record.title),
    url: str(record.url),
    published: publishedDay(record.published, where),
    source: str(record.source),
    text,
    key: str(record.id),
  };
}

/** How many text files of a folder are read ahead of the one being extracted. */
const READ_AHEAD = 8;

async function readManifest(folder: string): Promise<Map<string, ManifestEntry>> {
  const file = path.join(folder, 'manifest.json');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  let parsed: { articles?: ManifestEntry[] };
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw bad(file, 'not valid JSON');
  }
  const entries = Array.isArray(parsed?.articles) ? parsed.articles : [];
  return new Map(entries.filter((a) => typeof a?.file === 'string').map((a) => [a.file, a]));
}

/** The file's text, refused unread when it is over the cap of its kind. */
async function readCapped(file: string, cap: number): Promise<string> {
  const info = await stat(file).catch((error: unknown) => {
    throw bad(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  });
  if (info.size > cap)
    throw bad(file, `${info.size} bytes, over the cap of ${cap} for such a file`);
  return readFile(file, 'utf8').catch((error: unknown) => {
    throw bad(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  });
}

/**
 * Runs `step` for `where`; a failure is reported and skipped when the caller listens, thrown
 * otherwise. Anything a reader throws is that input's failure: a page that overflows the
 * parser's stack is one bad page.
 */
async function orReport<T>(
  options: ReadOptions,
  where: string,
  step: () => Promise<T>,
): Promise<T | null> {
  try {
    return await step();
  } catch (error) {
    if (!options.onFailure) throw error;
    const message = error instanceof Error ? error.message : String(error);
    options.onFailure(
      where,
      message.startsWith(`${where}: `) ? message.slice(where.length + 2) : message,
    );
    return null;
  }
}

async function* readFileDocuments(
  file: string,
  manifest: Map<string, ManifestEntry>,
  options: ReadOptions,
  ahead?: Map<string, Promise<string>>,
): AsyncGenerator<SourceDocument> {
  const name = path.basename(file);
  if (BATCH_FILE.test(name)) {
    const raw = await orReport(options, file, () => readCapped(file, INGEST_LIMITS.batchBytes));
    if (raw === null) return;
    for (const [i, line] of raw.split(/\r?\n/).entries()) {
      if (!line.trim()) continue;
      const where = `${file}#${i + 1}`;
      const doc = await orReport(options, where, async () => parseNdjsonLine(line, where));
      if (doc) yield doc;
    }
    return;
  }
  const doc = await orReport(options, file, async () => {
    if (!HTML_FILE.test(name)) {
      const started = ahead?.get(file);
      ahead?.delete(file);
      const raw = await (started ?? readCapped(file, INGEST_LIMITS.textFileBytes));
      return parseTextArticle(raw, file, manifest.get(name));
    }
    const raw = await readCapped(file, INGEST_LIMITS.htmlBytes);
    const article = await (options.html ?? (async (html: string) => htmlToArticle(html)))(raw);
    if (!article.text) throw bad(file, 'no article text found in the page');
    const meta = manifest.get(name);
    return {
      file,
      title: article.title ?? meta?.title ?? null,
      url: article.url ?? meta?.url ?? null,
      published: publishedDay(article.published ?? meta?.published, file),
      source: article.source ?? meta?.source ?? null,
      text: article.text,
      key: meta?.id ?? null,
    };
  });
  if (doc) yield doc;
}

/** Every article under `paths` (files, or folders read one level deep in name order). */
export async function* readDocuments(
  paths: string[],
  options: ReadOptions = {},
): AsyncGenerator<SourceDocument> {
  for (const given of paths) {
    const info = await orReport(options, given, () =>
      stat(given).catch(() => {
        throw new AppError(ErrorCode.BAD_INPUT, `${given}: no such file or folder`);
      }),
    );
    if (!info) continue;
    if (info.isDirectory()) {
      const manifest =
        (await orReport(options, path.join(given, 'manifest.json'), () => readManifest(given))) ??
        new Map<string, ManifestEntry>();
      const names = (await readdir(given)).filter((n) => ARTICLE_FILE.test(n)).sort();
      // The next few text files are read while this one is extracted, so a folder of many
      // small articles does not wait on the disk once per file.
      const ahead = new Map<string, Promise<string>>();
      const readAhead = (name: string | undefined) => {
        if (!name || BATCH_FILE.test(name) || HTML_FILE.test(name)) return;
        const file = path.join(given, name);
        if (ahead.has(file)) return;
        const read = readCapped(file, INGEST_LIMITS.textFileBytes);
        read.catch(() => undefined); // its failure is reported when the file's turn comes
        ahead.set(file, read);
      };
      for (const [k, name] of names.entries()) {
        for (let j = k + 1; j <= k + READ_AHEAD; j++) readAhead(names[j]);
        yield* readFileDocuments(path.join(given, name), manifest, options, ahead);
      }
    } else if (!ARTICLE_FILE.test(given)) {
      await orReport(options, given, async () => {
        throw new AppError(
          ErrorCode.BAD_INPUT,
          `${given}: not an article file (expected .txt, .html, .ndjson or .jsonl)`,
        );
      });
    } else {
      const manifest =
        (await orReport(options, path.join(path.dirname(given), 'manifest.json'), () =>
          readManifest(path.dirname(given)),
        )) ?? new Map<string, ManifestEntry>();
      yield* readFileDocuments(given, manifest, options);
    }
  }
}
