/**
 * What the shared store logic needs from a Cypher engine: run a read, and run several
 * statements in one write transaction. Each adapter turns its engine's values into plain JS
 * (numbers, strings, arrays, objects) before they leave it.
 */
import type { EngineKind } from './cypher-registry.ts';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;
export type Run = (query: string, params?: Params) => Promise<Row[]>;

export interface CypherEngine {
  readonly kind: EngineKind;
  read: Run;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  write<T>(work: (run: Run) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
