/**
 * What runs in the worker threads (pool.ts): the CPU-heavy work of a request, which on the
 * event loop would hold every other request and /health behind it. Each task loads its own
 * modules on first use, so a worker that only ranks brokers never loads the NLP models. A
 * failure comes back as a value, since an AppError's code does not survive the thread hop.
 */
import type { SourceDocument } from '../domain/index.ts';
import type { ActorGraph } from '../analysis/brokers.ts';
import { isAppError } from '../errors/index.ts';

export type Outcome<T> =
  { ok: true; value: T } | { ok: false; code: string | null; message: string };

async function settle<T>(work: () => T | Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return {
      ok: false,
      code: isAppError(error) ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

export async function extractDocument(doc: SourceDocument) {
  const { extract } = await import('../extract/index.ts');
  return settle(() => extract(doc));
}

export async function parseHtml(html: string) {
  const { htmlToArticle } = await import('../extract/html-to-text.ts');
  return settle(() => htmlToArticle(html));
}

export async function rankBrokers(input: {
  graph: ActorGraph;
  parties: string[] | null;
  first: number;
  maxLength?: number;
}) {
  const { rankBrokers: rank } = await import('../analysis/brokers.ts');
  return settle(() =>
    rank(input.graph, input.parties, input.first, { maxLength: input.maxLength ?? Infinity }),
  );
}
