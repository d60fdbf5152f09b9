/**
 * Search for analysts who do not know the spelling: Aliev for Aliyev, Pashinian for Pashinyan,
 * Erdoğan or Erdogan, "Putim" for Putin. The store hands over candidates found through its
 * search terms (store/entity-search.ts: names that share the query's first three characters);
 * here they are ranked by how well they match, then by how busy they are: an exact name, a
 * name that starts with the query, a word that does, the query inside a name, then near
 * spellings scored by Fuse.js (Bitap, errors per letter of the query). Short queries match letter for letter: two typos in "Var" would match anything.
 */
import Fuse from 'fuse.js';
import { foldText } from '../domain/index.ts';

/** Queries this short are matched exactly (as a prefix or inside a name), never fuzzily. */
export const EXACT_BELOW = 4;
/** Errors allowed per letter of the query: one in five ("putim"), two in ten. */
const FUZZY_THRESHOLD = 0.25;

export interface Candidate<T> {
  entity: T;
  /** The entity's folded name and aliases. */
  keys: string[];
  degree: number;
}

/** How well `q` matches one folded key: 0 exact, 1 prefix, 2 word prefix, 3 inside; else null. */
function literalRank(q: string, key: string): number | null {
  if (key === q) return 0;
  if (key.startsWith(q)) return 1;
  if (key.includes(` ${q}`)) return 2;
  if (key.includes(q)) return 3;
  return null;
}

export function rankMatches<T extends { id: string; name: string }>(
  text: string,
  candidates: readonly Candidate<T>[],
  first: number,
): T[] {
  const q = foldText(text);
  if (!q) return [];
  const fuse =
    q.length >= EXACT_BELOW
      ? new Fuse(candidates.slice(), {
          keys: ['keys'],
          includeScore: true,
          ignoreLocation: true,
          threshold: FUZZY_THRESHOLD,
        })
      : null;
  const fuzzyScore = new Map(
    (fuse?.search(q) ?? []).map((hit) => [hit.item.entity.id, hit.score ?? 1]),
  );
  const ranked = candidates.flatMap((c) => {
    const literal = Math.min(
      ...c.keys.map((k) => literalRank(q, k)).filter((r): r is number => r !== null),
    );
    const fuzzy = fuzzyScore.get(c.entity.id);
    // Near spellings after every literal match, in steps of about one error per ten letters.
    const rank = Number.isFinite(literal)
      ? literal
      : fuzzy !== undefined
        ? 4 + Math.round(fuzzy * 10)
        : null;
    return rank === null ? [] : [{ c, rank }];
  });
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.c.degree - a.c.degree ||
      (a.c.entity.name < b.c.entity.name ? -1 : a.c.entity.name > b.c.entity.name ? 1 : 0) ||
      (a.c.entity.id < b.c.entity.id ? -1 : 1),
  );
  return ranked.slice(0, first).map((r) => r.c.entity);
}
