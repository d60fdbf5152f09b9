/**
 * Whether the explorer's build is current: a fingerprint of everything Vite reads (the
 * client's sources, its config, the lockfile that pins its dependencies) is written beside the
 * build, and `npm start` rebuilds only when the fingerprint changed. Before, every start
 * rebuilt for 25 s and printed a thousand lines of dependency warnings.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INPUTS = ['client', 'package-lock.json'];
export const STAMP = path.join(ROOT, 'dist', 'client', '.build-stamp');

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

/** A hash of the names and contents of every file the client build reads. */
export function clientFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when dist/client was built from the sources as they are now. */
export function clientBuildIsCurrent(fingerprint = clientFingerprint()): boolean {
  return (
    existsSync(path.join(ROOT, 'dist', 'client', 'index.html')) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8').trim() === fingerprint
  );
}
