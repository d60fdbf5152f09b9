/**
 * The embedded engine: Grafeo, in this process, on one file under the data folder. Grafeo
 * allows one handle per file and reports concurrent writers as conflicts (GQL status 40000),
 * so writes go through one queue (write-queue.ts) and a conflict is retried; reads run beside
 * them on MVCC snapshots. Grafeo runs a query off the event loop but cannot be told to stop
 * one: a read past the request's deadline is abandoned (TIMEOUT to the caller, its thread
 * finishes alone), and a write stops at the next statement, rolled back.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import grafeo from '@grafeo-db/js';
import { currentDeadline } from '../../deadline/index.ts';
import { AppError, ErrorCode } from '../../errors/index.ts';
import {
  isSchemaStatement,
  type CypherEngine,
  type Params,
  type Row,
  type Run,
  type ScanMeter,
} from '../cypher-engine.ts';
import { WriteQueue } from '../write-queue.ts';

const { GrafeoDB } = grafeo;
type Db = InstanceType<typeof GrafeoDB>;
type Result = Awaited<ReturnType<Db['executeCypher']>>;

const CONFLICT = '40000';
const MAX_ATTEMPTS = 5;

/** Grafeo gives bigints past 2^53 and Dates for timestamps; the app speaks numbers and strings. */
function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

function storeError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const status = (error as { gqlStatus?: string }).gqlStatus;
  const message = error instanceof Error ? error.message : String(error);
  return status === CONFLICT
    ? new AppError(ErrorCode.STORE_CONFLICT, `Embedded store write conflict: ${message}`, {
        cause: error,
        retriable: true,
      })
    : new AppError(ErrorCode.STORE_FAILED, `Embedded store failed: ${message}`, { cause: error });
}

export class GrafeoEngine implements CypherEngine {
  readonly kind = 'embedded' as const;
  readonly #db: Db;
  readonly #writes = new WriteQueue();
  readonly #meter: ScanMeter | null;

  private constructor(db: Db, meter: ScanMeter | null) {
    this.#db = db;
    this.#meter = meter;
  }

  /** A folder opens (or creates) `parley.grafeo` inside it; no folder means in memory. */
  static open(dataDir: string | null, options: { meter?: ScanMeter } = {}): GrafeoEngine {
    const meter = options.meter ?? null;
    if (dataDir === null) return new GrafeoEngine(GrafeoDB.create(), meter);
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'parley.grafeo');
    try {
      return new GrafeoEngine(GrafeoDB.create(file), meter);
    } catch (error) {
      throw new AppError(
        ErrorCode.STORE_UNAVAILABLE,
        `Cannot open the embedded store at ${file} (is another Parley process using it?): ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  read: Run = async (query: string, params: Params = {}): Promise<Row[]> => {
    const deadline = currentDeadline();
    try {
      const hidden = await this.#hiddenScans(query, params, this.#db);
      const running = this.#db.executeCypher(query, params);
      return this.#rows(query, await (deadline ? deadline.race(running) : running), hidden);
    } catch (error) {
      throw storeError(error);
    }
  };

  #rows(query: string, result: Result, hidden: number): Row[] {
    if (this.#meter && !isSchemaStatement(query)) {
      this.#meter(query, (result.rowsScanned ?? 0) + hidden);
    }
    return result.toArray().map((row) => toPlain(row) as Row);
  }

  /**
   * Rows a metered statement reads without counting them: Grafeo counts only what a range
   * seek on a property index returns, but the seek reads every node of its label (the index is
   * a hash), so each one in the plan costs the label's size. Only when a meter listens.
   */
  async #hiddenScans(
    query: string,
    params: Params,
    on: { executeCypher: Db['executeCypher'] },
  ): Promise<number> {
    if (!this.#meter || isSchemaStatement(query)) return 0;
    const [row] = (await on.executeCypher(`EXPLAIN ${query}`, params)).toArray();
    const plan = String(row?.plan ?? '');
    const sizes = new Map(
      (this.#db.schema() as { labels: { name: string; count: number }[] }).labels.map((l) => [
        l.name,
        l.count,
      ]),
    );
    let hidden = 0;
    for (const [, label] of plan.matchAll(/\[range: [^\]]*\]\n\s*NodeScan \(\w+:(\w+)\)/g)) {
      hidden += sizes.get(label!) ?? 0;
    }
    return hidden;
  }

  write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.#writes.run(() => this.#attempt(work, 1));
  }

  async #attempt<T>(work: (run: Run) => Promise<T>, attempt: number): Promise<T> {
    const deadline = currentDeadline();
    deadline?.check();
    const tx = this.#db.beginTransaction();
    try {
      const run: Run = async (query, params = {}) => {
        deadline?.check();
        const hidden = await this.#hiddenScans(query, params, tx);
        return this.#rows(query, await tx.executeCypher(query, params), hidden);
      };
      const value = await work(run);
      tx.commit();
      return value;
    } catch (error) {
      // Grafeo leaves a failed transaction open: it must be rolled back by hand.
      if (tx.isActive) tx.rollback();
      const failure = storeError(error);
      if (failure.retriable && attempt < MAX_ATTEMPTS) return this.#attempt(work, attempt + 1);
      throw failure;
    }
  }

  async close(): Promise<void> {
    await this.#writes.drain();
    this.#db.close();
  }
}
