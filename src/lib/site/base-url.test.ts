import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteBase, sitePath, withTrailingSlash } from './base-url';

describe('withTrailingSlash', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/partnerwijzer', '/partnerwijzer/'],
    ['/partnerwijzer/', '/partnerwijzer/'],
  ])('%j → %j', (base, expected) => {
    expect(withTrailingSlash(base)).toBe(expected);
  });
});

describe('siteBase and sitePath', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('use the root when the site has no base', () => {
    expect(siteBase).toBe('/');
    expect(sitePath('bronnen/')).toBe('/bronnen/');
    expect(sitePath('/bronnen/')).toBe('/bronnen/');
    expect(sitePath()).toBe('/');
  });

  it('put a sub-path in front, with one slash between', async () => {
    vi.stubEnv('BASE_URL', '/partnerwijzer');
    vi.resetModules();
    const module = await import('./base-url');
    expect(module.siteBase).toBe('/partnerwijzer/');
    expect(module.sitePath('instrumenten/partnermatrix/')).toBe(
      '/partnerwijzer/instrumenten/partnermatrix/',
    );
    expect(module.sitePath('/begrippen/#regie')).toBe('/partnerwijzer/begrippen/#regie');
    expect(module.sitePath()).toBe('/partnerwijzer/');
  });
});
