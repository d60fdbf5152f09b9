/**
 * Reading: files and folders become `SourceDocument`s, one at a time. Plain text may open with
 * a header block (`title:`, `url:`, `published:`, `source:` lines, then a blank line); a
 * folder's manifest.json supplies what a file's header lacks; NDJSON holds one article per
 * line; HTML goes through Readability. A file that cannot be read is refused with its name
 * and the problem. An unknown publication day is allowed and stays null.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceDocument } from '../domain/index.ts';
import { AppError, ErrorCode } from '../errors/index.ts';
import { htmlToArticle } from './html-to-text.ts';

const HEADER_LINE = /^(title|url|published|source)\s*:\s*(.*)$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ARTICLE_FILE = /\.(?:txt|text|html?|ndjson|jsonl)$/i;

interface ManifestEntry {
  file: string;
  title?: string;
  url?: string;
  published?: string;
  source?: string;
}

function bad(file: string, problem: string): AppError {
  return new AppError(ErrorCode.BAD_ARTICLE, `${file}: ${problem}`);
}

/** A day such as 2024-05-31, null for "unknown" or nothing; anything else is an error. */
export function publishedDay(value: unknown, file: string): string | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  if (!text || /^unknown$/i.test(text)) return null;
  const day = text.slice(0, 10);
  if (!ISO_DAY.test(day) || Number.isNaN(Date.parse(day))) {
    throw bad(file, `published must be an ISO day such as 2024-05-31, or "unknown"; got "${text}"`);
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
  };
}

function parseNdjsonLine(line: string, where: string): SourceDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw bad(where, 'this line is not JSON');
  }
  if (typeof value !== 'object' || value === null) throw bad(where, 'expected an object');
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
  };
}

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
  return new Map((parsed.articles ?? []).map((a) => [a.file, a]));
}

async function* readFileDocuments(
  file: string,
  manifest: Map<string, ManifestEntry>,
): AsyncGenerator<SourceDocument> {
  const name = path.basename(file);
  const raw = await readFile(file, 'utf8').catch((error: unknown) => {
    throw bad(file, `cannot be read (${(error as Error).message})`);
  });
  if (/\.(?:ndjson|jsonl)$/i.test(name)) {
    for (const [i, line] of raw.split(/\r?\n/).entries()) {
      if (line.trim()) yield parseNdjsonLine(line, `${name}#${i + 1}`);
    }
  } else if (/\.html?$/i.test(name)) {
    const article = htmlToArticle(raw);
    if (!article.text) throw bad(name, 'no article text found in the page');
    const meta = manifest.get(name);
    yield {
      file: name,
      title: article.title ?? meta?.title ?? null,
      url: article.url ?? meta?.url ?? null,
      published: publishedDay(article.published ?? meta?.published, name),
      source: article.source ?? meta?.source ?? null,
      text: article.text,
    };
  } else {
    yield parseTextArticle(raw, name, manifest.get(name));
  }
}

/** Every article under `paths` (files, or folders read one level deep in name order). */
export async function* readDocuments(paths: string[]): AsyncGenerator<SourceDocument> {
  for (const given of paths) {
    const info = await stat(given).catch(() => {
      throw new AppError(ErrorCode.BAD_INPUT, `${given}: no such file or folder`);
    });
    if (info.isDirectory()) {
      const manifest = await readManifest(given);
      const names = (await readdir(given)).filter((n) => ARTICLE_FILE.test(n)).sort();
      for (const name of names) yield* readFileDocuments(path.join(given, name), manifest);
    } else {
      if (!ARTICLE_FILE.test(given)) {
        throw new AppError(
          ErrorCode.BAD_INPUT,
          `${given}: not an article file (expected .txt, .html, .ndjson or .jsonl)`,
        );
      }
      yield* readFileDocuments(given, await readManifest(path.dirname(given)));
    }
  }
}
