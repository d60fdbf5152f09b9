/**
 * Small helpers the resolvers share: what a DataLoader batch found, the number of sources of a
 * relation, whether a field asks for an id alone. A batch that failed (a deadline, a store error) fails the field with its
 * error: before, its entries were dropped as if the ids no longer resolved, and a timed-out
 * view came back whole-looking with most of its events missing.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { EvidenceRecord } from '../../store/index.ts';

/** What a DataLoader's loadMany found, without the ids that no longer resolve. */
export const present = <T>(items: (T | null | Error)[]): T[] => {
  const failure = items.find((item): item is Error => item instanceof Error);
  if (failure) throw failure;
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
