// ESLint (flat config) for `npm run lint`: typescript-eslint's recommended rules (without type
// information, so the run stays fast), the rules of hooks for our Preact islands, no import
// cycles, and nothing under src/ importing from scripts/.
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const extensions = ['.ts', '.tsx', '.js', '.mjs'];

export default defineConfig([
  globalIgnores(['dist/', 'dist-base/', 'node_modules/', '.astro/', 'audit-report/', 'coverage/']),

  // Every .ts/.tsx/.mts file (src, scripts, tests, bench, build, the configs) and, as ESLint does
  // by default, every .js/.mjs file outside the ignored folders.
  tseslint.configs.recommended,

  {
    name: 'partnerwijzer/rules',
    rules: {
      // Our convention: "_" marks a parameter kept for the signature, and `{ id: _, ...rest }`
      // drops a property.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  {
    name: 'partnerwijzer/hooks',
    files: ['src/**/*.{ts,tsx}'],
    // The plugin goes by the name (useState, useEffect, useX), so Preact's hooks from
    // 'preact/hooks' are recognised just like React's.
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },

  {
    name: 'partnerwijzer/imports',
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': extensions,
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions,
          // TypeScript's ESM convention: "./x.js" may name x.ts.
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: {
      // Only our own files: Astro's virtual modules (astro:content, ...) resolve to no file and
      // .astro components are not parsed, so neither is followed.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },

  {
    name: 'partnerwijzer/src-not-scripts',
    files: ['src/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+scripts(/|$)',
              message:
                'src/ must not import from scripts/ (the Node scripts around the site): move the shared code out of scripts/.',
            },
          ],
        },
      ],
    },
  },
]);
