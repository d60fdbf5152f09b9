/**
 * `npm run ingest -- PATH...`: read articles from files and folders into the configured store
 * (the embedded one in PARLEY_DATA, or Neo4j with NEO4J_URI), with a progress bar and a
 * closing summary. Every file, NDJSON line and page is a document of its own: one that fails
 * is named with its reason and the run goes on; the exit code is 1 when any failed.
 */
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config/index.ts';
import { isAppError } from '../errors/index.ts';
import { ingestPaths } from '../ingest/ingest-documents.ts';
import { openStore } from '../store/index.ts';
import { closeWorkerPool } from '../workers/pool.ts';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run ingest -- PATH... (files or folders of .txt, .ndjson, .html)');
  process.exit(2);
}

try {
  const config = loadConfig();
  const store = await openStore(config);
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
    const summary = await ingestPaths(store, paths, ({ file, done }) => {
      bar.setTotal(done);
      bar.update(done, { file });
    });
    bar.stop();
    const stats = await store.stats();
    console.log(
      `Read ${summary.read} articles: ${summary.written} written, ${summary.unchanged} unchanged` +
        (summary.replaced ? `, ${summary.replaced} earlier versions replaced` : '') +
        `, ${summary.failed.length} failed.`,
    );
    for (const failure of summary.failed)
      console.log(`  failed ${failure.file}: ${failure.message}`);
    console.log(
      `Store (${store.kind}): ${stats.entities} entities, ${stats.relations} relations, ${stats.events} events, ${stats.articles} articles.`,
    );
    process.exitCode = summary.failed.length > 0 ? 1 : 0;
  } finally {
    bar.stop();
    await closeWorkerPool();
    await store.close();
  }
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(`Ingest failed: ${error.message}`);
  process.exit(1);
}
