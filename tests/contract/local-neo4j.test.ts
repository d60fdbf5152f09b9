/**
 * The local Neo4j launcher leaves nothing running: its JVM ends with its parent, even one
 * killed with -9 that could not stop it (the JVM's input closes and it shuts down). Without
 * Java or a built launcher the test is skipped with the reason printed.
 */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { whyNoLauncher } from '../neo4j-server/launch.ts';

const LAUNCH = new URL('../neo4j-server/launch.ts', import.meta.url).href;
const missing = process.env.PARLEY_TEST_NEO4J === 'off' ? 'PARLEY_TEST_NEO4J=off' : whyNoLauncher();
if (missing) console.warn(`[neo4j] launcher test skipped: ${missing}`);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it.skipIf(missing)(
  'when the process that started the local Neo4j is killed with -9, then the JVM exits by itself',
  async () => {
    const parent = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { startLocalNeo4j } = await import(${JSON.stringify(LAUNCH)});
         const neo4j = await startLocalNeo4j();
         console.log('jvm ' + neo4j.pid);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const jvm = await new Promise<number>((resolve, reject) => {
      parent.stdout.on('data', (chunk: Buffer) => {
        const found = /jvm (\d+)/.exec(chunk.toString());
        if (found) resolve(Number(found[1]));
      });
      parent.once('exit', (code) => reject(new Error(`the parent exited first (${code})`)));
    });
    expect(alive(jvm)).toBe(true);
    parent.kill('SIGKILL');
    await expect.poll(() => alive(jvm), { timeout: 20_000, interval: 200 }).toBe(false);
  },
  150_000,
);
