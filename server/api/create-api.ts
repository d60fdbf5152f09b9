/**
 * The GraphQL API as an Apollo server: schema from the .graphql files, codegen-typed
 * resolvers, and one place where AppErrors become GraphQL errors with their code. Apollo's
 * landing page loads from a CDN, so it is off; GraphiQL is bundled with the client instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../errors/index.ts';
import type { ApiContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';

const SCHEMA_DIR = new URL('./schema/', import.meta.url);

export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(new URL(file, SCHEMA_DIR), 'utf8'))
    .join('\n');
}

export function createApi(): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted, error) => {
      const cause = unwrapResolverError(error);
      if (cause instanceof AppError) {
        return { ...formatted, message: cause.message, extensions: { ...formatted.extensions, code: cause.code } };
      }
      return formatted;
    },
  });
}
