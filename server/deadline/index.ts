/**
 * The time budget of one request, carried implicitly (AsyncLocalStorage) from the HTTP layer
 * into resolvers, worker tasks and store calls, so that no signature between them has to pass
 * it along and nothing a request starts can outlive it unnoticed. Reads are abandoned when it
 * runs out (Neo4j also stops them through its transaction timeout); writes stop between
 * statements, rolled back, never in the middle of one; worker tasks are ended. Work with no
 * deadline (the ingest CLI, start-up seeding) runs as long as it needs.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError, ErrorCode } from '../errors/index.ts';

export class Deadline {
  #at: number;
  #budget: number;
  #timer: NodeJS.Timeout | undefined;
  readonly #controller = new AbortController();

  constructor(budgetMs: number) {
    this.#budget = budgetMs;
    this.#at = Date.now() + budgetMs;
    this.#arm();
  }

  /** Aborted, with the TIMEOUT error as its reason, when the budget runs out. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get budgetMs(): number {
    return this.#budget;
  }

  remainingMs(): number {
    return Math.max(0, this.#at - Date.now());
  }

  /** A new budget from now, as long as the deadline has not passed (a mutation's longer one). */
  reset(budgetMs: number): void {
    if (this.#controller.signal.aborted) return;
    this.#budget = budgetMs;
    this.#at = Date.now() + budgetMs;
    this.#arm();
  }

  error(): AppError {
    return new AppError(
      ErrorCode.TIMEOUT,
      `The request ran out of its time budget (${this.#budget} ms) and was stopped`,
    );
  }

  /** Throws TIMEOUT once the budget has run out. */
  check(): void {
    if (this.#controller.signal.aborted || Date.now() >= this.#at) throw this.error();
  }

  /** `work`'s result, or TIMEOUT when the budget runs out first (the work is abandoned). */
  race<T>(work: Promise<T>): Promise<T> {
    this.check();
    const signal = this.#controller.signal;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(signal.reason as Error);
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error as Error);
        },
      );
    });
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#controller.abort(this.error()), this.remainingMs());
    this.#timer.unref();
  }
}

const storage = new AsyncLocalStorage<Deadline>();

/** The deadline of the request being served, or null outside one. */
export const currentDeadline = (): Deadline | null => storage.getStore() ?? null;

/** Runs `work` (and everything it starts) under `deadline`. */
export const withDeadline = <T>(deadline: Deadline, work: () => T): T =>
  storage.run(deadline, work);
