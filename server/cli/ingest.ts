/**
 * `npm run ingest -- PATH...`: read articles from files and folders into the store, with a
 * progress bar and a closing summary. Every file, NDJSON line and page is a document of its
 * own: one that fails is named with its reason and the run goes on; the exit code is 1 when any
 * failed. With PARLEY_URL, or when a running Parley holds the embedded store (which opens in
 * one process at a time), the articles go to that server over its API with PARLEY_API_KEY, so
 * nobody has to stop the explorer to add news.
 */
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig, type Config } from '../config/index.ts';
import { AppError, ErrorCode, isAppError } from '../errors/index.ts';
import {
  findRunningParley,
  ingestPaths,
  remoteSink,
  remoteStats,
  type DocumentSink,
} from '../ingest/index.ts';
import { openStore, type GraphStats, type GraphStore } from '../store/index.ts';
import { closeWorkerPool } from '../workers/pool.ts';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run ingest -- PATH... (files or folders of .txt, .ndjson, .html)');
  process.exit(2);
}

interface Target {
  sink: GraphStore | DocumentSink;
  name: string;
  stats(): Promise<GraphStats>;
  close(): Promise<void>;
}

function remoteTarget(url: string, store: string, apiKey: string | null): Target {
  console.log(`Sending the articles to the Parley running at ${url} (store: ${store}).`);
  return {
    sink: remoteSink(url, apiKey),
    name: `${store}, via ${url}`,
    stats: () => remoteStats(url),
    close: async () => undefined,
  };
}

/**
 * PARLEY_URL names the server to send to. Without it the store is opened here, and only when
 * another process holds it (a running server on the embedded store) is the Parley on this
 * machine's PORT asked to take the articles: never a server nobody named while the store is free.
 */
async function openTarget(config: Config): Promise<Target> {
  if (config.serverUrl) {
    const running = await findRunningParley(config.serverUrl);
    if (!running) {
      throw new AppError(
        ErrorCode.STORE_UNAVAILABLE,
        `No Parley answers at PARLEY_URL ${config.serverUrl}`,
      );
    }
    return remoteTarget(config.serverUrl, running, config.apiKey);
  }
  try {
    const store = await openStore(config);
    return {
      sink: store,
      name: store.kind,
      stats: () => store.stats(),
      close: () => store.close(),
    };
  } catch (error) {
    if (!isAppError(error, ErrorCode.STORE_UNAVAILABLE)) throw error;
    const url = `http://127.0.0.1:${config.port}`;
    const running = await findRunningParley(url);
    if (!running) throw error;
    return remoteTarget(url, running, config.apiKey);
  }
}

try {
  const config = loadConfig();
  const target = await openTarget(config);
  const bar = new SingleBar(
    {
      format: 'ingest [{bar}] {value} articles | {file}',
      clearOnComplete: false,
      noTTYOutput: false,
    },
    Presets.shades_classic,
  );
  bar.start(0, 0, { file: '' });
  try {
    const summary = await ingestPaths(target.sink, paths, ({ file, done }) => {
      bar.setTotal(done);
      bar.update(done, { file });
    });
    bar.stop();
    const stats = await target.stats();
    console.log(
      `Read ${summary.read} articles: ${summary.written} written, ${summary.unchanged} unchanged` +
        (summary.replaced ? `, ${summary.replaced} earlier versions replaced` : '') +
        `, ${summary.failed.length} failed.`,
    );
    for (const failure of summary.failed)
      console.log(`  failed ${failure.file}: ${failure.message}`);
    console.log(
      `Store (${target.name}): ${stats.entities} entities, ${stats.relations} relations, ${stats.events} events, ${stats.articles} articles.`,
    );
    process.exitCode = summary.failed.length > 0 ? 1 : 0;
  } finally {
    bar.stop();
    await closeWorkerPool();
    await target.close();
  }
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(`Ingest failed: ${error.message}`);
  process.exit(1);
}
