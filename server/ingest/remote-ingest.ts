/**
 * Sending articles to a running Parley instead of opening its store: the embedded store opens
 * in one process at a time, so while the explorer runs, `npm run ingest` reads the files here
 * and hands each one to the server's ingestArticle mutation, which extracts and writes it as
 * if it had been posted by anyone else with the API key.
 */
import { specOf, type CorrectionSpec } from '../corrections/index.ts';
import type { SourceDocument } from '../domain/index.ts';
import { AppError, ErrorCode } from '../errors/index.ts';
import type { GraphStats } from '../store/index.ts';
import type { DocumentSink } from './ingest-documents.ts';

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { written replaced } }`;

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post<T>(
  url: string,
  apiKey: string | null,
  query: string,
  variables = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new AppError(
      ErrorCode.STORE_UNAVAILABLE,
      `Parley at ${url} did not answer: ${(error as Error).message}`,
    );
  }
  const answer = (await response.json().catch(() => ({}))) as GraphqlAnswer<T>;
  const [first] = answer.errors ?? [];
  if (first) {
    const code = first.extensions?.code;
    // Say what to do, not only what went wrong: the key is the usual reason.
    const hint =
      code === 'UNAUTHENTICATED' || code === 'FORBIDDEN'
        ? ' (run the server and the ingest with the same PARLEY_API_KEY)'
        : '';
    throw new AppError(
      (code as ErrorCode | undefined) ?? ErrorCode.STORE_FAILED,
      `${first.message}${hint}`,
    );
  }
  if (!answer.data)
    throw new AppError(ErrorCode.STORE_FAILED, `Parley at ${url} answered ${response.status}`);
  return answer.data;
}

/**
 * The running Parley at `url`, or null when nothing answers there as one: its /health names
 * its store. Asked briefly, so that an ingest with no server starts at once.
 */
export async function findRunningParley(url: string, timeoutMs = 1000): Promise<string | null> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json()) as { store?: unknown };
    return typeof body.store === 'string' ? body.store : null;
  } catch {
    return null;
  }
}

export function remoteSink(url: string, apiKey: string | null): DocumentSink {
  return async (doc: SourceDocument) => {
    const { ingestArticle } = await post<{
      ingestArticle: { written: boolean; replaced: string[] };
    }>(url, apiKey, INGEST, {
      input: {
        id: doc.key ?? null,
        file: doc.file,
        title: doc.title,
        url: doc.url,
        published: doc.published,
        source: doc.source,
        text: doc.text,
      },
    });
    return ingestArticle;
  };
}

/** The server's active corrections in the order they apply (oldest first). */
export async function remoteCorrections(
  url: string,
): Promise<{ id: string; spec: CorrectionSpec }[]> {
  const { corrections } = await post<{ corrections: { id: string; at: string; after: string }[] }>(
    url,
    null,
    '{ corrections(active: true, first: 1000) { id at after } }',
  );
  return corrections
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .map((c) => ({ id: c.id, spec: specOf(c) }));
}

export async function remoteStats(url: string): Promise<GraphStats> {
  return (
    await post<{ stats: GraphStats }>(url, null, '{ stats { entities relations events articles } }')
  ).stats;
}
