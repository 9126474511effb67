import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSiteServer } from '../../../scripts/serve.mjs';
import type { SiteBuild } from '../../support/site-builds';

export interface RunningSite {
  /** Base URL of the site, base path included, e.g. http://127.0.0.1:40123/partnerwijzer/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

export async function serveBuild(build: SiteBuild): Promise<RunningSite> {
  const server = await startSiteServer({ root: build.outDir, base: build.base });
  return { ...server, origin: new URL(server.url).origin };
}

/**
 * A page on another origin (another port on 127.0.0.1), e.g. a course platform that embeds an
 * instrument. It answers every request with what `html()` returns at that moment.
 */
export async function serveOtherOrigin(
  html: () => string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cursus/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
