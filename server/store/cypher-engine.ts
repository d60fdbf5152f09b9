/**
 * What the shared store logic needs from a Cypher engine: run a read, and run several
 * statements in one write transaction. Each adapter turns its engine's values into plain JS
 * (numbers, strings, arrays, objects) before they leave it.
 */
import type { EngineKind } from './cypher-registry.ts';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;
export type Run = (query: string, params?: Params) => Promise<Row[]>;

/**
 * Told how many rows each statement read from storage: Grafeo's rows scanned, or the database
 * hits of Neo4j's PROFILE. Off in production (PROFILE costs Neo4j work); the tests that prove
 * a statement reads the same rows whatever the store's size turn it on.
 */
export type ScanMeter = (statement: string, scanned: number) => void;

/** Schema statements cannot be profiled; they are not metered on either engine. */
export const isSchemaStatement = (statement: string): boolean =>
  /^(\s*\/\/.*\n)*\s*(CREATE|DROP)\s+(INDEX|CONSTRAINT|RANGE|TEXT|FULLTEXT|POINT|LOOKUP)\b/i.test(
    statement,
  );

export interface CypherEngine {
  readonly kind: EngineKind;
  read: Run;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  write<T>(work: (run: Run) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
