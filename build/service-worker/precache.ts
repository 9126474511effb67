// What the service worker keeps for offline use: every file of the built site that a reader's
// browser can ask for, and a version that changes whenever one of them changes. Pure apart from
// reading the output folder; runs in Node at build time only.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export const WORKER_FILE = 'sw.js';

/** Files a browser never asks for, or that the worker must not keep (itself). */
const LEFT_OUT = [
  /^_headers$/, // read by the host, never served
  /^_redirects$/,
  new RegExp(`^${WORKER_FILE.replace('.', '\\.')}$`),
  /\.map$/,
  /^sitemap[^/]*\.xml$/,
  /^robots\.txt$/,
  // Pagefind's ready-made interfaces: the site bundles its own (@pagefind/default-ui in _astro/)
  // and loads only pagefind.js, its worker, WebAssembly and index from pagefind/.
  /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/,
];

/** Whether a built file (path relative to the output folder, "/"-separated) is precached. */
export function isPrecached(relative: string): boolean {
  return !LEFT_OUT.some((pattern) => pattern.test(relative));
}

/**
 * The URL a host serves a built file under, relative to the site's base and percent-encoded as a
 * browser sends it: "over/" for over/index.html, "" for the home page.
 */
export function precacheUrl(relative: string): string {
  return encodeURI(relative.replace(/(^|\/)index\.html$/, '$1'));
}

async function filesUnder(dir: string, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(full, root);
      return [path.relative(root, full).split(path.sep).join('/')];
    }),
  );
  return nested.flat();
}

export interface PrecacheManifest {
  /** Changes whenever a precached file (or the worker's own code) changes. */
  version: string;
  /** URLs relative to the base, sorted. */
  urls: string[];
  /** Bytes on disk of all precached files (what a first visit downloads, before compression). */
  bytes: number;
}

export async function precacheManifest(
  outDir: string,
  workerCode: string,
): Promise<PrecacheManifest> {
  const files = (await filesUnder(outDir)).filter(isPrecached).sort();
  const hash = createHash('sha256').update(workerCode);
  let bytes = 0;
  for (const file of files) {
    const content = await readFile(path.join(outDir, file));
    bytes += content.length;
    hash.update(`\0${file}\0`).update(content);
  }
  return { version: hash.digest('hex').slice(0, 16), urls: files.map(precacheUrl), bytes };
}

/** The worker script: its manifest as a constant, then the worker's code. */
export function workerScript(manifest: PrecacheManifest, workerCode: string): string {
  const constant = JSON.stringify({ version: manifest.version, urls: manifest.urls });
  return `const PRECACHE = ${constant};\n${workerCode}`;
}
