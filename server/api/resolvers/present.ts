import type { GraphQLResolveInfo } from 'graphql';
import type { EvidenceRecord } from '../../store/index.ts';

/**
 * What a DataLoader's loadMany found, without the ids that no longer resolve (null). A batch
 * that failed (the store timed out, say) fails the field: an answer missing part of what was
 * asked must say so, never pass as complete.
 */
export const present = <T>(items: (T | null | Error)[]): T[] => {
  const failed = items.find((item): item is Error => item instanceof Error);
  if (failed) throw failed;
  return items.filter((item): item is T => item !== null);
};

/** How many distinct articles a relation's evidence comes from: its number of sources. */
export const articleCount = (evidence: readonly EvidenceRecord[]): number =>
  new Set(evidence.map((e) => e.article.id)).size;

/**
 * Whether a field's selection asks for the object's id and nothing else: then the parent's id
 * answers it, without loading the object.
 */
export const asksOnlyId = (info: GraphQLResolveInfo): boolean =>
  info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (s) => s.kind === 'Field' && (s.name.value === 'id' || s.name.value === '__typename'),
    ),
  );
