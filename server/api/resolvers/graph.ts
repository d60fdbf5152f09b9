import { SYMMETRIC_RELATIONS } from '../../domain/index.ts';
import type {
  ArticleSummary,
  EntitySummary,
  EventRecord,
  EvidenceRecord,
} from '../../store/index.ts';
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
import { asksOnlyId, present } from './present.ts';

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
  // Kept by the store at write time: no evidence is loaded to count it.
  sources: (edge) => edge.sources,
  citations: (edge, _, { evidenceLoader }) => evidenceLoader.load(edge.id),
  // The explorer takes an edge's event from the subgraph's events: asked for its id alone, the
  // edge answers it, and the request loads events in one batch (Subgraph.events).
  event: (edge, _, { eventLoader }, info) => {
    if (!edge.event) return null;
    return asksOnlyId(info) ? ({ id: edge.event } as EventRecord) : eventLoader.load(edge.event);
  },
};

export const Subgraph: SubgraphResolvers = {
  // Found and sketched in one store call; the sketches stay in the request's loader for any
  // edge or mediation that names the same events.
  events: async (subgraph, { first, statuses }, { store, sketchLoader }) => {
    const sketches = await store.eventsAmong(
      subgraph.nodes.map((n) => n.id),
      subgraph.window ?? {},
      checkRange('first', first ?? LIMITS.subgraphEvents, 0, LIMITS.subgraphEvents),
      statuses,
    );
    for (const sketch of sketches) sketchLoader.prime(sketch.id, sketch);
    return sketches;
  },
};

export const Mediation: MediationResolvers = {
  parties: async (mediation, _, { entityLoader }) =>
    present(await entityLoader.loadMany(mediation.parties)),
  events: async (mediation, _, { sketchLoader }) =>
    present(await sketchLoader.loadMany(mediation.events)),
  // One sentence that names two parties supports one MEDIATED relation to each: said once.
  evidence: async (mediation, _, { evidenceLoader }) => {
    const all = present(await evidenceLoader.loadMany(mediation.relations)).flat();
    return [...new Map(all.map((e) => [`${e.article.id}\n${e.sentence}`, e])).values()];
  },
  subgraph: (mediation, _, { subgraphLoader }) => subgraphLoader.load(mediation.relations),
};

export const Event: EventResolvers = {
  place: (event, _, { entityLoader }, info) => {
    if (!event.place) return null;
    return asksOnlyId(info)
      ? ({ id: event.place } as EntitySummary)
      : entityLoader.load(event.place);
  },
  // A sketched event (a subgraph's) names its articles: their ids answer without a load; for
  // more, or for the sentences, the whole event is loaded.
  articles: async (event, _, { eventLoader }, info) => {
    if ('reports' in event) return articlesOf(event.reports);
    if (asksOnlyId(info)) return event.articles.map((id) => ({ id }) as ArticleSummary);
    return articlesOf((await eventLoader.load(event.id))?.reports ?? []);
  },
  evidence: async (event, _, { eventLoader }) =>
    'reports' in event ? event.reports : ((await eventLoader.load(event.id))?.reports ?? []),
};

/** The distinct articles of some reports, in their order. */
const articlesOf = (reports: readonly EvidenceRecord[]): ArticleSummary[] => [
  ...new Map(reports.map((r) => [r.article.id, r.article])).values(),
];

export const Participant: ParticipantResolvers = {
  // The participant holds the entity's id: asked for nothing more, nothing is loaded.
  entity: async (participant, _, { entityLoader }, info) =>
    asksOnlyId(info)
      ? ({ id: participant.entity } as EntitySummary)
      : ((await entityLoader.load(participant.entity)) as EntitySummary),
};

export const Broker: BrokerResolvers = {
  entity: async (broker, _, { entityLoader }) =>
    (await entityLoader.load(broker.id)) as EntitySummary,
};
