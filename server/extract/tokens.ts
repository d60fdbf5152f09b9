/**
 * Word tokens with their offsets, and a phrase trie over them. Gazetteer phrases and text are
 * cut the same way (hyphens and possessive 's are tokens of their own, so "Russian-brokered"
 * and "Moscow's" expose "Russian" and "Moscow"), and compared folded, so matching is one walk
 * down the trie from each token: linear in the text, whatever the gazetteer's size.
 */
import { foldText } from '../domain/index.ts';

export interface Token {
  text: string;
  /** Folded: accents and case dropped. */
  fold: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or a digit, for names like "G7" and "M23"). */
  upper: boolean;
}

const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:(?:\.(?=[\p{L}\p{M}\p{N}])|['’](?!s\b))[\p{L}\p{M}\p{N}]+)*\.?(?<=(?:\b\p{Lu}\.|[\p{L}\p{M}\p{N}]))|['’]s\b|[^\s\p{L}\p{M}\p{N}]/gu;

/** Whether token `i` is followed by a hyphen with no space ("Amir-" in "Amir-Abdollahian"). */
export const hyphenGlued = (tokens: Token[], i: number): boolean =>
  tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === tokens[i]?.end;

/** A short name in capitals ("UN", "SSOMA", "MILF"). */
export const isShortName = (text: string | undefined): boolean =>
  Boolean(text && /^\p{Lu}{2,6}$/u.test(text));

// Most tokens are plain ASCII words, which fold by lower case alone: the full fold is costly.
const fold = (value: string) =>
  /^[A-Za-z0-9]+$/.test(value) ? value.toLowerCase() : foldText(value) || value;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    tokens.push({
      text: value,
      fold: /^['’]s$/.test(value) ? "'s" : fold(value),
      start: match.index,
      end: match.index + value.length,
      upper: /^[\p{Lu}\p{N}]/u.test(value),
    });
  }
  return tokens;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

/** Phrases keyed by their folded tokens; `longest` finds the longest phrase starting at a token. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const token of tokenize(phrase)) {
      let child = node.next.get(token.fold);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(token.fold, child);
      }
      node = child;
    }
    if (node !== this.root) node.values.push(value);
  }

  /** The longest phrase at `tokens[from]` whose values pass `accept`, with the index past it. */
  longest(
    tokens: Token[],
    from: number,
    accept: (value: T, end: number) => boolean = () => true,
  ): { values: T[]; end: number } | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: { values: T[]; end: number } | null = null;
    for (let i = from; i < tokens.length; i++) {
      node = node.next.get(tokens[i]!.fold);
      if (!node) break;
      const values = node.values.filter((v) => accept(v, i + 1));
      if (values.length) best = { values, end: i + 1 };
    }
    return best;
  }
}
