import { describe, expect, it } from 'vitest';
import { sha256 } from './csp';
import { completePagePolicy } from './csp-html';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><script>early()</script>${head}</head><body>${body}</body></html>`;
const meta = `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'sha256-astro'; style-src 'self';">`;

describe('completing a page policy', () => {
  it('hashes every inline script and style and keeps what Astro put there', () => {
    const result = completePagePolicy(
      page(
        meta,
        `<style>.a{color:red}</style><script type="module">late()</script><script src="/x.js"></script>`,
      ),
    )!;
    expect(result.policy).toContain(`'sha256-astro'`);
    expect(result.policy).toContain(`'${sha256('early()')}'`);
    expect(result.policy).toContain(`'${sha256('late()')}'`);
    expect(result.policy).toContain(`style-src 'self' '${sha256('.a{color:red}')}'`);
    expect(result.policy).toContain("default-src 'self'");
  });

  it('moves the policy to the top of <head>, before the first script', () => {
    const { html } = completePagePolicy(page(meta))!;
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script>'));
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
    expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf('content-security-policy'));
  });

  it('leaves data scripts alone and pages without a policy untouched', () => {
    const { policy } = completePagePolicy(
      page(meta, '<script type="application/ld+json">{"a":1}</script>'),
    )!;
    expect(policy).not.toContain(sha256('{"a":1}'));
    expect(completePagePolicy('<html><head></head></html>')).toBeNull();
  });

  it('escapes the policy inside the attribute', () => {
    const { html } = completePagePolicy(page(meta))!;
    expect(html).toMatch(/content="[^"]*'self'[^"]*"/);
  });
});
