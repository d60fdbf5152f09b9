/**
 * How long `npm start` takes to serve once the explorer is built: starts it on a port of its
 * own and a store of its own (seeded by the first start), and prints the seconds from launch
 * to the first answer of /health, and how many lines the start printed. The issue asks for
 * under 5 s and no dependency warnings.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PORT = 4600 + Math.floor(Math.random() * 300);
const data = mkdtempSync(path.join(tmpdir(), 'parley-start-'));

async function once(label: string): Promise<void> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', PARLEY_DATA: data },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: npm and the server it runs are stopped together.
    detached: true,
  });
  let lines = 0;
  const count = (chunk: Buffer) => (lines += chunk.toString().split('\n').length - 1);
  child.stdout.on('data', count);
  child.stderr.on('data', count);
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: serving after ${seconds.toFixed(2)} s, ${lines} lines printed`);
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  // The server stops after npm does: wait until the port is free again.
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${PORT}/health`);
      await new Promise((r) => setTimeout(r, 50));
    } catch {
      break;
    }
  }
}

try {
  await once('first start (builds if the sources changed, seeds an empty store)');
  await once('second start');
  await once('third start');
} finally {
  rmSync(data, { recursive: true, force: true });
}
