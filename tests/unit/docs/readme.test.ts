/**
 * The README stays true where it is easiest to let slip: it lists every environment variable
 * the code reads, and the example queries GraphiQL opens on, word for word.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../../client/src/example-queries.ts';
import { ROOT } from '../../../server/cli/client-build.ts';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (name === 'node_modules' || name === 'generated' || name === 'target') return [];
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sources(rel);
    return /\.(ts|js|mjs)$/.test(name) ? [rel] : [];
  });
}

describe('README', () => {
  it('when the code reads an environment variable, then the README documents it', () => {
    const names = new Set<string>();
    for (const file of ['server', 'bench', 'tests', 'client/src'].flatMap(sources)) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const m of text.matchAll(
        /process\.env(?:\.([A-Z][A-Z0-9_]+)|\[['"]([A-Z][A-Z0-9_]+)['"]\])/g,
      ))
        names.add(m[1] ?? m[2]!);
    }
    // The server's own configuration is one schema: each key is a variable.
    const config = readFileSync(path.join(ROOT, 'server/config/index.ts'), 'utf8');
    for (const m of config.matchAll(/^\s{2}([A-Z][A-Z0-9_]+): z\./gm)) names.add(m[1]!);
    // The shell's own search path, passed on to the CLIs the tests start, configures nothing.
    names.delete('PATH');
    expect(names.size).toBeGreaterThan(15);
    expect([...names].filter((name) => !README.includes(`\`${name}\``)).sort()).toEqual([]);
  });

  it('when GraphiQL opens on the example queries, then the README shows the same five', () => {
    expect(EXAMPLE_QUERIES).toHaveLength(5);
    for (const example of EXAMPLE_QUERIES) expect(README).toContain(example.query);
  });
});
