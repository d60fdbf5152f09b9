import type { Resolvers } from '../generated/graphql.ts';
import {
  Broker,
  Entity,
  Event,
  GraphEdge,
  Mediation,
  Participant,
  Role,
  Subgraph,
} from './graph.ts';
import { IngestResult, Mutation } from './mutation.ts';
import { Query } from './query.ts';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Entity,
  Role,
  GraphEdge,
  Subgraph,
  Mediation,
  Event,
  Participant,
  Broker,
  IngestResult,
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
