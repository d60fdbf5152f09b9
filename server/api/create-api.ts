/**
 * The GraphQL API as an Apollo server: schema from the .graphql files, codegen-typed
 * resolvers, and one place where AppErrors become GraphQL errors with their code. Apollo's
 * landing page loads from a CDN, so it is off; GraphiQL is bundled with the client instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppError, ErrorCode } from '../errors/index.ts';
import { LIMITS } from './limits.ts';
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

// Query-shape limits, checked while validating a request, before any resolver runs.
const ARMOR_MESSAGE = /(Aliases|Depth|Query Cost|Token|Directives) limit/i;

export function createApi(): ApolloServer<ApiContext> {
  const armor = new ApolloArmor({
    maxAliases: { n: LIMITS.aliases },
    maxDepth: { n: LIMITS.queryDepth },
    costLimit: { maxCost: LIMITS.queryCost },
    maxDirectives: { n: 50 },
    maxTokens: { n: 5000 },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    ...armor,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<ApiContext>[]),
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: (formatted, error) => {
      const cause = unwrapResolverError(error);
      if (cause instanceof AppError) {
        return {
          ...formatted,
          message: cause.message,
          extensions: { ...formatted.extensions, code: cause.code },
        };
      }
      if (ARMOR_MESSAGE.test(formatted.message)) {
        return {
          ...formatted,
          extensions: { ...formatted.extensions, code: ErrorCode.LIMIT_EXCEEDED },
        };
      }
      return formatted;
    },
  });
}
