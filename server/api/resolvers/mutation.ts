import { AppError, ErrorCode } from '../../errors/index.ts';
import { ingestSubmission } from '../../ingest/index.ts';
import type { IngestResultResolvers, MutationResolvers } from '../generated/graphql.ts';
import { present } from './present.ts';

export const Mutation: MutationResolvers = {
  ingestArticle: (_, { input }, { store, writeAccess }) => {
    if (writeAccess === null) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'ingestArticle is off: the server has no PARLEY_API_KEY',
      );
    }
    if (writeAccess === 'denied') {
      throw new AppError(
        ErrorCode.UNAUTHENTICATED,
        'ingestArticle needs the API key in the x-api-key header',
      );
    }
    return ingestSubmission(store, input);
  },
};

export const IngestResult: IngestResultResolvers = {
  article: async (result, _, { store }) => {
    const [article] = await store.articles([result.article]);
    return article!;
  },
  entities: async (result, _, { entityLoader }) =>
    present(await entityLoader.loadMany(result.entities)),
};
