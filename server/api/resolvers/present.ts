import type { EvidenceRecord } from '../../store/index.ts';

/** What a DataLoader's loadMany found, without the ids that no longer resolve. */
export const present = <T>(items: (T | null | Error)[]): T[] =>
  items.filter((item): item is T => item !== null && !(item instanceof Error));

/** How many distinct articles a relation's evidence comes from: its number of sources. */
export const articleCount = (evidence: readonly EvidenceRecord[]): number =>
  new Set(evidence.map((e) => e.article.id)).size;
