/**
 * Parley as a user starts it: `node server/main.ts` (or another entry, such as `npm start`'s
 * server/cli/start.ts) in a process of its own on port 0, handed back once it says where it
 * serves, with everything it printed and a way to signal it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface MainProcess {
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Its exit code; null when a signal ended it. */
  exited: Promise<number | null>;
  signal(name: NodeJS.Signals): void;
}

/** `node <script>` with `env` on port 0, once it says where it serves. */
export async function startMain(
  env: Record<string, string>,
  script = 'server/main.ts',
): Promise<MainProcess> {
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    // Nothing of the caller's own configuration leaks in (a NEO4J_URI would move an embedded
    // story to Neo4j): only what the story sets.
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Parley on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => reject(new Error(`Parley ended before serving:\n${output}`)));
  });
  return { url, output: () => output, exited, signal: (name) => child.kill(name) };
}
