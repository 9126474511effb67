import { describe, expect, it } from 'vitest';
import { normaliseBase, withBase } from './base-path.js';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['partnerwijzer', '/partnerwijzer/'],
    ['/partnerwijzer', '/partnerwijzer/'],
    ['/partnerwijzer/', '/partnerwijzer/'],
    [' //a/b// ', '/a/b/'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });
});

describe('withBase', () => {
  it('prefixes root-relative links', () => {
    expect(withBase('/over/#bronnen', '/partnerwijzer/')).toBe('/partnerwijzer/over/#bronnen');
  });
  it('leaves links that already carry the base, external links and fragments alone', () => {
    expect(withBase('/partnerwijzer/over/', '/partnerwijzer/')).toBe('/partnerwijzer/over/');
    expect(withBase('https://example.org/', '/partnerwijzer/')).toBe('https://example.org/');
    expect(withBase('//cdn.example.org/x.js', '/partnerwijzer/')).toBe('//cdn.example.org/x.js');
    expect(withBase('#bronnen', '/partnerwijzer/')).toBe('#bronnen');
  });
  it('changes nothing at the root', () => {
    expect(withBase('/over/', '/')).toBe('/over/');
  });
  it('does not mistake a path that merely starts like the base for one under it', () => {
    expect(withBase('/partnerwijzerx/', '/partnerwijzer/')).toBe('/partnerwijzer/partnerwijzerx/');
  });
});
