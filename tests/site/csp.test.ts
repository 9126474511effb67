import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../build/headers-file.mjs';
import { sha256 } from '../../build/csp';
import { builtPages, type BuiltPage } from '../support/dist';
import { siteBuilds } from '../support/site-builds';

// The policy as the built files carry it; tests/e2e/csp.test.ts checks that browsers agree.

const REQUIRED = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

function policyOf(page: BuiltPage): string {
  const meta = page.document.querySelector('meta[http-equiv="content-security-policy"]');
  return meta?.getAttribute('content') ?? '';
}

function directive(policy: string, name: string): string[] {
  const part = policy
    .split(';')
    .map((p) => p.trim())
    .find((p) => p.split(/\s+/)[0] === name);
  return part ? part.split(/\s+/).slice(1) : [];
}

describe.each(siteBuilds.map((build) => [build.name, build] as const))(
  'the %s build',
  (_n, build) => {
    const pages = builtPages(build);
    const rules = parseHeadersFile(readFileSync(path.join(build.outDir, '_headers'), 'utf8'));

    it.each(pages.map((page) => [page.urlPath, page] as const))('%s', (_path, page) => {
      const policy = policyOf(page);
      for (const required of REQUIRED) expect(policy).toContain(required);
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|\*|https?:/);
      // The policy comes before every script and style, so a <meta> policy covers them all.
      const head = page.document.head;
      const first = head.querySelector('script, style, link[rel="stylesheet"]');
      const meta = head.querySelector('meta[http-equiv="content-security-policy"]')!;
      expect(first === null || !!(meta.compareDocumentPosition(first) & 4 /* FOLLOWING */)).toBe(
        true,
      );
      // Every inline script and style of the page, and every style attribute, has its hash.
      const scripts = directive(policy, 'script-src');
      for (const script of page.document.querySelectorAll('script:not([src])')) {
        const type = script.getAttribute('type');
        if (type && type !== 'module') continue;
        expect(scripts).toContain(`'${sha256(script.textContent ?? '')}'`);
      }
      const styles = directive(policy, 'style-src');
      for (const style of page.document.querySelectorAll('style')) {
        expect(styles).toContain(`'${sha256(style.textContent ?? '')}'`);
      }
      const attributes = directive(policy, 'style-src-attr');
      for (const element of page.document.querySelectorAll('[style]')) {
        expect(attributes, element.getAttribute('style')!).toContain(
          `'${sha256(element.getAttribute('style')!)}'`,
        );
      }
      // No inline event handlers anywhere.
      expect(page.html).not.toMatch(/\son[a-z]+="/);
      // _headers sends the same policy, and only embed pages may be framed by other sites.
      const header = headersFor(rules, page.urlPath)['Content-Security-Policy'];
      expect(header).toBe(
        `${policy} ${page.isEmbed ? 'frame-ancestors *' : "frame-ancestors 'self'"};`,
      );
    });
  },
);
