// Reading a built site the way a host serves it: pages, their links and their assets.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { isEmbedPath } from '../../src/lib/site/embed';
import type { SiteBuild } from './site-builds';

const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
  },
});

export function parseHtml(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export interface BuiltPage {
  /** Path as a browser asks for it, base included: "/partnerwijzer/over/". */
  urlPath: string;
  file: string;
  html: string;
  document: Document;
  /** Astro's redirect pages (meta refresh) for moved URLs. */
  isRedirect: boolean;
  is404: boolean;
  /** An instrument without site navigation, for an iframe: /instrumenten/<slug>/insluiten/. */
  isEmbed: boolean;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const pageCache = new Map<string, BuiltPage[]>();

export function builtPages(build: SiteBuild): BuiltPage[] {
  const cached = pageCache.get(build.outDir);
  if (cached) return cached;
  const pages = htmlFiles(build.outDir)
    .sort()
    .map((file) => {
      const relative = path.relative(build.outDir, file).split(path.sep).join('/');
      const urlPath = build.base + relative.replace(/(^|\/)index\.html$/, '$1');
      const html = readFileSync(file, 'utf8');
      const document = parseHtml(html);
      return {
        urlPath,
        file,
        html,
        document,
        isRedirect: document.querySelector('meta[http-equiv="refresh"]') !== null,
        is404: relative === '404.html',
        isEmbed: isEmbedPath(urlPath),
      };
    });
  pageCache.set(build.outDir, pages);
  return pages;
}

/** Content pages: everything a reader can land on, without redirects and the 404 page. */
export function contentPages(build: SiteBuild): BuiltPage[] {
  return builtPages(build).filter((page) => !page.isRedirect && !page.is404);
}

/** The file a host would serve for a path (base included), or null when it would 404. */
export function resolveInDist(build: SiteBuild, urlPath: string): string | null {
  if (!urlPath.startsWith(build.base)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(build.base.length));
  } catch {
    return null;
  }
  const file = path.join(
    build.outDir,
    relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative,
  );
  if (!path.resolve(file).startsWith(path.resolve(build.outDir))) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export function pageForFile(build: SiteBuild, file: string): BuiltPage | undefined {
  return builtPages(build).find((page) => page.file === file);
}
