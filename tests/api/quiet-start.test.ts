/**
 * `npm start` is quiet and does not build what is built. Before, every start rebuilt the
 * explorer (25 s) and printed about a thousand lines of dependency warnings. Now the real
 * server/cli/start.ts serves a current build as it is, printing nothing of a build and no
 * warning; when the explorer's sources changed since the build (a stamp that no longer
 * matches), it builds once, quietly, and the stamp is current again. How fast it serves is a
 * figure for `npm run bench:start`, not a test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAMP, clientBuildIsCurrent } from '../../server/cli/client-build.ts';
import { startMain, type MainProcess } from '../helpers/parley-process.ts';

const work = mkdtempSync(path.join(tmpdir(), 'parley-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm start` on an empty store, stopped once the story has looked at it. */
async function npmStart(name: string): Promise<MainProcess> {
  return startMain(
    { PARLEY_DATA: path.join(work, name), PARLEY_SEEDS: path.join(work, 'no-seeds') },
    'server/cli/start.ts',
  );
}

const stop = async (parley: MainProcess) => {
  parley.signal('SIGTERM');
  expect(await parley.exited).toBe(0);
};

/** Lines a user would take for trouble. */
const warnings = (output: string) =>
  output.split('\n').filter((line) => /\bwarn(?:ing)?\b|deprecat|error/i.test(line));

describe('npm start', () => {
  let stamp: string;
  beforeAll(() => {
    // The test command builds the explorer before the tests run (npm run build).
    expect(clientBuildIsCurrent(), 'dist/client is built and stamped').toBe(true);
    stamp = readFileSync(STAMP, 'utf8');
  });
  afterAll(() => {
    // Whatever happened, the build is left stamped as current for the suites after this one.
    if (!clientBuildIsCurrent()) writeFileSync(STAMP, stamp);
  });

  it('when the explorer is built from the sources as they are, then start serves it without building, and prints no warning', async () => {
    const parley = await npmStart('current');
    try {
      expect(parley.output()).not.toMatch(/Building the explorer/);
      expect(warnings(parley.output())).toEqual([]);
      const page = await fetch(`${parley.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
    } finally {
      await stop(parley);
    }
  });

  it('when the sources changed since the build, then start builds once, quietly, and the next start does not', async () => {
    writeFileSync(STAMP, 'a build of other sources\n');
    expect(clientBuildIsCurrent()).toBe(false);
    const first = await npmStart('changed');
    try {
      expect(first.output()).toMatch(/Building the explorer/);
      expect(warnings(first.output())).toEqual([]);
      expect((await fetch(`${first.url}/`)).status).toBe(200);
    } finally {
      await stop(first);
    }
    expect(clientBuildIsCurrent()).toBe(true);
    const second = await npmStart('again');
    try {
      expect(second.output()).not.toMatch(/Building the explorer/);
    } finally {
      await stop(second);
    }
  }, 120_000);
});
