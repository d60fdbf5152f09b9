/**
 * Starts and stops the local Neo4j of `tests/neo4j-server/` (the Java launcher built by
 * `mvn -q -B package` there) from Node: for the tests' global setup, `npm run neo4j` and the
 * store benchmark. The JVM is a child whose standard input this process holds: it exits when
 * that closes, so it cannot outlive us even when we are killed; `stop()` closes it, then
 * sends SIGTERM if the JVM lingers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = fileURLToPath(new URL('.', import.meta.url));
const CLASSES = path.join(LAUNCHER_DIR, 'target', 'classes');
const LIB = path.join(LAUNCHER_DIR, 'target', 'lib');
export const BUILD_COMMAND = 'mvn -q -B package';

/** The flags Neo4j's own neo4j.conf gives its JVM: Netty and the page cache reach into NIO. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

const java = (): string =>
  process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

export const hasCommand = (command: string, args: string[]): boolean =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** Null when the launcher can start here; otherwise what is missing, in words a person can act on. */
export function whyNoLauncher(): string | null {
  if (!hasCommand(java(), ['-version'])) return 'no Java (OpenJDK 17 or later is needed)';
  const built =
    existsSync(path.join(CLASSES, 'parley', 'Neo4jServer.class')) &&
    existsSync(LIB) &&
    readdirSync(LIB).some((file) => file.startsWith('neo4j-kernel-'));
  if (!built) {
    return hasCommand('mvn', ['-v'])
      ? `the launcher is not built (run \`${BUILD_COMMAND}\` in tests/neo4j-server)`
      : 'the launcher is not built and there is no Maven to build it';
  }
  return null;
}

export interface LocalNeo4j {
  /** bolt://127.0.0.1:PORT; authentication is off, so any user and password are accepted. */
  uri: string;
  /** Milliseconds from spawning the JVM to "ready" (a query has run). */
  startMs: number;
  pid: number;
  /** Closes the JVM's input, then sends SIGTERM if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface LaunchOptions {
  /** 0 (the default) lets the launcher pick a free port and report it. */
  port?: number;
  /** A folder that keeps the database; by default a temporary one removed at exit. */
  dataDir?: string;
  /** Java heap, such as "768m" or "2g". */
  heap?: string;
  /** Page cache in MiB (128 by default). */
  pageCacheMb?: number;
  /** An HTTP port: the full server starts, with Neo4j Browser at /browser/ on that port. */
  browser?: number;
  timeoutMs?: number;
  /** Every line the JVM writes, for a command that shows them. */
  onOutput?: (line: string) => void;
}

export async function startLocalNeo4j(options: LaunchOptions = {}): Promise<LocalNeo4j> {
  const { port = 0, dataDir, heap = '768m', pageCacheMb = 128, browser, onOutput } = options;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const missing = whyNoLauncher();
  if (missing) throw new Error(`Cannot start the local Neo4j: ${missing}`);
  const args = [
    `-Xms256m`,
    `-Xmx${heap}`,
    `-Dparley.pagecache.mb=${pageCacheMb}`,
    ...JVM_FLAGS,
    '-cp',
    `${CLASSES}${path.delimiter}${path.join(LIB, '*')}`,
    'parley.Neo4jServer',
    String(port),
    ...(dataDir ? [path.resolve(dataDir)] : []),
    ...(browser === undefined ? [] : ['--browser', String(browser)]),
  ];
  const started = performance.now();
  const child = spawn(java(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const tail: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      tail.push(line);
      if (tail.length > 20) tail.shift();
      onOutput?.(line);
    }
  };
  child.stderr.on('data', remember);

  const stop = async (graceMs = 10_000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.stdin.end();
    const timer = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
    if ((await Promise.race([exited.then(() => 'exited'), timer(graceMs)])) === 'exited') return;
    child.kill('SIGTERM');
    if ((await Promise.race([exited.then(() => 'exited'), timer(graceMs)])) === 'exited') return;
    child.kill('SIGKILL');
    await exited;
  };

  const uri = await new Promise<string>((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      void stop(2_000);
      const output = tail.length ? `; its last output:\n${tail.join('\n')}` : '';
      reject(new Error(`The local Neo4j did not start: ${why}${output}`));
    };
    const timeout = setTimeout(
      () => fail(`no "ready" within ${Math.round(timeoutMs / 1000)} s`),
      timeoutMs,
    );
    child.once('error', (error) => fail(error.message));
    void exited.then((code) => fail(`the JVM exited (code ${code ?? child.signalCode})`));
    let printed = ''; // the line may come in two chunks
    child.stdout.on('data', (chunk: Buffer) => {
      remember(chunk);
      if (settled) return;
      printed += chunk.toString();
      const ready = /^ready (bolt:\/\/\S+)$/m.exec(printed);
      if (ready && !settled) {
        settled = true;
        clearTimeout(timeout);
        resolve(ready[1]!);
      }
    });
  });
  return { uri, startMs: performance.now() - started, pid: child.pid!, stop };
}
