// graphql-codegen: resolver types from server/api/schema/*.graphql, so resolvers are checked
// against the schema. Enums map to the domain's own values (PERSON <-> 'Person').
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'server/api/schema/*.graphql',
  generates: {
    'server/api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        contextType: '../context.ts#ApiContext',
        enumValues: {
          EntityType: {
            PERSON: 'Person',
            STATE: 'State',
            ORGANIZATION: 'Organization',
            PLACE: 'Place',
            EVENT: 'Event',
            ARTICLE: 'Article',
          },
          EventKind: {
            TALKS: 'talks',
            CALL: 'call',
            VISIT: 'visit',
            CEASEFIRE: 'ceasefire',
            AGREEMENT: 'agreement',
            SUMMIT: 'summit',
            CLASH: 'clash',
            WAR: 'war',
          },
          EventStatus: {
            HAPPENED: 'happened',
            PLANNED: 'planned',
            OFFERED: 'offered',
            HOPED: 'hoped',
            DENIED: 'denied',
            NEGATED: 'negated',
            DISPUTED: 'disputed',
            REPORTED: 'reported',
          },
        },
        mappers: {
          Entity: '../../store/index.ts#EntitySummary',
          Mediation: '../../store/index.ts#MediationRecord',
          GraphEdge: '../../store/index.ts#GraphEdgeRecord',
          GraphNode: '../../store/index.ts#GraphNodeRecord',
          Subgraph: '../../store/index.ts#SubgraphRecord',
          Evidence: '../../store/index.ts#EvidenceRecord',
          Article: '../../store/index.ts#ArticleSummary',
          Event: '../../store/index.ts#EventView',
          Participant: '../../store/index.ts#ParticipantRecord',
          Role: '../../store/index.ts#RoleRecord',
          Broker: '../../analysis/index.ts#BrokerScore',
          IngestResult: '../ingest-result.ts#IngestResultRecord',
          Correction: '../../corrections/index.ts#CorrectionRecord',
          Investigation: '../../store/index.ts#InvestigationSummary',
          Brokerage: '../../analysis/index.ts#BrokerageRecord',
        },
      },
    },
  },
};

export default config;
