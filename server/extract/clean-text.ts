/**
 * Cleaning: what a page carries besides its article (stamps, bylines, credits, newsletter
 * prompts, share widgets, "Related" blocks, comment widgets, lists of other headlines) goes,
 * line by line, and the article's own text stays as it was written: captions, timelines and
 * datelines included. Markers are data (gazetteer/boilerplate.json); the rules here are about
 * shape. Furniture glued to a paragraph is stripped, never the paragraph: a stamp before the
 * lede, a photo credit after a caption, a wire credit after the last paragraph. A credit line is
 * one line to drop; a block of links ends where the article resumes; only what ends a page
 * (comment widgets, copyright footers) cuts the rest. Every rule costs time linear in the line,
 * and each line is read a bounded number of times, so cleaning is linear in the article.
 */
import { gazetteer } from './gazetteer.ts';
import boilerplate from './gazetteer/boilerplate.json' with { type: 'json' };

const compile = (list: string[]) => list.map((p) => new RegExp(p, 'iu'));
/** A date or time as pages print it, up to four parts ("26 January 2022 20:41 GMT"). */
const ONE_DATE = `(?:${boilerplate.dates.weekday})?(?:${boilerplate.dates.parts.join('|')})`;
const WHEN = `${ONE_DATE}(?:${boilerplate.dates.joiner}${ONE_DATE}){0,3}`;
/** Stamps at the start of a line, with the separators that follow them. */
const STAMP = new RegExp(
  `^(?:${boilerplate.stamps.map((p) => p.replaceAll('{when}', WHEN)).join('|')})[\\s|•·,–—-]*`,
  'iu',
);
/** A cap on stamps per line ("date ... WORLD", "3 MIN READ", "Updated ..."): each is one pass. */
const MAX_STAMPS = 4;
const CAPTION_LABEL = new RegExp(`^(?:${boilerplate.captionLabels.join('|')})\\s?`, 'iu');
const CREDIT_TAILS = compile(boilerplate.creditTails);
const BLOCK_STARTS = compile(boilerplate.blockStarts);

const FUNCTION_WORDS = /\b(?:of|between|and|the|to|in|at|for|with|on|by|a|an|as|after|over)\b/i;
/** " • FRANCE 24 English" after a headline: the outlet, not the news. */
const OUTLET_SUFFIX = /\s+[•|]\s+[^•|]{2,60}$/u;
/** "1964 - The movement is founded.": a timeline entry, article text even without a full stop. */
const TIMELINE_ENTRY = /^[\p{L}\d ,.]{0,20}\d\s?[-–—:]\s/u;
const BULLET = /^[-•*·–]\s/u;

const wordCount = (line: string) => line.split(' ').length;
/** A sentence: enough words and an end. The article has begun once one is kept. */
const isSentence = (line: string) => /[.!?"”’:)]$/u.test(line) && wordCount(line) >= 6;
/** Ends as prose does: a full stop, or a quote closing a sentence ('... on track."', not '"on track"'). */
const PROSE_END = /(?:[.!)]|[.!?,]["”’])$/u;
/** A paragraph of prose: a sentence that ends as prose does (headlines end in "?" or nothing). */
const isParagraph = (line: string) => PROSE_END.test(line) && wordCount(line) >= 6;
/** A headline in a list of links: several words, no full stop. */
const isHeadline = (line: string) => !isParagraph(line) && wordCount(line) >= 4;

/** Stems of capitalised words, so that "Israeli" in a teaser matches "Israel" in its headline. */
function stems(line: string): Set<string> {
  return new Set((line.match(/\b\p{Lu}[\p{L}-]{3,}/gu) ?? []).map((w) => w.slice(0, 5)));
}
const shares = (a: Set<string>, b: Set<string>) => [...a].some((s) => b.has(s));

/** "Maria Santos, Secretary-General": who signs a readout, named with an office. */
function isSignature(line: string): boolean {
  const comma = line.indexOf(', ');
  return comma > 0 && gazetteer().titleNames.has(line.slice(comma + 2).toLowerCase());
}

/** A line of tags: capitalised words and nothing else ("Armenia Azerbaijan Economy News"). */
function isTagLine(line: string): boolean {
  const words = line.split(' ');
  return (
    words.length >= 3 &&
    !isSignature(line) &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    !FUNCTION_WORDS.test(line) &&
    !/[.,;:!?]$/.test(line)
  );
}

/** Furniture glued to the line's ends goes; the line's own text stays. */
function stripGlued(line: string): string {
  for (let i = 0; i < MAX_STAMPS; i++) {
    const stamp = STAMP.exec(line);
    if (!stamp || stamp[0].length === 0) break;
    line = line.slice(stamp[0].length);
  }
  for (const tail of CREDIT_TAILS) line = line.replace(tail, '');
  return line;
}

type Item = { block: true } | { block: false; line: string };

/** First pass: each line alone. Drops furniture lines, marks block starts, stops at a page end. */
function readLines(text: string): Item[] {
  const { endMarkers, dropLines } = gazetteer();
  const items: Item[] = [];
  const seen = new Set<string>();
  let begun = false;
  for (const raw of text.split(/\r?\n/)) {
    // "for International Cooperation.During the trip": a sentence glued to the next one by a
    // lost space (a word ending in three lower-case letters, a full stop, then a capitalised
    // word; "U.S." and "Mr.X" keep theirs).
    let line = raw
      .replace(/\s+/g, ' ')
      .replace(/(\p{Ll}{3})\.(\p{Lu}\p{Ll})/gu, '$1. $2')
      .trim();
    if (!line) continue;
    // Before the article begins, a page-end or block marker is a stray line, never a cut.
    if (endMarkers.some((p) => p.test(line))) {
      if (begun) break;
      continue;
    }
    if (BLOCK_STARTS.some((p) => p.test(line))) {
      if (begun) items.push({ block: true });
      continue;
    }
    const label = CAPTION_LABEL.exec(line);
    if (label) line = line.slice(label[0].length);
    line = stripGlued(line).trim();
    // A labelled caption stays when it is a sentence; a bare credit ("Photo: Agency") goes.
    if (!line || (label && !isSentence(line))) continue;
    if (dropLines.some((p) => p.test(line))) continue;
    if (!begun) {
      const outlet = OUTLET_SUFFIX.exec(line);
      if (outlet && wordCount(line.slice(0, outlet.index)) >= 4) line = line.slice(0, outlet.index);
    }
    if (seen.has(line) || isTagLine(line)) continue;
    seen.add(line);
    items.push({ block: false, line });
    begun ||= isSentence(line);
  }
  return items;
}

/**
 * Second pass: blocks of links. Under a "Related" or "Explore" header come headlines, and on
 * some pages a teaser paragraph under each: a paragraph right after a headline it shares a
 * name with, with no paragraph after it. The article resumes at the first other paragraph; a
 * block that never meets one ran to the end of the page.
 */
function dropBlocks(items: Item[]): string[] {
  const kept: string[] = [];
  let inBlock = false;
  let links = false;
  let previous: string | null = null;
  items.forEach((item, i) => {
    if (item.block) {
      inBlock = true;
      previous = null;
      return;
    }
    const { line } = item;
    if (inBlock) {
      const next = items[i + 1];
      const teaser =
        !links &&
        previous !== null &&
        isHeadline(previous) &&
        !(next && !next.block && isParagraph(next.line)) &&
        shares(stems(line), stems(previous));
      if (!isParagraph(line) || teaser) {
        // A bulleted list is plain links: no teasers under them.
        links ||= BULLET.test(line);
        previous = line;
        return;
      }
      inBlock = false;
      links = false;
    }
    kept.push(line);
  });
  return kept;
}

export function cleanText(text: string): string {
  return dropTrailingList(joinListItems(dropBlocks(readLines(text)))).join('\n');
}

/**
 * "The meeting was attended by the following:" and a bulleted item per line, each ending in
 * ";" or "; and": one sentence in the release's meaning, so it is read as one (the bullets go).
 */
function joinListItems(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let j = i + 1;
    while (j < lines.length && j - i <= 12 && BULLET.test(lines[j]!) && lines[j]!.length < 400) j++;
    const items = lines.slice(i + 1, j);
    const closed = items.slice(0, -1).every((x) => /;(?: and)?$/.test(x));
    if (!line.endsWith(':') || items.length < 2 || !closed || !/[.;]$/.test(items.at(-1)!)) {
      out.push(line);
      continue;
    }
    out.push([line, ...items.map((x) => x.replace(BULLET, ''))].join(' '));
    i = j - 1;
  }
  return out;
}

/** Three or more short lines without end punctuation at the end are other stories' headlines. */
function dropTrailingList(lines: string[]): string[] {
  let cut = lines.length;
  while (cut > 0) {
    const line = lines[cut - 1]!;
    const ends = PROSE_END.test(line) || line.endsWith('?');
    if (ends || wordCount(line) > 16 || TIMELINE_ENTRY.test(line)) break;
    cut--;
  }
  return lines.length - cut >= 3 ? lines.slice(0, cut) : lines;
}
