/**
 * Search for analysts who do not know the spelling: Aliev for Aliyev, Pashinian for Pashinyan,
 * Erdoğan or Erdogan, "Putim" for Putin. The store hands over candidates that share pieces of
 * the query (`searchPieces`); here they are ranked by how well they match, then by how busy
 * they are: an exact name, a name that starts with the query, a word that does, the query
 * inside a name, then near spellings scored by Fuse.js (Bitap, errors per letter of the
 * query). Short queries match letter for letter: two typos in "Var" would match anything.
 */
import Fuse from 'fuse.js';
import { foldText } from '../domain/index.ts';

/** Queries this short are matched exactly (as a prefix or inside a name), never fuzzily. */
const EXACT_BELOW = 4;
/** Errors allowed per letter of the query: one in five ("putim"), two in ten. */
const FUZZY_THRESHOLD = 0.25;
/** Most pieces one query is cut into: a long query needs only some of them to find its names. */
const MAX_PIECES = 12;

export interface Candidate<T> {
  entity: T;
  /** The entity's folded name and aliases. */
  keys: string[];
  degree: number;
}

/**
 * The pieces the store looks for: the folded query's three-letter pieces, or the query itself
 * when shorter; `minHits` of them must be in a name, so a one-letter typo still finds it.
 */
export function searchPieces(text: string): { q: string; grams: string[]; minHits: number } {
  const q = foldText(text);
  if (q.length < 3) return { q, grams: q ? [q] : [], minHits: 1 };
  const all = [...new Set(Array.from({ length: q.length - 2 }, (_, i) => q.slice(i, i + 3)))];
  const step = Math.max(1, Math.ceil(all.length / MAX_PIECES));
  const grams = all.filter((_, i) => i % step === 0);
  const fuzzy = q.length >= EXACT_BELOW;
  // A typo spoils up to three pieces: ask for the rest, and for at least one.
  return { q, grams, minHits: fuzzy ? Math.max(1, grams.length - 3) : grams.length };
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
