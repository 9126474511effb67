import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'bench',
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    globalSetup: ['tests/support/site-builds.ts'],
    testTimeout: 900_000,
    hookTimeout: 60_000,
  },
});
