import { configDefaults, defineConfig } from 'vitest/config';

// Checks that need no build but live with the site tests they belong to.
const unitSiteTests = ['tests/site/starlight-overrides.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'build/**/*.test.ts', ...unitSiteTests],
          environment: 'node',
        },
      },
      {
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'component',
          include: ['src/components/**/*.test.tsx'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...unitSiteTests],
          environment: 'node',
          globalSetup: ['tests/support/site-builds.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
