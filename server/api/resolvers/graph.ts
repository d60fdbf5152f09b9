import { SYMMETRIC_RELATIONS } from '../../domain/index.ts';
import type { EntitySummary } from '../../store/index.ts';
import type {
  BrokerResolvers,
  EntityResolvers,
  EventResolvers,
  GraphEdgeResolvers,
  SubgraphResolvers,
  MediationResolvers,
  ParticipantResolvers,
  RoleResolvers,
} from '../generated/graphql.ts';
import { LIMITS, checkRange } from '../limits.ts';
import { articleCount, present } from './present.ts';

export const Entity: EntityResolvers = {
  relationCounts: async (entity, _, { profileLoader }) =>
    (await profileLoader.load(entity.id))?.relationCounts ?? [],
  roles: async (entity, _, { profileLoader }) => (await profileLoader.load(entity.id))?.roles ?? [],
  articles: async (entity, _, { profileLoader }) =>
    (await profileLoader.load(entity.id))?.articles ?? [],
};

export const Role: RoleResolvers = {
  of: async (role, _, { entityLoader }) => (await entityLoader.load(role.of)) as EntitySummary,
};

export const GraphEdge: GraphEdgeResolvers = {
  directed: (edge) => !SYMMETRIC_RELATIONS.has(edge.type),
  evidence: async (edge, _, { evidenceLoader }) =>
    (await evidenceLoader.load(edge.id)).map((e) => e.sentence),
  sources: async (edge, _, { evidenceLoader }) => articleCount(await evidenceLoader.load(edge.id)),
  citations: (edge, _, { evidenceLoader }) => evidenceLoader.load(edge.id),
  event: (edge, _, { eventLoader }) => (edge.event ? eventLoader.load(edge.event) : null),
};

export const Subgraph: SubgraphResolvers = {
  events: async (subgraph, { first, statuses }, { store, eventLoader }) => {
    const ids = await store.eventsAmong(
      subgraph.nodes.map((n) => n.id),
      subgraph.window ?? {},
      checkRange('first', first ?? LIMITS.subgraphEvents, 0, LIMITS.subgraphEvents),
      statuses,
    );
    return present(await eventLoader.loadMany(ids));
  },
};

export const Mediation: MediationResolvers = {
  parties: async (mediation, _, { entityLoader }) =>
    present(await entityLoader.loadMany(mediation.parties)),
  events: async (mediation, _, { eventLoader }) =>
    present(await eventLoader.loadMany(mediation.events)),
  // One sentence that names two parties supports one MEDIATED relation to each: said once.
  evidence: async (mediation, _, { evidenceLoader }) => {
    const all = present(await evidenceLoader.loadMany(mediation.relations)).flat();
    return [...new Map(all.map((e) => [`${e.article.id}\n${e.sentence}`, e])).values()];
  },
  subgraph: (mediation, _, { store }) => store.relationsByKey(mediation.relations),
};

export const Event: EventResolvers = {
  place: (event, _, { entityLoader }) => (event.place ? entityLoader.load(event.place) : null),
  articles: (event) => [...new Map(event.reports.map((r) => [r.article.id, r.article])).values()],
  evidence: (event) => event.reports,
};

export const Participant: ParticipantResolvers = {
  entity: async (participant, _, { entityLoader }) =>
    (await entityLoader.load(participant.entity)) as EntitySummary,
};

export const Broker: BrokerResolvers = {
  entity: async (broker, _, { entityLoader }) =>
    (await entityLoader.load(broker.id)) as EntitySummary,
};
