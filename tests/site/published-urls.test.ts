import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPages, resolveInDist } from '../support/dist';
import { projectRoot, rootBuild } from '../support/site-builds';

// Courses link to these paths. A page may move only with a redirect in astro.config.ts,
// and every new page is added to the list.
const published = readFileSync(path.join(projectRoot, 'tests/published-urls.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

describe('published URLs stay reachable', () => {
  it.each(published)('%s still resolves', (urlPath) => {
    expect(resolveInDist(rootBuild, urlPath)).not.toBeNull();
  });

  it('every page of the site is in tests/published-urls.txt', () => {
    const unlisted = contentPages(rootBuild)
      .map((page) => page.urlPath)
      .filter((urlPath) => !published.includes(urlPath));
    expect(unlisted).toEqual([]);
  });
});
