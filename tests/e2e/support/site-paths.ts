import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rootBuild } from '../../support/site-builds';

/** Every page path in the root build's sitemap, then the 404 page. */
export function everyPagePath(): string[] {
  const dist = rootBuild.outDir;
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  const paths = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, sitemapUrl]) => {
    const xml = readFileSync(path.join(dist, new URL(sitemapUrl).pathname), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
  });
  return [...paths, '/404.html'];
}
