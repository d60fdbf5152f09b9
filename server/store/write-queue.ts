/**
 * One write at a time per process, on any engine. Article writes MERGE the same entities, and
 * concurrent ones fight over them: the embedded engine reports a conflict, Neo4j a deadlock
 * (measured: 171 articles written at once lost 72 to DeadlockDetected without retries, and 4
 * even with the driver's 30 s of retries). Queued, they never meet; what other processes do
 * is left to each engine's retries.
 */
export class WriteQueue {
  #tail: Promise<unknown> = Promise.resolve();

  /** Runs `work` once every write queued before it has settled. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#tail.then(work);
    // The queue goes on after a failed write; the failure belongs to its caller.
    this.#tail = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every queued write has settled. */
  async drain(): Promise<void> {
    await this.#tail;
  }
}
