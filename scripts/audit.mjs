// npm run audit: Lighthouse (its default mobile preset: a mid-range phone on a throttled
// connection, simulated) against the built site, for the home page, one chapter and every
// instrument page. Prints a table of the four category scores with LCP, TBT and CLS, and writes
// the summary to audit-report/summary.json.
//
//   npm run audit                 build first, then audit
//   npm run audit -- --no-build   audit what is in dist/
//   npm run audit -- --min=95     exit 1 when any category scores below 95
//   npm run audit -- --pages=/,/instrumenten/ambitielijn/   audit only these paths
//   npm run audit -- --runs=5     audit each page 5 times (default 3) and report the median run
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { startSiteServer } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const stop = (message) => {
  console.error(message);
  process.exit(2);
};
const given = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
function wholeNumber(name, fallback, least) {
  const value = Number(given(name) ?? fallback);
  if (!Number.isInteger(value) || value < least)
    stop(`--${name} moet een heel getal van minstens ${least} zijn, niet "${given(name)}".`);
  return value;
}
const min = wholeNumber('min', 0, 0);
const runs = wholeNumber('runs', 3, 1);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Home, one chapter, and every instrument page the site has published (not the embeds), or the
 * published pages named with --pages.
 */
function auditedPaths() {
  const published = readFileSync(path.join(root, 'tests/published-urls.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('/'));
  const chosen = given('pages')?.split(',');
  if (!chosen) {
    const instruments = published.filter((p) => /^\/instrumenten\/[^/]+\/$/.test(p));
    return ['/', '/partnerstrategie/', ...instruments];
  }
  const unknown = chosen.filter((p) => !published.includes(p));
  if (unknown.length)
    stop(`Geen gepubliceerde pagina: ${unknown.join(', ')} (zie tests/published-urls.txt).`);
  return chosen;
}
const paths = auditedPaths();

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const site = await startSiteServer({ root: path.join(root, 'dist') });
const profile = mkdtempSync(path.join(tmpdir(), 'partnerwijzer-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: CHROMIUM_FLAGS,
  userDataDir: profile,
});

const audit = async (urlPath) =>
  (
    await lighthouse(new URL(urlPath.slice(1), site.url).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    })
  ).lhr;

const reportFolder = path.join(root, 'audit-report');
mkdirSync(reportFolder, { recursive: true });
const rows = [];
try {
  // A fresh Chromium pays once for starting its renderer and reading the system fonts; on this
  // kind of machine that put 1.5 to 3 s on the speed index of whichever page came first. One
  // uncounted run takes that out. Each counted run still starts with an empty cache and storage
  // (Lighthouse clears them), so the figures are those of a first visit.
  await audit('/');
  for (const urlPath of paths) {
    // Lighthouse's own advice for a score that moves between runs: run it a few times and take
    // the run closest to the median (by FCP and time to interactive).
    const lhrs = [];
    for (let run = 0; run < runs; run++) lhrs.push(await audit(urlPath));
    const lhr = computeMedianRun(lhrs);
    const failing = Object.values(lhr.audits)
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual' &&
          audit.scoreDisplayMode !== 'notApplicable',
      )
      .map((audit) => audit.id);
    const report = `${urlPath.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}.json`;
    writeFileSync(path.join(reportFolder, report), JSON.stringify(lhr));
    rows.push({
      report,
      path: urlPath,
      ...Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      ),
      fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      speedIndexMs: Math.round(lhr.audits['speed-index'].numericValue),
      tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      notPerfect: failing,
    });
  }
} finally {
  chrome.kill();
  await site.close();
  rmSync(profile, { recursive: true, force: true });
}

const header = ['pagina', 'perf', 'a11y', 'best', 'seo', 'LCP', 'TBT', 'CLS'];
const table = rows.map((row) => [
  row.path,
  ...CATEGORIES.map((id) => String(row[id])),
  `${(row.lcpMs / 1000).toFixed(1)} s`,
  `${row.tbtMs} ms`,
  String(row.cls),
]);
const widths = header.map((_, i) => Math.max(header[i].length, ...table.map((r) => r[i].length)));
const line = (cells) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(
  `\nLighthouse (mobiel, gesimuleerde throttling; ${runs === 1 ? 'één run' : `mediaan van ${runs} runs`} per pagina)\n`,
);
console.log(line(header));
for (const row of table) console.log(line(row));
for (const row of rows) {
  if (row.notPerfect.length)
    console.log(`\n${row.path} — niet volledig: ${row.notPerfect.join(', ')}`);
}
writeFileSync(path.join(reportFolder, 'summary.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log('\nSamenvatting: audit-report/summary.json; volledige rapporten (JSON): audit-report/');

const below = rows.filter((row) => CATEGORIES.some((id) => row[id] < min));
if (below.length) {
  console.error(`\n${below.length} pagina('s) scoren onder ${min}.`);
  process.exit(1);
}
