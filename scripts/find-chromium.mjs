// Where Chromium is: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser that
// Playwright installed. Used by the browser tests and by npm run audit.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** @returns {string} */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core knows no installed browser: fine, the others may exist.
  }
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found. Set CHROMIUM_PATH to a Chromium or Chrome binary, or install one ' +
        '(Debian/Ubuntu: apt-get install chromium).',
    );
  }
  return found;
}

/** The flags every headless run here uses: no sandbox (containers), no network of its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
