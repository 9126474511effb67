// What a page makes the browser download at start: its scripts (with every module they
// import statically, islands included) and its style sheets, measured gzip-compressed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveInDist, type BuiltPage } from './dist';
import type { SiteBuild } from './site-builds';

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g;

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface PageWeight {
  urlPath: string;
  jsGzip: number;
  cssGzip: number;
  /** The islands' own script: what their components load beyond the page's other scripts. */
  islandJsGzip: number;
  scripts: string[];
}

function moduleGraph(build: SiteBuild, entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  const file = resolveInDist(build, entry);
  if (!file) throw new Error(`Script ${entry} is missing from the build`);
  seen.add(entry);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const specifier = match[1];
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
    moduleGraph(build, path.posix.resolve(path.posix.dirname(entry), specifier), seen);
  }
}

export function pageWeight(build: SiteBuild, page: BuiltPage): PageWeight {
  const doc = page.document;
  const base = new URL(page.urlPath, 'http://site.test');
  const toPath = (ref: string) => new URL(ref, base).pathname;

  const pageEntries = [
    ...[...doc.querySelectorAll('script[src]')].map((el) => el.getAttribute('src')!),
    ...[...doc.querySelectorAll('link[rel="modulepreload"]')].map((el) => el.getAttribute('href')!),
  ].map(toPath);
  const islandEntries = [...doc.querySelectorAll('astro-island')]
    .flatMap((el) => ['component-url', 'renderer-url'].map((attr) => el.getAttribute(attr)))
    .filter((v): v is string => !!v)
    .map(toPath);
  const pageModules = new Set<string>();
  for (const entry of pageEntries) moduleGraph(build, entry, pageModules);
  const modules = new Set(pageModules);
  for (const entry of islandEntries) moduleGraph(build, entry, modules);
  const islandJsGzip = [...modules]
    .filter((module) => !pageModules.has(module))
    .reduce((sum, module) => sum + gzipSize(readFileSync(resolveInDist(build, module)!)), 0);

  const inlineScripts = [...doc.querySelectorAll('script:not([src])')]
    .filter((el) => !/json/.test(el.getAttribute('type') ?? ''))
    .map((el) => el.textContent ?? '');
  let jsGzip = inlineScripts.reduce((sum, code) => sum + (code.trim() ? gzipSize(code) : 0), 0);
  for (const module of modules) jsGzip += gzipSize(readFileSync(resolveInDist(build, module)!));

  let cssGzip = [...doc.querySelectorAll('style')].reduce(
    (sum, el) => sum + gzipSize(el.textContent ?? ''),
    0,
  );
  for (const el of doc.querySelectorAll('link[rel="stylesheet"]')) {
    const file = resolveInDist(build, toPath(el.getAttribute('href')!));
    if (!file) throw new Error(`Style sheet ${el.getAttribute('href')} is missing from the build`);
    cssGzip += gzipSize(readFileSync(file));
  }
  return { urlPath: page.urlPath, jsGzip, cssGzip, islandJsGzip, scripts: [...modules] };
}
