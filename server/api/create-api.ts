/**
 * The GraphQL API as an Apollo server: schema from the .graphql files, codegen-typed
 * resolvers, and one place where errors become what the caller sees: an AppError keeps its
 * code, shape limits say LIMIT_EXCEEDED, and the HTTP status follows the errors
 * (http-status.ts). A mutation gets the longer ingest budget once GraphQL knows it is one.
 * Apollo's landing page loads from a CDN, so it is off; GraphiQL is bundled with the client
 * instead. Apollo's own SIGTERM handler is off too: it re-raised the signal and ended the
 * process before the store was closed; app.ts stops in order instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { currentDeadline } from '../deadline/index.ts';
import { ErrorCode } from '../errors/index.ts';
import { LIMITS } from './limits.ts';
import type { ApiContext } from './context.ts';
import { publicError, statusFor } from './http-status.ts';
import { pricedFieldsRule } from './priced-fields.ts';
import { resolvers } from './resolvers/index.ts';

const SCHEMA_DIR = new URL('./schema/', import.meta.url);

export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(new URL(file, SCHEMA_DIR), 'utf8'))
    .join('\n');
}

// Query-shape limits, checked while parsing and validating a request, before any resolver runs.
const LIMIT_MESSAGE =
  /(Aliases|Depth|Query Cost|Token|Directives) limit|contains more tha[nt] \d+ tokens/i;
/**
 * Tokens one request may hold. graphql-js counts them while parsing; graphql-armor's own
 * count ran as a plugin hook outside Apollo's error handling, so that a breach (and any syntax
 * error, which its parser met first) came back as HTTP 500.
 */
const MAX_TOKENS = 5000;

export interface ApiOptions {
  /** Time budget of a mutation (an ingest), from the moment GraphQL knows it is one. */
  ingestTimeoutMs?: number;
  log?: (message: string) => void;
}

export function createApi(options: ApiOptions = {}): ApolloServer<ApiContext> {
  const log = options.log ?? ((message: string) => console.error(message));
  const armor = new ApolloArmor({
    maxAliases: { n: LIMITS.aliases },
    maxDepth: { n: LIMITS.queryDepth },
    costLimit: { maxCost: LIMITS.queryCost },
    maxDirectives: { n: 50 },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const answer: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'mutation' && options.ingestTimeoutMs)
            currentDeadline()?.reset(options.ingestTimeoutMs);
        },
        async willSendResponse({ response }) {
          // What the cache-control plugin said of every answer, without its work per field.
          response.http.headers.set('cache-control', 'no-store');
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          const status = statusFor(errors, data !== undefined && data !== null);
          if (status) response.http.status = status;
        },
      };
    },
  };
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    ...armor,
    validationRules: [...armor.validationRules, pricedFieldsRule],
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<ApiContext>[]),
      ApolloServerPluginLandingPageDisabled(),
      // Parley sets no cache hints; the plugin still wrapped every field's resolver to compute
      // them, a cost per field that a 1.5 MB overview pays tens of thousands of times.
      ApolloServerPluginCacheControlDisabled(),
      answer,
    ],
    formatError: (formatted, error) => {
      const limited = LIMIT_MESSAGE.test(formatted.message);
      return publicError(
        limited
          ? {
              ...formatted,
              // graphql-armor calls every breach a "Syntax Error"; the request's syntax was fine.
              message: formatted.message.replace(/^Syntax Error:\s*/, ''),
              extensions: { ...formatted.extensions, code: ErrorCode.LIMIT_EXCEEDED },
            }
          : formatted,
        limited ? null : unwrapResolverError(error),
        log,
      );
    },
  });
}
