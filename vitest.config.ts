import { defineConfig } from 'vitest/config';

// Tiers by folder: unit (pure), contract (GraphStore spec on every adapter), api (HTTP against
// a real server on port 0), e2e (Chromium). Contract and e2e files start stores and browsers,
// so they run one file at a time on this two-core machine.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
