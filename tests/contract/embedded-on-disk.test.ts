/**
 * What only the embedded engine has to show: its store is a file that outlives the process.
 * The contracts every engine meets are in stores.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../server/store/index.ts';
import { buildExtraction } from '../helpers/extraction-builder.ts';

describe('embedded store on disk', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when the store is closed and opened again, then what was written is still there', async () => {
    const first = await openEmbeddedStore(dir);
    await first.writeExtraction(
      buildExtraction({
        text: 'Sara Lind met Omar Haddad.',
        entities: [
          ['Person', 'Sara Lind'],
          ['Person', 'Omar Haddad'],
        ],
      }),
    );
    await first.close();
    const second = await openEmbeddedStore(dir);
    try {
      expect(await second.stats()).toMatchObject({ entities: 2, articles: 1 });
    } finally {
      await second.close();
    }
  });
});
