import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built site, served on 127.0.0.1.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/site-builds.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: CI machines have two cores.
    fileParallelism: false,
  },
});
