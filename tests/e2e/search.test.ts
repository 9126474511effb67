import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootBuild, subPathBuild } from '../support/site-builds';
import { launchBrowser, type BrowserSession } from './support/browser';
import { serveBuild, type RunningSite } from './support/servers';

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function searchResults(siteUrl: string, query: string): Promise<string[]> {
  const page = await browser.context.newPage();
  try {
    await page.goto(siteUrl);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const input = page.getByRole('dialog').getByRole('textbox');
    await input.fill(query);
    const links = page.locator('.pagefind-ui__result-link');
    await links.first().waitFor({ timeout: 10_000 });
    return await links.evaluateAll((anchors) =>
      anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
  } finally {
    await page.close();
  }
}

describe.each([
  ['at the root', rootBuild],
  ['under a sub-path', subPathBuild],
] as const)('search %s', (_label, build) => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveBuild(build);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('finds the privacy section for a Dutch word', async () => {
    const results = await searchResults(site.url, 'tracking');
    expect(results[0]).toBe(`${build.base}over/`);
  });

  it('finds the same page for an inflected form (stemming)', async () => {
    // "lettertypes" stands on the page; "lettertype" does not.
    const results = await searchResults(site.url, 'lettertype');
    expect(results[0]).toBe(`${build.base}over/`);
  });
});

describe('search finds each chapter and instrument by its main term', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveBuild(rootBuild);
  });
  afterAll(async () => {
    await site?.close();
  });

  it.each([
    ['partnership broker', '/partnership-broker/'],
    ['vijf inzichten', '/vijf-inzichten/'],
    ['spraakverwarring', '/spraakverwarring/'],
    ['begrippen', '/begrippen/'],
    ['bronnen', '/bronnen/'],
    ['samenwerkingsvermogen', '/samenwerkingsvermogen/'],
    ['quickscan', '/instrumenten/quickscan-samenwerkingsvermogen/'],
    ['partnerschapscheck', '/instrumenten/partnerschapscheck/'],
    ['partnermatrix', '/instrumenten/partnermatrix/'],
    ['ambitielijn', '/instrumenten/ambitielijn/'],
    ['partnerstrategie', '/partnerstrategie/'],
  ])('“%s” lists %s among the first three results', async (query, path) => {
    const results = await searchResults(site.url, query);
    expect(results.slice(0, 3)).toContain(path);
  });
});
