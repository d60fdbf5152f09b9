/**
 * A resumed ingest: the articles a first, interrupted run already stored are recognised by
 * their text (an article's id is a hash of it) before the extractor sees them, so running the
 * ingest again over the whole folder extracts and writes only the rest.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ingestPaths } from '../../server/ingest/index.ts';
import { openEmbeddedStore, openNeo4jStore, type GraphStore } from '../../server/store/index.ts';
import { emptiedNeo4j, forEachEngine, neo4jTarget } from '../helpers/engines.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const files = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(SEEDS, f));

forEachEngine('a resumed ingest', (engine) => {
  let store: GraphStore;
  let written: string[];
  beforeEach(async () => {
    if (engine === 'neo4j') await (await emptiedNeo4j()).close();
    store =
      engine === 'embedded' ? await openEmbeddedStore(null) : await openNeo4jStore(neo4jTarget()!);
    written = [];
    // Every article that reaches the store: the extractor runs for these and no others.
    const write = store.writeExtraction.bind(store);
    store.writeExtraction = (x) => {
      written.push(x.article.file);
      return write(x);
    };
  });
  afterEach(async () => {
    await store.close();
  });

  it('when a folder is ingested again after a run that stopped part way, then only the articles not yet stored are extracted and written', async () => {
    expect(files.length).toBeGreaterThan(2);
    const first = await ingestPaths(store, files.slice(0, 2));
    expect(first).toMatchObject({ written: 2, unchanged: 0 });
    written = [];
    const resumed = await ingestPaths(store, [SEEDS]);
    expect(resumed).toMatchObject({ written: files.length - 2, unchanged: 2, failed: [] });
    expect(written.map((f) => path.basename(f)).sort()).toEqual(
      files.slice(2).map((f) => path.basename(f)),
    );
    written = [];
    expect(await ingestPaths(store, [SEEDS])).toMatchObject({
      written: 0,
      unchanged: files.length,
    });
    expect(written).toEqual([]);
  });

  it('when a stored text comes again under a corrected header, then it is extracted and written again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-resume-'));
    try {
      const file = path.join(dir, 'article.txt');
      const text = readFileSync(files[0]!, 'utf8');
      writeFileSync(file, `title: First title\n\n${text}`);
      expect(await ingestPaths(store, [file])).toMatchObject({ written: 1 });
      written = [];
      writeFileSync(file, `title: Corrected title\n\n${text}`);
      expect(await ingestPaths(store, [file])).toMatchObject({ written: 1, unchanged: 0 });
      expect(written.map((f) => path.basename(f))).toEqual(['article.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
