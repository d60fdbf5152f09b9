import { SYMMETRIC_RELATIONS } from '../../domain/index.ts';
import type { EntitySummary } from '../../store/index.ts';
import type { GraphEdgeResolvers, MediationResolvers } from '../generated/graphql.ts';

export const GraphEdge: GraphEdgeResolvers = {
  directed: (edge) => !SYMMETRIC_RELATIONS.has(edge.type),
  evidence: async (edge, _, { evidenceLoader }) => (await evidenceLoader.load(edge.id)).map((e) => e.sentence),
  sources: async (edge, _, { evidenceLoader }) =>
    new Set((await evidenceLoader.load(edge.id)).map((e) => e.article.id)).size,
};

export const Mediation: MediationResolvers = {
  parties: async (mediation, _, { entityLoader }) =>
    (await entityLoader.loadMany(mediation.parties)).filter(
      (e): e is EntitySummary => e !== null && !(e instanceof Error),
    ),
  evidence: async (mediation, _, { evidenceLoader }) => (await evidenceLoader.loadMany(mediation.relations)).flatMap(
    (list) => (list instanceof Error ? [] : list),
  ),
};
