/**
 * Search by the start of any word of a name or alias, through an ordinary index. Every key
 * (a folded name or alias, see foldText) is stored as Term nodes, one per word-start suffix:
 * 'lena varga' gives 'lena varga' (the whole key) and 'varga'. A prefix query is then one range
 * seek over Term.text, from the query to the first string past every one that starts with it,
 * on both engines, where CONTAINS over every entity's keys read the whole store.
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

/**
 * The least string greater than every string that starts with `prefix`: the prefix with its
 * last code unit raised by one. Folded keys hold only a-z, 0-9 and spaces, so it never
 * overflows.
 */
export function prefixEnd(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}
