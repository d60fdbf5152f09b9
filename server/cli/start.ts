/**
 * `npm start`: builds the explorer when its sources changed since the last build (Vite, its
 * output kept short), then runs the server (main.ts) in this process. The server needs no
 * code generation to run: the generated resolver types are types only.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, STAMP, clientBuildIsCurrent, clientFingerprint } from './client-build.ts';

const fingerprint = clientFingerprint();
if (!clientBuildIsCurrent(fingerprint)) {
  console.log('Building the explorer (its sources changed since the last build)…');
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (built.status !== 0) {
    console.error('The explorer did not build; see above.');
    process.exit(built.status ?? 1);
  }
  writeFileSync(STAMP, `${fingerprint}\n`);
}
await import('../main.ts');
