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
