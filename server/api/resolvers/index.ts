import type { Resolvers } from '../generated/graphql.ts';
import { GraphEdge, Mediation } from './graph.ts';
import { Query } from './query.ts';

export const resolvers: Resolvers = {
  Query,
  GraphEdge,
  Mediation,
  // GraphQL speaks PERSON, the domain speaks 'Person'.
  EntityType: {
    PERSON: 'Person',
    STATE: 'State',
    ORGANIZATION: 'Organization',
    PLACE: 'Place',
    EVENT: 'Event',
    ARTICLE: 'Article',
  },
};
