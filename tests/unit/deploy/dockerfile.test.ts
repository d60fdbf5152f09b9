/**
 * The image runs Parley in production mode. Before, NODE_ENV was unset in the Dockerfile, so
 * Express and Apollo ran as in development. It must be set after the build, which needs the
 * dev dependencies that production mode would leave out of `npm install`.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('when the image is built, then NODE_ENV is production from after the build on', () => {
  const lines = readFileSync(new URL('../../../Dockerfile', import.meta.url), 'utf8').split('\n');
  const build = lines.findIndex((l) => /^RUN npm run build\b/.test(l));
  const env = lines.findIndex((l) => /^ENV NODE_ENV=production\s*$/.test(l));
  expect(build).toBeGreaterThan(0);
  expect(env).toBeGreaterThan(build);
  expect(lines.slice(env).some((l) => /^CMD \["node", "server\/main\.ts"\]/.test(l))).toBe(true);
});
