import { EVENT_KINDS, EVENT_STATUSES } from '../../domain/index.ts';
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
import { Correction, CorrectionMutation, CorrectionQuery } from './corrections.ts';
import { Investigation, InvestigationMutation, InvestigationQuery } from './investigations.ts';
import { Brokerage, brokerageQuery } from './brokerage.ts';
import { IngestResult, Mutation } from './mutation.ts';
import { Query } from './query.ts';

export const resolvers: Resolvers = {
  Query: { ...Query, ...CorrectionQuery, ...InvestigationQuery, ...brokerageQuery },
  Mutation: { ...Mutation, ...CorrectionMutation, ...InvestigationMutation },
  Correction,
  Investigation,
  Brokerage,
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
  // TALKS <-> 'talks': the domain's EVENT_KINDS, upper-cased.
  EventKind: Object.fromEntries(
    EVENT_KINDS.map((k) => [k.toUpperCase(), k]),
  ) as Resolvers['EventKind'],
  // HAPPENED <-> 'happened': the domain's EVENT_STATUSES, upper-cased.
  EventStatus: Object.fromEntries(
    EVENT_STATUSES.map((s) => [s.toUpperCase(), s]),
  ) as Resolvers['EventStatus'],
};
