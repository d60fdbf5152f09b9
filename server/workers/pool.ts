/**
 * The worker threads that keep CPU-heavy work off the event loop: extraction, HTML parsing and
 * betweenness (tasks.ts), one pool per process sized to the cores, started on first use. A
 * task inherits the deadline of the request that asked for it: when it runs out, the task's
 * thread is ended and the caller gets TIMEOUT, so a runaway input costs one thread for the
 * length of one budget, never the server. Each thread has a memory ceiling for the same reason.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { currentDeadline } from '../deadline/index.ts';
import { AppError, ErrorCode } from '../errors/index.ts';
import type * as Tasks from './tasks.ts';

type TaskName = 'extractDocument' | 'parseHtml' | 'rankBrokers';
type Input<K extends TaskName> = Parameters<(typeof Tasks)[K]>[0];
type Value<K extends TaskName> =
  Awaited<ReturnType<(typeof Tasks)[K]>> extends Tasks.Outcome<infer T> ? T : never;

/** Heap per thread: a 5 MB article extracts in a few hundred MB; past this, the input is a bomb. */
const HEAP_MB = 1024;

let pool: Piscina | null = null;

function workers(): Piscina {
  pool ??= new Piscina({
    filename: new URL('./tasks.ts', import.meta.url).href,
    maxThreads: availableParallelism(),
    minThreads: 1,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
  });
  return pool;
}

/** Runs one task in a worker thread, bounded by the current request's deadline. */
export async function runInWorker<K extends TaskName>(name: K, input: Input<K>): Promise<Value<K>> {
  const deadline = currentDeadline();
  deadline?.check();
  // What a document did to the extractor is that document's failure; a broken ranking is ours.
  const failed = name === 'rankBrokers' ? ErrorCode.INTERNAL : ErrorCode.BAD_ARTICLE;
  let outcome: Tasks.Outcome<Value<K>>;
  try {
    outcome = await workers().run(input, { name, signal: deadline?.signal ?? null });
  } catch (error) {
    if (deadline?.signal.aborted) throw deadline.error();
    const message = error instanceof Error ? error.message : String(error);
    // A thread that died (out of memory, a crash in native code) fails this task alone.
    throw new AppError(failed, `The worker running ${name} failed: ${message}`, { cause: error });
  }
  if (outcome.ok) return outcome.value;
  const code = Object.values(ErrorCode).includes(outcome.code as ErrorCode)
    ? (outcome.code as ErrorCode)
    : failed;
  throw new AppError(code, outcome.message);
}

/** Ends the threads; the next task starts a new pool. */
export async function closeWorkerPool(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.destroy();
}
