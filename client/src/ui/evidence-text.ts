/**
 * A sentence of evidence as HTML: the phrase that states the fact marked as such, and the
 * names of the actors it ties marked more lightly, so the eye lands on what was said and by
 * whom. Text is escaped before any mark goes in. Pure, so it is tested without a browser.
 */
import { escapeHtml } from './dom.ts';

interface Span {
  start: number;
  end: number;
  kind: 'phrase' | 'name';
}

/** Where each name (or, failing that, its last word) first stands in the sentence. */
function nameSpans(sentence: string, names: string[]): Span[] {
  const spans: Span[] = [];
  const lower = sentence.toLowerCase();
  for (const name of names) {
    for (const part of [name, name.split(/\s+/).pop() ?? name]) {
      if (part.length < 3) continue;
      const at = lower.indexOf(part.toLowerCase());
      if (at >= 0) {
        spans.push({ start: at, end: at + part.length, kind: 'name' });
        break;
      }
    }
  }
  return spans;
}

export function markEvidence(
  sentence: string,
  phrase: { start: number; end: number } | null,
  names: string[] = [],
): string {
  const spans: Span[] = [];
  if (phrase && phrase.start >= 0 && phrase.end <= sentence.length && phrase.start < phrase.end)
    spans.push({ ...phrase, kind: 'phrase' });
  for (const span of nameSpans(sentence, names)) {
    if (!spans.some((s) => span.start < s.end && s.start < span.end)) spans.push(span);
  }
  spans.sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const span of spans) {
    html += escapeHtml(sentence.slice(at, span.start));
    html += `<mark class="${span.kind}">${escapeHtml(sentence.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  return html + escapeHtml(sentence.slice(at));
}
