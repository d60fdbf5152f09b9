/**
 * Search by the start of any word of a name or alias, through an ordinary index. Every key
 * (a folded name or alias, see foldText) is stored as Term nodes, one per word-start suffix:
 * 'lena varga' gives 'lena varga' (the whole key) and 'varga'. A prefix query is then an
 * equality seek on the terms' first characters (a range seek would do on Neo4j, but the
 * embedded engine answers a range by reading the whole index), where CONTAINS over every
 * entity's keys read the whole store.
 */

export interface SearchTerm {
  text: string;
  /** Whether the term is a whole key, so that a match on it is a match from the name's start. */
  whole: boolean;
}

/** The terms of some keys, each (text, whole) once. */
export function searchTerms(keys: readonly string[]): SearchTerm[] {
  const terms = new Map<string, SearchTerm>();
  const add = (text: string, whole: boolean) => {
    if (text) terms.set(`${whole ? 1 : 0}${text}`, { text, whole });
  };
  for (const key of keys) {
    add(key, true);
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
      add(key.slice(at + 1), false);
    }
  }
  return [...terms.values()];
}

/** The terms `keys` has that `known` (the keys already stored) has not. */
export function newSearchTerms(keys: readonly string[], known: readonly string[]): SearchTerm[] {
  const old = new Set(searchTerms(known).map((t) => `${t.whole ? 1 : 0}${t.text}`));
  return searchTerms(keys).filter((t) => !old.has(`${t.whole ? 1 : 0}${t.text}`));
}

/** How many first characters of a term its `head` holds, which search seeks by equality. */
export const HEAD_LENGTH = 3;
/** The characters of folded keys (see foldText). */
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyz0123456789 '];

/**
 * Every head a term that starts with `prefix` can have: the prefix's own first characters, or,
 * for a prefix shorter than a head, the prefix and each way of extending it to a full head.
 */
export function searchHeads(prefix: string): string[] {
  if (prefix.length >= HEAD_LENGTH) return [prefix.slice(0, HEAD_LENGTH)];
  const heads = [prefix];
  let frontier = [prefix];
  for (let length = prefix.length; length < HEAD_LENGTH; length++) {
    frontier = frontier.flatMap((head) => ALPHABET.map((c) => head + c));
    heads.push(...frontier);
  }
  return heads;
}
