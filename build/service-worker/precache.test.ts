import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precacheManifest, precacheUrl, workerScript } from './precache';

let dir: string;
const write = (relative: string, content: string) => {
  mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  writeFileSync(path.join(dir, relative), content);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'precache-'));
  write('index.html', '<h1>Welkom</h1>');
  write('over/index.html', '<h1>Over</h1>');
  write('_astro/page.abc.js', 'console.log(1)');
  write('pagefind/pagefind.js', 'pagefind');
  write('pagefind/index/nl_1.pf_index', 'index');
  write('pagefind/pagefind-ui.js', 'an interface the site does not load');
  write('_headers', '/*\n  X: y\n');
  write('sitemap-0.xml', '<urlset/>');
  write('sw.js', 'an older worker');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precacheManifest', () => {
  it('lists every file a browser asks for, under the URL a host serves it', async () => {
    const { urls, bytes } = await precacheManifest(dir, 'worker');
    expect(urls).toEqual([
      '_astro/page.abc.js',
      '',
      'over/',
      'pagefind/index/nl_1.pf_index',
      'pagefind/pagefind.js',
    ]);
    expect(bytes).toBe(
      ['<h1>Welkom</h1>', '<h1>Over</h1>', 'console.log(1)', 'pagefind', 'index'].join('').length,
    );
  });

  it('has a new version when a file or the worker changes, and only then', async () => {
    const first = (await precacheManifest(dir, 'worker')).version;
    expect((await precacheManifest(dir, 'worker')).version).toBe(first);
    write('_headers', '/*\n  X: z\n');
    expect((await precacheManifest(dir, 'worker')).version).toBe(first);
    expect((await precacheManifest(dir, 'worker 2')).version).not.toBe(first);
    write('over/index.html', '<h1>Over ons</h1>');
    expect((await precacheManifest(dir, 'worker')).version).not.toBe(first);
  });
});

describe('precacheUrl', () => {
  it('names a folder page by its folder and encodes what a browser encodes', () => {
    expect(precacheUrl('index.html')).toBe('');
    expect(precacheUrl('partnerstrategie/stappenplan/index.html')).toBe(
      'partnerstrategie/stappenplan/',
    );
    expect(precacheUrl('404.html')).toBe('404.html');
    expect(precacheUrl('plaatjes/een été.svg')).toBe('plaatjes/een%20%C3%A9t%C3%A9.svg');
  });
});

describe('workerScript', () => {
  it('puts the manifest before the worker code, readable as JSON', () => {
    const script = workerScript({ version: 'v1', urls: ['', 'over/'], bytes: 3 }, 'code();');
    const [first, second] = script.split('\n');
    expect(JSON.parse(/^const PRECACHE = (.*);$/.exec(first)![1])).toEqual({
      version: 'v1',
      urls: ['', 'over/'],
    });
    expect(second).toBe('code();');
  });
});
