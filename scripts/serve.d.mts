import type http from 'node:http';

export function createSiteServer(options: { root: string; base?: string }): http.Server;
export function startSiteServer(options: {
  root: string;
  base?: string;
  host?: string;
  port?: number;
}): Promise<{ url: string; close: () => Promise<void> }>;
export function canonicalTarget(target: string): string | null;
