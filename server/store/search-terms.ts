/**
 * Search by the start of any word of a name or alias, through an ordinary index. Every key
 * (a folded name or alias, see foldText) is stored as Term nodes, one per word-start suffix:
 * 'lena varga' gives 'lena varga' (the whole key) and 'varga'. A term's slot holds its first
 * three characters, whether it is a whole key, and the band of its entity's degree: a prefix
 * query is then a few equality seeks on slots, busiest band first, and stops as soon as the
 * busiest matches are known (a range seek would do on Neo4j, but the embedded engine answers a
 * range by reading the whole index), where CONTAINS over every entity's keys read the store.
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
 * The band of a degree: 0 for none, then one band per doubling (1, 2-3, 4-7, ...). Every
 * entity of a band has a higher degree than every entity of the bands below, so a search that
 * has enough matches after some bands need not read the rest; and a degree changes band
 * rarely, so moving an entity's terms is rare.
 */
export const degreeBand = (degree: number): number =>
  degree <= 0 ? 0 : Math.floor(Math.log2(degree + 1));

/** A head and whether its terms are whole keys: what a Head node keeps the top band of. */
export const headKey = (head: string, whole: boolean): string => `${head} ${whole ? 'w' : 'p'}`;

/** The slot search seeks for terms with this head, whole or not, in this band. */
export const slot = (head: string, whole: boolean, band: number): string =>
  `${headKey(head, whole)} ${band}`;

/**
 * The highest band that each head of these terms reaches, for write/raise-heads: search starts
 * each head at its own top band, never at the store's busiest entity's, so that a rare name
 * costs the same seeks however busy the rest of the store grows.
 */
export function headTops(
  terms: readonly { text: string; whole: boolean; band: number }[],
): { key: string; top: number }[] {
  const tops = new Map<string, number>();
  for (const t of terms) {
    const key = headKey(t.text.slice(0, HEAD_LENGTH), t.whole);
    tops.set(key, Math.max(tops.get(key) ?? 0, t.band));
  }
  return [...tops].map(([key, top]) => ({ key, top }));
}

/** How many first characters of a term its slot holds. */
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
