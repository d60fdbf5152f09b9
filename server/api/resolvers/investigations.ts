/**
 * Saved investigations over GraphQL: listed and opened by anyone who can read the graph, saved
 * and deleted with the API key like every other write.
 */
import { AppError, ErrorCode } from '../../errors/index.ts';
import type {
  InvestigationResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/graphql.ts';
import { checkRange } from '../limits.ts';
import { checkWriteAccess } from './mutation.ts';

export const InvestigationQuery: Pick<QueryResolvers, 'investigations' | 'investigation'> = {
  investigations: (_, { first }, { store }) =>
    store.investigations(checkRange('first', first ?? 100, 1, 1000)),
  investigation: (_, { id }, { store }) => store.investigation(id),
};

export const InvestigationMutation: Pick<
  MutationResolvers,
  'saveInvestigation' | 'deleteInvestigation'
> = {
  saveInvestigation: (_, { input }, { store, writeAccess }) => {
    checkWriteAccess('saveInvestigation', writeAccess);
    if (input.name.trim().length > 200 || input.by.trim().length === 0 || input.by.length > 100) {
      throw new AppError(
        ErrorCode.BAD_INPUT,
        'input: name must be 1 to 200 characters, by 1 to 100',
      );
    }
    return store.saveInvestigation({ ...input, by: input.by.trim() });
  },
  deleteInvestigation: (_, { id }, { store, writeAccess }) => {
    checkWriteAccess('deleteInvestigation', writeAccess);
    return store.deleteInvestigation(id);
  },
};

export const Investigation: InvestigationResolvers = {
  // A listed investigation comes without its view: fetched only when asked for.
  view: async (investigation, _, { store }) =>
    'view' in investigation && typeof investigation.view === 'string'
      ? investigation.view
      : ((await store.investigation(investigation.id))?.view ?? '{}'),
};
