import { expect, it } from 'vitest';
import { contentPages } from '../support/dist';
import { pageWeight } from '../support/page-weight';
import { rootBuild } from '../support/site-builds';

const JS_BUDGET = 35 * 1024;
const CSS_BUDGET = 20 * 1024;
const ISLAND_BUDGET = 30 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

it('no page ships more than 35 KB of JS (islands at most 30 KB of it) or 20 KB of CSS (gzip) at start', () => {
  const weights = contentPages(rootBuild).map((page) => pageWeight(rootBuild, page));
  const width = Math.max(...weights.map((w) => w.urlPath.length));
  console.log(
    [
      `${'page'.padEnd(width)}   JS (gzip)  of which islands  CSS (gzip)`,
      ...weights.map(
        (w) =>
          `${w.urlPath.padEnd(width)}   ${kb(w.jsGzip)}  ${kb(w.islandJsGzip).padStart(16)}  ${kb(w.cssGzip)}`,
      ),
    ].join('\n'),
  );
  expect(weights.every((w) => w.jsGzip > 0 && w.cssGzip > 0)).toBe(true);
  expect(weights.filter((w) => w.jsGzip > JS_BUDGET).map((w) => w.urlPath)).toEqual([]);
  expect(weights.filter((w) => w.islandJsGzip > ISLAND_BUDGET).map((w) => w.urlPath)).toEqual([]);
  expect(weights.filter((w) => w.cssGzip > CSS_BUDGET).map((w) => w.urlPath)).toEqual([]);
});
