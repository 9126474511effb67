import { describe, expect, it } from 'vitest';
import { builtPages, pageForFile, resolveInDist } from '../support/dist';
import { siteBuilds, type SiteBuild } from '../support/site-builds';

// A fragment with "=" in it is an instrument's state (a share link or a prepared example),
// not a heading anchor; the instrument tests cover those.
const isStateFragment = (fragment: string) => fragment.includes('=');

function brokenLinks(build: SiteBuild): string[] {
  const problems: string[] = [];
  const origin = 'http://site.test';
  for (const page of builtPages(build)) {
    const refs = [
      ...[...page.document.querySelectorAll('a[href]')].map((el) => el.getAttribute('href')!),
      ...[
        ...page.document.querySelectorAll(
          'link[href]:not([rel="canonical"]):not([rel="alternate"])',
        ),
      ].map((el) => el.getAttribute('href')!),
      ...[...page.document.querySelectorAll('script[src], img[src]')].map((el) =>
        el.getAttribute('src')!,
      ),
    ];
    for (const ref of refs) {
      const target = new URL(ref, origin + page.urlPath);
      if (target.origin !== origin) continue;
      const file = resolveInDist(build, target.pathname);
      if (!file) {
        problems.push(`${page.urlPath}: ${ref} does not resolve`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (!fragment || isStateFragment(fragment)) continue;
      const targetPage = pageForFile(build, file);
      if (!targetPage?.document.getElementById(fragment)) {
        problems.push(`${page.urlPath}: ${ref} points to a missing anchor`);
      }
    }
  }
  return problems;
}

describe('every internal link and #anchor resolves', () => {
  it.each(siteBuilds.map((build) => [build.name, build] as const))(
    'in the %s build',
    (_name, build) => {
      const linkCount = builtPages(build).reduce(
        (count, page) => count + page.document.querySelectorAll('a[href]').length,
        0,
      );
      expect(linkCount).toBeGreaterThan(10);
      expect(brokenLinks(build)).toEqual([]);
    },
  );

  it('the sub-path build links inside its base only', () => {
    const [, sub] = siteBuilds;
    const outside = builtPages(sub).flatMap((page) =>
      [...page.document.querySelectorAll('a[href^="/"], link[href^="/"], script[src^="/"]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
        .filter((ref) => !ref.startsWith(sub.base))
        .map((ref) => `${page.urlPath}: ${ref}`),
    );
    expect(outside).toEqual([]);
  });
});
