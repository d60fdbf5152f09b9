/**
 * Cleaning: what a page carries besides its article (headline lists, "Related" and "Explore"
 * blocks, comment widgets, bylines, photo credits, disclaimers) goes, line by line, and the
 * article's own text stays as it was written. Markers are data (gazetteer/boilerplate.json);
 * the rules here are about shape: an end marker cuts the rest, an inline block keeps only
 * paragraphs that share a name with the headline or lede, and a trailing run of short
 * unpunctuated lines is a list of other headlines.
 */
import { gazetteer } from './gazetteer.ts';
import boilerplate from './gazetteer/boilerplate.json' with { type: 'json' };

const BLOCK_STARTS = boilerplate.blockStarts.map((p) => new RegExp(p, 'iu'));
const FUNCTION_WORDS = /\b(?:of|between|and|the|to|in|at|for|with|on|by|a|an|as|after|over)\b/i;
/** " • FRANCE 24 English" after a headline: the outlet, not the news. */
const OUTLET_SUFFIX = /\s+[•|]\s+[^•|]{2,60}$/u;

const isSentence = (line: string) => /[.!?"”’:)]$/.test(line) && line.split(/\s+/).length >= 6;

/** Capitalised words of four letters or more: enough to tell whether a paragraph is on topic. */
function names(line: string): Set<string> {
  return new Set(line.match(/\b\p{Lu}[\p{L}-]{3,}/gu) ?? []);
}

/** A line of tags: capitalised words and nothing else ("Armenia Azerbaijan Economy News"). */
function isTagLine(line: string): boolean {
  const words = line.split(/\s+/);
  return (
    words.length >= 3 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    !FUNCTION_WORDS.test(line) &&
    !/[.,;:!?]$/.test(line)
  );
}

export function cleanText(text: string): string {
  const { endMarkers, dropLines } = gazetteer();
  const kept: string[] = [];
  const seen = new Set<string>();
  let topic = new Set<string>();
  let inBlock = false;
  let offTopic = 0;
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (endMarkers.some((p) => p.test(line))) break;
    if (dropLines.some((p) => p.test(line))) continue;
    if (BLOCK_STARTS.some((p) => p.test(line))) {
      inBlock = true;
      offTopic = 0;
      continue;
    }
    if (!kept.some(isSentence)) line = line.replace(OUTLET_SUFFIX, '');
    if (seen.has(line) || isTagLine(line)) continue;
    if (inBlock) {
      const shared = [...names(line)].some((n) => topic.has(n));
      if (!shared) {
        if (++offTopic >= 2) break;
        continue;
      }
      inBlock = false;
    }
    seen.add(line);
    kept.push(line);
    // The headline and the lede say what the article is about.
    if (kept.filter(isSentence).length <= 1) topic = new Set([...topic, ...names(line)]);
  }
  return dropTrailingList(kept).join('\n');
}

/** Three or more short lines without end punctuation at the end are other stories' headlines. */
function dropTrailingList(lines: string[]): string[] {
  let cut = lines.length;
  while (cut > 0 && !/[.!?"”]$/.test(lines[cut - 1]!) && lines[cut - 1]!.split(' ').length <= 16)
    cut--;
  return lines.length - cut >= 3 ? lines.slice(0, cut) : lines;
}
