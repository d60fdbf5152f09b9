/**
 * HTML pages become article text through Mozilla's Readability on linkedom (ten times faster
 * than jsdom, same result on news pages), with each block element turned into a line of its
 * own: Readability's `textContent` glues blocks together ("peace dealAugust 19"). Both parsers
 * recurse and slow down with nesting, so a page is measured first, in one linear pass over its
 * tags, and one over the caps (size, depth, elements) is refused before it is parsed.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { INGEST_LIMITS } from '../domain/limits.ts';
import { AppError, ErrorCode } from '../errors/index.ts';

const BLOCKS = new Set(
  'P DIV H1 H2 H3 H4 H5 H6 LI UL OL BLOCKQUOTE SECTION ARTICLE HEADER FOOTER FIGCAPTION TR TABLE PRE BR HR DD DT'.split(
    ' ',
  ),
);

export interface HtmlArticle {
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  text: string;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text nodes in document order, a line break around each block; a stack, not recursion. */
function blocksToLines(root: DomNode, out: string[]): void {
  const stack: (DomNode | '\n')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === '\n') {
      out.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      out.push(node.textContent ?? '');
      continue;
    }
    const block = BLOCKS.has(node.nodeName.toUpperCase());
    if (block) {
      out.push('\n');
      stack.push('\n');
    }
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Elements without content, and elements a parser closes by itself when the next begins. */
const NO_DEPTH = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rp rt html head body'.split(
    ' ',
  ),
);
/** One tag: its name, whether it closes, whether it closes itself. No `<` inside, so linear. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/y;

/**
 * Refuses, before parsing, a page over the caps on size, nesting depth and element count. One
 * pass: comments and script or style bodies are skipped by searching for their end once, so
 * unclosed ones cannot make the scan quadratic.
 */
export function checkPageShape(html: string): void {
  const refuse = (problem: string): never => {
    throw new AppError(ErrorCode.BAD_ARTICLE, `the page ${problem}`);
  };
  if (html.length > INGEST_LIMITS.htmlBytes)
    refuse(`has ${html.length} characters, over the cap of ${INGEST_LIMITS.htmlBytes}`);
  const lower = html.toLowerCase();
  let depth = 0;
  let elements = 0;
  let at = lower.indexOf('<');
  while (at >= 0) {
    if (lower.startsWith('<!--', at)) {
      const end = lower.indexOf('-->', at + 4);
      if (end < 0) break;
      at = lower.indexOf('<', end + 3);
      continue;
    }
    TAG.lastIndex = at;
    const match = TAG.exec(html);
    if (!match) {
      at = lower.indexOf('<', at + 1);
      continue;
    }
    const [whole, closing, name, selfClosing] = match;
    const tag = name!.toLowerCase();
    let next = at + whole.length;
    if (!closing) {
      if (++elements > INGEST_LIMITS.htmlElements)
        refuse(`has more than ${INGEST_LIMITS.htmlElements} elements`);
      if (tag === 'script' || tag === 'style') {
        const end = lower.indexOf(`</${tag}`, next);
        if (end < 0) break;
        next = end + tag.length + 2;
      } else if (!NO_DEPTH.has(tag) && !selfClosing) {
        if (++depth > INGEST_LIMITS.htmlDepth)
          refuse(`nests elements deeper than ${INGEST_LIMITS.htmlDepth} levels`);
      }
    } else if (!NO_DEPTH.has(tag)) {
      depth = Math.max(0, depth - 1);
    }
    at = lower.indexOf('<', next);
  }
}

const meta = (document: Document, selector: string, attribute = 'content') =>
  document.querySelector(selector)?.getAttribute(attribute)?.trim() || null;

export function htmlToArticle(html: string): HtmlArticle {
  checkPageShape(html);
  const { document } = parseHTML(html);
  const url =
    meta(document, 'link[rel="canonical"]', 'href') ?? meta(document, 'meta[property="og:url"]');
  const publishedMeta =
    meta(document, 'meta[property="article:published_time"]') ??
    meta(document, 'time[datetime]', 'datetime');
  // Text that is not a page at all leaves linkedom without a document element to read.
  const article = document.documentElement
    ? new Readability(document as unknown as Document).parse()
    : null;
  if (!article?.content) {
    return { title: null, published: null, source: null, url, text: '' };
  }
  const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
  const parts: string[] = [];
  blocksToLines(content.body as unknown as DomNode, parts);
  const body = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  const day =
    (article.publishedTime ?? publishedMeta ?? '').match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  const title = article.title?.trim() || null;
  return {
    title,
    published: day,
    source: article.siteName?.trim() || null,
    url,
    // The headline is part of what the article says.
    text: title && !body.startsWith(title) ? `${title}\n${body}` : body,
  };
}
