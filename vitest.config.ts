import { defineConfig } from 'vitest/config';

// Tiers by folder: unit (pure), contract (GraphStore spec on every adapter), api (HTTP against
// a real server on port 0), e2e (Chromium). Contract, API and e2e run on every engine, so
// their project starts the local Neo4j first (tests/neo4j-server/global-setup.ts); a run of
// unit files alone never starts a JVM. Stores and browsers are heavy on this two-core
// machine: one file at a time.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'stores',
          include: ['tests/{contract,api,e2e}/**/*.test.ts'],
          globalSetup: ['tests/neo4j-server/global-setup.ts'],
        },
      },
    ],
  },
});
