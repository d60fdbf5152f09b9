/**
 * The questions of the API. Arguments are checked before the store is asked: caps and ranges
 * (LIMIT_EXCEEDED), dates and windows (BAD_USER_INPUT naming the argument), ids the graph does
 * not hold (NOT_FOUND naming them), so that no mistake comes back as an empty answer.
 */
import { findBrokers } from '../../analysis/index.ts';
import type { QueryResolvers } from '../generated/graphql.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { notFound, requireEntities, requireRelations } from '../known-ids.ts';
import { LIMITS, checkRange, checkWindow } from '../limits.ts';
import { articleCount } from './present.ts';

export const Query: QueryResolvers = {
  search: (_, { text, types, first }, { store }) =>
    store.search(text, { types, first: checkRange('first', first ?? 10, 1, LIMITS.pageSize) }),

  entity: async (_, { id }, { entityLoader }) => {
    const entity = await entityLoader.load(id);
    if (!entity) throw notFound('id', [id]);
    return entity;
  },

  neighborhood: (_, { id, depth, types, from, to, first }, { store }) =>
    store.neighborhood({
      id,
      depth: checkRange('depth', depth ?? 1, 1, LIMITS.neighborhoodDepth),
      types: types ?? null,
      ...checkWindow(from, to),
      first: checkRange('first', first ?? 300, 1, LIMITS.subgraphNodes),
    }),

  mediations: async (_, { between, level, from, to }, context) => {
    checkRange('the number of parties in between', between.length, 1, LIMITS.parties);
    const window = checkWindow(from, to);
    await requireEntities(context, 'between', between);
    return context.store.mediations({ between, level: level ?? 'PERSON', ...window });
  },

  events: async (_, { involving, kinds, statuses, from, to, first, after }, context) => {
    const window = checkWindow(from, to);
    const page = checkRange('first', first ?? 20, 1, LIMITS.pageSize);
    await requireEntities(context, 'involving', involving);
    const { events, hasNext } = await context.store.events({
      involving,
      kinds,
      statuses,
      ...window,
      first: page,
      after: after ? decodeCursor(after) : null,
    });
    const edges = events.map((node) => ({
      cursor: encodeCursor([node.date ?? '', node.id]),
      node,
    }));
    return { edges, pageInfo: { hasNextPage: hasNext, endCursor: edges.at(-1)?.cursor ?? null } };
  },

  event: async (_, { id }, { eventLoader }) => {
    const event = await eventLoader.load(id);
    if (!event) throw notFound('id', [id]);
    return event;
  },

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

  brokers: async (_, { between, first }, context) => {
    checkRange('the number of parties in between', between?.length ?? 0, 0, LIMITS.parties);
    const page = checkRange('first', first ?? 10, 1, LIMITS.pageSize);
    await requireEntities(context, 'between', between);
    return findBrokers(
      context.store,
      between ?? null,
      page,
      LIMITS.subgraphNodes,
      LIMITS.brokerNodes,
    );
  },

  evidence: async (_, { relations }, context) => {
    checkRange('the number of relations', relations.length, 0, LIMITS.evidenceRelations);
    await requireRelations(context, 'relations', relations);
    return Promise.all(
      relations.map(async (relation) => {
        const citations = await context.evidenceLoader.load(relation);
        return { relation, sources: articleCount(citations), citations };
      }),
    );
  },

  overview: (_, { first }, { store }) =>
    store.overview(checkRange('first', first ?? 500, 1, LIMITS.subgraphNodes)),

  stats: (_, __, { store }) => store.stats(),
};
