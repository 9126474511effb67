import { describe, expect, it } from 'vitest';
import { embedPath, fullPagePath, iframeSnippet, isEmbedPath } from './embed';

describe('embed paths', () => {
  it('knows an embed page, at the root and under a base path', () => {
    expect(embedPath('partnermatrix')).toBe('instrumenten/partnermatrix/insluiten/');
    expect(isEmbedPath('/instrumenten/partnermatrix/insluiten/')).toBe(true);
    expect(isEmbedPath('/partnerwijzer/instrumenten/ambitielijn/insluiten/')).toBe(true);
    expect(isEmbedPath('/instrumenten/partnermatrix/')).toBe(false);
    expect(isEmbedPath('/instrumenten/insluiten/')).toBe(false);
    expect(isEmbedPath('/over/insluiten/')).toBe(false);
  });

  it('points an embed page to its full page, and leaves other pages alone', () => {
    expect(fullPagePath('/instrumenten/partnermatrix/insluiten/')).toBe(
      '/instrumenten/partnermatrix/',
    );
    expect(fullPagePath('/partnerwijzer/instrumenten/partnerschapscheck/insluiten/')).toBe(
      '/partnerwijzer/instrumenten/partnerschapscheck/',
    );
    expect(fullPagePath('/instrumenten/partnermatrix/')).toBe('/instrumenten/partnermatrix/');
  });
});

describe('the iframe snippet', () => {
  it('escapes the title and the URL', () => {
    const html = iframeSnippet('https://example.org/a?b=1&c="2"', 'Partner <matrix> & "co"', 900);
    expect(html).toContain('src="https://example.org/a?b=1&amp;c=&quot;2&quot;"');
    expect(html).toContain('title="Partner &lt;matrix> &amp; &quot;co&quot;"');
    expect(html).toContain('height="900"');
  });
});
