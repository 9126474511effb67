import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// src/components/overrides/ copies or wraps Starlight components. When Starlight changes one of
// those originals (a bug fix, new markup), this test fails and names it, so the change is ported
// on purpose instead of being lost under our copy. Needs no build: it runs with the unit tests.

interface Original {
  sha256: string;
  check: string;
}

const projectRoot = path.resolve(import.meta.dirname, '../..');
const recordFile = path.join(import.meta.dirname, 'starlight-overrides.json');
const record = JSON.parse(readFileSync(recordFile, 'utf8')) as {
  starlight: string;
  originals: Record<string, Original>;
};
const resolver = createRequire(import.meta.url);

const originalFile = (name: string) =>
  resolver.resolve(`@astrojs/starlight/components/${name}.astro`);
const overrideFile = (name: string) =>
  path.join(projectRoot, 'src/components/overrides', `${name}.astro`);

function installedStarlight(): string {
  let dir = path.dirname(originalFile('Footer'));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string })
    .version;
}

/** The Starlight components astro.config.ts replaces with a file in src/components/overrides/. */
function configuredOverrides(): string[] {
  const config = readFileSync(path.join(projectRoot, 'astro.config.ts'), 'utf8');
  return [...config.matchAll(/(\w+): '\.\/src\/components\/overrides\/(\w+)\.astro'/g)].map(
    ([, name, file]) => {
      expect(file, `astro.config.ts maps ${name} to ${file}.astro`).toBe(name);
      return name;
    },
  );
}

describe('Starlight originals of our overrides', () => {
  it('records every component astro.config.ts overrides, and only those', () => {
    expect(Object.keys(record.originals).sort()).toEqual(configuredOverrides().sort());
  });

  it.each(Object.entries(record.originals))('%s is unchanged', (name, original) => {
    const actual = createHash('sha256')
      .update(readFileSync(originalFile(name)))
      .digest('hex');
    if (actual !== original.sha256) {
      expect.fail(
        `Starlight's ${name}.astro has changed (recorded for Starlight ${record.starlight}, ` +
          `installed ${installedStarlight()}). src/components/overrides/${name}.astro is based ` +
          `on it. To check: ${original.check} Then record sha256 ${actual} for ${name} in ` +
          `tests/site/starlight-overrides.json, with the installed Starlight version.`,
      );
    }
  });

  it.each(Object.keys(record.originals))('the %s override names its original', (name) => {
    const source = readFileSync(overrideFile(name), 'utf8');
    expect(source, `src/components/overrides/${name}.astro`).toContain(
      `Original: @astrojs/starlight/components/${name}.astro`,
    );
  });
});
