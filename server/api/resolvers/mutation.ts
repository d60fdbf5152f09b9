import { AppError, ErrorCode } from '../../errors/index.ts';
import { ingestSubmission } from '../../ingest/index.ts';
import type { IngestResultResolvers, MutationResolvers } from '../generated/graphql.ts';
import type { ApiContext } from '../context.ts';
import { present } from './present.ts';

/** Writes need the API key: off for everyone when the server has none. */
export function checkWriteAccess(name: string, writeAccess: ApiContext['writeAccess']): void {
  if (writeAccess === null) {
    throw new AppError(ErrorCode.FORBIDDEN, `${name} is off: the server has no PARLEY_API_KEY`);
  }
  if (writeAccess === 'denied') {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      `${name} needs the API key in the x-api-key header`,
    );
  }
}

export const Mutation: MutationResolvers = {
  ingestArticle: (_, { input }, { store, writeAccess }) => {
    checkWriteAccess('ingestArticle', writeAccess);
    return ingestSubmission(store, input);
  },
  deleteArticle: (_, { id }, { store, writeAccess }) => {
    checkWriteAccess('deleteArticle', writeAccess);
    return store.deleteArticle(id);
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
