// Offline after one visit: every page gets a tiny module (src/components/offline/register-sw.ts)
// that registers the service worker once the page has loaded, and after the build this writes
// <outDir>/sw.js: the worker (./worker.js) with the list of every built file and a version made
// from their contents. Listed last in astro.config.ts, so that it sees the final files (the
// Pagefind index, the pages with their completed CSP).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precacheManifest, WORKER_FILE, workerScript } from './precache';

const REGISTER_MODULE = fileURLToPath(
  new URL('../../src/components/offline/register-sw.ts', import.meta.url),
);
const WORKER_SOURCE = fileURLToPath(new URL('./worker.js', import.meta.url));

export function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: 'partnerwijzer:service-worker',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(REGISTER_MODULE)};`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const workerCode = await readFile(WORKER_SOURCE, 'utf8');
        const manifest = await precacheManifest(outDir, workerCode);
        await writeFile(path.join(outDir, WORKER_FILE), workerScript(manifest, workerCode));
        const megabytes = (manifest.bytes / 1024 / 1024).toFixed(1);
        logger.info(
          `${WORKER_FILE} written: version ${manifest.version}, ${manifest.urls.length} files, ${megabytes} MB`,
        );
      },
    },
  };
}
