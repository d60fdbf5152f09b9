import { findBrokers } from '../../analysis/index.ts';
import type { QueryResolvers } from '../generated/graphql.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { LIMITS, checkDate, checkRange } from '../limits.ts';
import { articleCount } from './present.ts';

export const Query: QueryResolvers = {
  search: (_, { text, types, first }, { store }) =>
    store.search(text, { types, first: checkRange('first', first ?? 10, 1, LIMITS.pageSize) }),

  entity: (_, { id }, { entityLoader }) => entityLoader.load(id),

  neighborhood: (_, { id, depth, types, from, to, first }, { store }) =>
    store.neighborhood({
      id,
      depth: checkRange('depth', depth ?? 1, 1, LIMITS.neighborhoodDepth),
      types: types ?? null,
      from: checkDate('from', from),
      to: checkDate('to', to),
      first: checkRange('first', first ?? 300, 1, LIMITS.subgraphNodes),
    }),

  mediations: (_, { between, level, from, to }, { store }) => {
    checkRange('the number of parties in between', between.length, 1, LIMITS.parties);
    return store.mediations({
      between,
      level: level ?? 'PERSON',
      from: checkDate('from', from),
      to: checkDate('to', to),
    });
  },

  events: async (_, { involving, kinds, statuses, from, to, first, after }, { store }) => {
    const { events, hasNext } = await store.events({
      involving,
      kinds,
      statuses,
      from: checkDate('from', from),
      to: checkDate('to', to),
      first: checkRange('first', first ?? 20, 1, LIMITS.pageSize),
      after: after ? decodeCursor(after) : null,
    });
    const edges = events.map((node) => ({
      cursor: encodeCursor([node.date ?? '', node.id]),
      node,
    }));
    return { edges, pageInfo: { hasNextPage: hasNext, endCursor: edges.at(-1)?.cursor ?? null } };
  },

  event: (_, { id }, { eventLoader }) => eventLoader.load(id),

  path: async (_, { from, to, maxLength, types }, { store }) => {
    const found = await store.paths({
      from,
      to,
      maxLength: checkRange('maxLength', maxLength ?? 4, 1, LIMITS.pathLength),
      types: types ?? null,
      first: 20,
    });
    return found.subgraph;
  },

  brokers: (_, { between, first }, { store }) => {
    checkRange('the number of parties in between', between?.length ?? 0, 0, LIMITS.parties);
    return findBrokers(
      store,
      between ?? null,
      checkRange('first', first ?? 10, 1, LIMITS.pageSize),
      LIMITS.subgraphNodes,
      LIMITS.brokerNodes,
    );
  },

  evidence: (_, { relations }, { evidenceLoader }) => {
    checkRange('the number of relations', relations.length, 0, LIMITS.evidenceRelations);
    return Promise.all(
      relations.map(async (relation) => {
        const citations = await evidenceLoader.load(relation);
        return { relation, sources: articleCount(citations), citations };
      }),
    );
  },

  overview: (_, { first }, { store }) =>
    store.overview(checkRange('first', first ?? 500, 1, LIMITS.subgraphNodes)),

  stats: (_, __, { store }) => store.stats(),
};
