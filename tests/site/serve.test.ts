import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../build/headers-file.mjs';
import { PERMISSIONS_POLICY } from '../../build/site-headers.mjs';
import { canonicalTarget, startSiteServer } from '../../scripts/serve.mjs';
import { builtPages } from '../support/dist';
import { siteBuilds } from '../support/site-builds';

// Our server (npm start, the browser tests) sends each page's headers on every form of its URL:
// other forms redirect to the canonical one, and every answer carries the Permissions-Policy.

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
}

/** One request with the path exactly as given ("//x" stays "//x"), on a fresh connection. */
function request(origin: string, target: string): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.get(
      { hostname, port, path: target, agent: false, headers: { 'accept-encoding': 'identity' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
  });
}

/** A Location a browser reads as a path on this site: one "/" and no second "/" or "\". */
const SAME_SITE_PATH = /^\/(?![/\\])/;

describe('canonicalTarget', () => {
  it.each([
    ['/', null],
    ['/over/', null],
    ['/over/?a=1', null],
    ['//over/', '/over/'],
    ['/a//b/?q=1', '/a/b/?q=1'],
    ['/over/index.html', '/over/'],
    ['/index.html?x=1', '/?x=1'],
    ['/over/index%2Ehtml', '/over/'],
    ['///evil.example//x', '/evil.example/x'],
    ['/\\evil.example/', '/evil.example/'],
    ['/..//evil.example/', '/evil.example/'],
    ['/a/./b/../c/', '/a/c/'],
  ])('%s → %s', (target, expected) => {
    expect(canonicalTarget(target)).toBe(expected);
  });
});

describe.each(siteBuilds.map((build) => [build.name, build] as const))(
  'the server for the %s build',
  (_name, build) => {
    const base = build.base;
    const rules = parseHeadersFile(readFileSync(path.join(build.outDir, '_headers'), 'utf8'));
    let origin = '';
    let close: () => Promise<void> = async () => {};

    beforeAll(async () => {
      const server = await startSiteServer({ root: build.outDir, base, host: '127.0.0.1' });
      origin = new URL(server.url).origin;
      close = server.close;
    });
    afterAll(() => close());

    it('_headers gives every path the Permissions-Policy', () => {
      expect(headersFor(rules, `${base}any/path/`)['Permissions-Policy']).toBe(PERMISSIONS_POLICY);
    });

    it('redirects .../index.html to the folder', async () => {
      const answer = await request(origin, `${base}instrumenten/partnermatrix/index.html`);
      expect([301, 308]).toContain(answer.status);
      expect(answer.headers.location).toBe(`${base}instrumenten/partnermatrix/`);
      expect(answer.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
      const home = await request(origin, `${base}index.html?x=1`);
      expect(home.headers.location).toBe(`${base}?x=1`);
    });

    it('redirects repeated slashes to the collapsed path, never to another host', async () => {
      const leading = await request(origin, `/${base}instrumenten/partnermatrix/`);
      expect([301, 308]).toContain(leading.status);
      expect(leading.headers.location).toMatch(SAME_SITE_PATH);
      expect(leading.headers.location).toBe(`${base}instrumenten/partnermatrix/`);
      expect(leading.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
      const inner = await request(origin, `${base}instrumenten//partnermatrix//?tab=2`);
      expect(inner.headers.location).toBe(`${base}instrumenten/partnermatrix/?tab=2`);
    });

    it.each([
      '//evil.example/',
      '//evil.example',
      '///evil.example//',
      '/\\evil.example/',
      '/\\/evil.example/',
      '/..//evil.example/',
      '/%2F%2Fevil.example/',
      `${base}/evil.example/`,
      `${base}instrumenten/..//evil.example/`,
      `${base.slice(0, -1)}`,
      `${base}instrumenten`,
    ])('answers %s with headers and without a protocol-relative Location', async (target) => {
      const answer = await request(origin, target);
      expect(answer.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
      if (answer.status >= 300 && answer.status < 400) {
        expect(answer.headers.location).toMatch(SAME_SITE_PATH);
      } else {
        expect(answer.headers['content-security-policy']).toBeTruthy();
      }
    });

    it.each([`${base}bestaat-niet/`, '/bestaat-niet/', `${base}%E0%A4%A`])(
      '404 for %s carries the CSP and the Permissions-Policy',
      async (target) => {
        const answer = await request(origin, target);
        expect(answer.status).toBe(404);
        expect(answer.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
        expect(answer.headers['content-security-policy']).toBe(
          headersFor(rules, `${base}404.html`)['Content-Security-Policy'],
        );
        expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
      },
    );

    it.each(builtPages(build).map((page) => [page.urlPath] as const))(
      '%s carries its CSP and the Permissions-Policy',
      async (urlPath) => {
        const answer = await request(origin, urlPath);
        expect(answer.status).toBe(200);
        const policy = headersFor(rules, urlPath)['Content-Security-Policy'];
        expect(policy).toContain("default-src 'self'");
        expect(answer.headers['content-security-policy']).toBe(policy);
        expect(answer.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
        if (urlPath.endsWith('/')) {
          const other = await request(origin, `${urlPath}index.html`);
          expect(other.headers.location).toBe(urlPath);
          expect(other.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
        }
      },
    );
  },
);
