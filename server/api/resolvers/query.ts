import type { QueryResolvers } from '../generated/graphql.ts';
import { LIMITS, checkRange } from '../limits.ts';

export const Query: QueryResolvers = {
  search: (_, { text, types, first }, { store }) =>
    store.search(text, { types, first: checkRange('first', first ?? 10, 1, LIMITS.searchResults) }),

  entity: (_, { id }, { entityLoader }) => entityLoader.load(id),

  neighborhood: (_, { id, depth, types, first }, { store }) =>
    store.neighborhood({
      id,
      depth: checkRange('depth', depth ?? 1, 1, LIMITS.neighborhoodDepth),
      types: types ?? null,
      first: checkRange('first', first ?? 300, 1, LIMITS.subgraphNodes),
    }),

  mediations: (_, { between }, { store }) => {
    checkRange('the number of parties in between', between.length, 1, LIMITS.mediationParties);
    return store.mediations(between);
  },

  overview: (_, { first }, { store }) => store.overview(checkRange('first', first ?? 500, 1, LIMITS.subgraphNodes)),

  stats: (_, __, { store }) => store.stats(),
};
