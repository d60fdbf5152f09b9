/**
 * Configuration as one typed schema, read from the environment and validated before anything
 * starts: a bad value stops start with a message naming the variable, instead of failing later
 * somewhere far from its cause.
 */
import path from 'node:path';
import { z } from 'zod';
import { AppError, ErrorCode } from '../errors/index.ts';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PARLEY_DATA: z.string().min(1).default('data'),
  PARLEY_SEEDS: z.string().min(1).default('seeds'),
  PARLEY_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j:// or bolt:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  PARLEY_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  PARLEY_INGEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  PARLEY_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  PARLEY_URL: z
    .string()
    .regex(
      /^https?:\/\/[^/]+\/?$/,
      'must be the http(s) address of a Parley, such as http://host:4000',
    )
    .optional(),
});

export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded store; unused when `neo4j` is set. */
  dataDir: string;
  /** Folder ingested when the store is empty at start. */
  seedsDir: string;
  apiKey: string | null;
  neo4j: { uri: string; user: string; password: string; database: string | undefined } | null;
  /** Time budget of one GraphQL query, store calls and worker tasks included. */
  requestTimeoutMs: number;
  /** Time budget of one ingestArticle mutation: extraction and the write. */
  ingestTimeoutMs: number;
  /** How long a stop waits for requests in flight before it closes their connections. */
  shutdownGraceMs: number;
  /**
   * The running Parley `npm run ingest` sends articles to; unset, it asks the one on this
   * machine's PORT and opens the store itself when none answers.
   */
  serverUrl: string | null;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  // An empty variable means "not set", as in a docker-compose file that passes ${VAR:-}.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError(ErrorCode.BAD_CONFIG, `Bad configuration: ${problems.join('; ')}`);
  }
  const c = parsed.data;
  if (c.NEO4J_URI && c.NEO4J_PASSWORD === undefined) {
    throw new AppError(
      ErrorCode.BAD_CONFIG,
      'Bad configuration: NEO4J_URI is set but NEO4J_PASSWORD is not',
    );
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.PARLEY_DATA),
    seedsDir: path.resolve(c.PARLEY_SEEDS),
    apiKey: c.PARLEY_API_KEY ?? null,
    neo4j: c.NEO4J_URI
      ? {
          uri: c.NEO4J_URI,
          user: c.NEO4J_USER,
          password: c.NEO4J_PASSWORD ?? '',
          database: c.NEO4J_DATABASE,
        }
      : null,
    requestTimeoutMs: c.PARLEY_REQUEST_TIMEOUT_MS,
    ingestTimeoutMs: c.PARLEY_INGEST_TIMEOUT_MS,
    shutdownGraceMs: c.PARLEY_SHUTDOWN_GRACE_MS,
    serverUrl: c.PARLEY_URL?.replace(/\/$/, '') ?? null,
  };
}
