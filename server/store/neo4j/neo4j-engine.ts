/**
 * The Neo4j engine: the only module that talks to neo4j-driver. Reads go through
 * `executeQuery` with READ routing, so a cluster spreads them over its readers; writes go
 * one at a time (write-queue.ts), each one transaction through `executeWrite`, which retries
 * it whole while the driver says the failure is retriable (a deadlock with another process,
 * a lost leader). Within a request, the time left of its deadline is the transaction timeout,
 * so Neo4j itself stops a query the request no longer waits for. Driver values (Integer, temporal types, nodes) become plain JS here and
 * nowhere else.
 */
import neo4j, {
  type Driver,
  type ProfiledPlan,
  type Record as Neo4jRecord,
  type ResultSummary,
} from 'neo4j-driver';
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
import { toParam, toPlain } from './driver-values.ts';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

/** Neo4j reads a timeout of 0 as "none": a spent budget still gets a timeout that ends it. */
const timeoutMs = (remaining: number) => Math.max(1, Math.ceil(remaining));

const toRow = (record: Neo4jRecord): Row => toPlain(record.toObject()) as Row;

/** Database hits of a profiled plan, its operators and theirs. */
const dbHits = (plan: ProfiledPlan | false): number =>
  plan ? plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0) : 0;

function storeError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new AppError(ErrorCode.TIMEOUT, 'The request ran out of its time budget in Neo4j', {
      cause: error,
    });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new AppError(ErrorCode.STORE_UNAVAILABLE, `Neo4j is unavailable: ${message}`, {
      cause: error,
      retriable: true,
    });
  }
  return new AppError(ErrorCode.STORE_FAILED, `Neo4j failed (${code || 'unknown'}): ${message}`, {
    cause: error,
  });
}

export class Neo4jEngine implements CypherEngine {
  readonly kind = 'neo4j' as const;
  readonly #driver: Driver;
  readonly #database: string | undefined;
  readonly #writes = new WriteQueue();
  readonly #meter: ScanMeter | null;

  private constructor(driver: Driver, database: string | undefined, meter: ScanMeter | null) {
    this.#driver = driver;
    this.#database = database;
    this.#meter = meter;
  }

  static async connect(
    options: Neo4jOptions,
    { meter }: { meter?: ScanMeter } = {},
  ): Promise<Neo4jEngine> {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
    try {
      await driver.verifyConnectivity({ database: options.database });
    } catch (error) {
      await driver.close();
      throw storeError(error);
    }
    return new Neo4jEngine(driver, options.database, meter ?? null);
  }

  /** The statement as sent: profiled when a meter listens, so that it can be told the hits. */
  #profiled(query: string): boolean {
    return this.#meter !== null && !isSchemaStatement(query);
  }

  #measure(query: string, summary: ResultSummary): void {
    if (this.#profiled(query)) this.#meter!(query, dbHits(summary.profile));
  }

  read: Run = async (query: string, params: Params = {}): Promise<Row[]> => {
    const deadline = currentDeadline();
    try {
      const config = {
        routing: neo4j.routing.READ,
        database: this.#database,
        transactionConfig: deadline ? { timeout: timeoutMs(deadline.remainingMs()) } : {},
      };
      if (this.#profiled(query)) {
        const profiled = this.#driver.executeQuery(
          `PROFILE ${query}`,
          toParam(params) as Params,
          config,
        );
        const { records, summary } = await (deadline ? deadline.race(profiled) : profiled);
        this.#measure(query, summary);
        return records.map(toRow);
      }
      const running = this.#driver.executeQuery(query, toParam(params) as Params, {
        ...config,
        resultTransformer: neo4j.resultTransformers.mappedResultTransformer({
          map: toRow,
          collect: (rows: Row[]) => rows,
        }),
      });
      return await (deadline ? deadline.race(running) : running);
    } catch (error) {
      throw storeError(error);
    }
  };

  write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.#writes.run(() => this.#write(work));
  }

  async #write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    const deadline = currentDeadline();
    deadline?.check();
    const session = this.#driver.session({
      database: this.#database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(
        (tx) =>
          work(async (query, params = {}) => {
            deadline?.check();
            const sent = this.#profiled(query) ? `PROFILE ${query}` : query;
            const result = await tx.run(sent, toParam(params) as Params);
            this.#measure(query, result.summary);
            return result.records.map(toRow);
          }),
        deadline ? { timeout: timeoutMs(deadline.remainingMs()) } : {},
      );
    } catch (error) {
      throw storeError(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.#writes.drain();
    await this.#driver.close();
  }
}
