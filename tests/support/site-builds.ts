// The two builds the tests read: the site at the root of a domain, and the same site
// hosted under a sub-path. Each is rebuilt only when its inputs changed since the last
// build the tests made (a hash of the sources, kept outside dist/).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface SiteBuild {
  name: string;
  outDir: string;
  base: string;
  site: string;
}

export const rootBuild: SiteBuild = {
  name: 'root',
  outDir: path.join(projectRoot, 'dist'),
  base: '/',
  site: 'https://partnerwijzer.nl',
};

export const subPathBuild: SiteBuild = {
  name: 'sub-path',
  outDir: path.join(projectRoot, 'dist-base'),
  base: '/partnerwijzer/',
  site: 'https://example.org',
};

export const siteBuilds = [rootBuild, subPathBuild];

const INPUTS = ['src', 'build', 'public', 'astro.config.ts', 'package-lock.json', 'tsconfig.json'];

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (statSync(entry).isFile()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .flatMap((child) => listFiles(path.join(entry, child.name)))
    .sort();
}

function inputHash(build: SiteBuild): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ base: build.base, site: build.site, mode: 'production' }));
  for (const file of INPUTS.flatMap((input) => listFiles(path.join(projectRoot, input)))) {
    hash.update(path.relative(projectRoot, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

const stampDir = path.join(projectRoot, 'node_modules', '.cache', 'partnerwijzer');
const stampFile = (build: SiteBuild) => path.join(stampDir, `${build.name}.build-hash`);

export function ensureBuilt(build: SiteBuild): void {
  const hash = inputHash(build);
  const stamp = stampFile(build);
  const upToDate =
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === hash &&
    existsSync(path.join(build.outDir, 'index.html'));
  if (upToDate) return;
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        // vitest sets NODE_ENV=test, which would give a development build (no search).
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        OUT_DIR: build.outDir,
        BASE: build.base,
        SITE: build.site,
      },
    },
  );
  if (result.status !== 0) {
    throw new Error(`Build "${build.name}" failed:\n${result.stdout}\n${result.stderr}`);
  }
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(stamp, hash);
  console.log(`Built the "${build.name}" site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** vitest globalSetup: make sure both builds exist and are current. */
export default function setup(): void {
  for (const build of siteBuilds) ensureBuilt(build);
}
