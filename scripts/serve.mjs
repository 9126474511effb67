// A small static server for the built site: `npm start` uses it, and so do the browser
// tests. It serves dist/ under the configured base path, answers unknown paths with the
// site's own 404 page and redirects a folder without a trailing slash, like a real host.
// It sends the headers of dist/_headers (the Content-Security-Policy of each page), as
// Netlify or Cloudflare Pages would, and does so for every form of a URL: "/x/index.html" and
// "//x/" redirect to "/x/" instead of serving the page under a path its rule does not match.
// Every response, redirects and errors included, carries the site-wide headers
// (build/site-headers.mjs: Permissions-Policy and the like).
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../build/base-path.js';
import { headersFor, parseHeadersFile } from '../build/headers-file.mjs';
import { SITE_HEADERS } from '../build/site-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } };

/** @param {string} file */
async function fileExists(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** @param {string} dir */
async function dirExists(dir) {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The canonical form of a request target, or null when it already is canonical. Backslashes
 * (which browsers read as "/") and repeated slashes become one "/", dot segments are resolved
 * and ".../index.html" becomes ".../"; the query stays. The result starts with exactly one "/",
 * so as a Location it can never be read as another host ("//evil.example/").
 * @param {string} target the path and query as requested, e.g. "//a/index.html?x=1"
 * @returns {string | null}
 */
export function canonicalTarget(target) {
  const queryStart = target.indexOf('?');
  const rawPath = queryStart < 0 ? target : target.slice(0, queryStart);
  const collapsed = `/${rawPath
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/^\//, '')}`;
  // With a single leading "/", the URL parser reads a path, never a host.
  const url = new URL(collapsed + (queryStart < 0 ? '' : target.slice(queryStart)), 'http://x');
  let pathname = url.pathname;
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Left for the request handler to answer with 404.
  }
  if (/\/index\.html$/.test(decoded)) pathname = pathname.replace(/[^/]*$/, '');
  if (pathname === rawPath) return null;
  return `/${pathname.replace(/^\/+/, '')}${url.search}`;
}

/**
 * @param {{ root: string, base?: string }} options
 * @returns {http.Server}
 */
export function createSiteServer({ root, base = '/' }) {
  const rootDir = path.resolve(root);
  const prefix = normaliseBase(base);
  const headersFile = path.join(rootDir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  /**
   * The path a host serves a built file under ("/over/" for over/index.html): the key of its
   * _headers rules, whichever form of its URL was asked for.
   * @param {string} file
   */
  const urlPathOf = (file) =>
    prefix +
    path
      .relative(rootDir, file)
      .split(path.sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1');

  /**
   * @param {http.ServerResponse} res @param {number} status @param {string} location
   */
  const redirect = (res, status, location) => {
    res.writeHead(status, { ...SITE_HEADERS, Location: location }).end();
  };

  /**
   * @param {http.ServerResponse} res @param {number} status @param {string} file
   * @param {string} [acceptEncoding] the request's Accept-Encoding
   */
  const send = (res, status, file, acceptEncoding = '') => {
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // Text is compressed, as any real host does (so local audits measure what readers get).
    const compressible = /^(text\/|application\/(json|xml|manifest))|svg/.test(type);
    const encoding = !compressible
      ? null
      : /\bbr\b/.test(acceptEncoding)
        ? 'br'
        : /\bgzip\b/.test(acceptEncoding)
          ? 'gzip'
          : null;
    res.writeHead(status, {
      ...SITE_HEADERS,
      ...headersFor(rules, urlPathOf(file)),
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    const stream = createReadStream(file);
    // Quality 5, as hosts that compress on the fly use: the default (11) costs ~20× the CPU, and
    // the service worker's download of the whole site after a first visit made that seconds.
    if (encoding === 'br') stream.pipe(zlib.createBrotliCompress(BROTLI)).pipe(res);
    else if (encoding === 'gzip') stream.pipe(zlib.createGzip()).pipe(res);
    else stream.pipe(res);
  };

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  const notFound = async (req, res) => {
    const page = path.join(rootDir, '404.html');
    if (await fileExists(page)) send(res, 404, page, req.headers['accept-encoding']);
    else
      res
        .writeHead(404, {
          ...SITE_HEADERS,
          'Content-Security-Policy': "default-src 'none'",
          'Content-Type': 'text/plain; charset=utf-8',
        })
        .end('Niet gevonden');
  };

  return http.createServer(async (req, res) => {
    try {
      let target = req.url ?? '/';
      // A proxy-style request ("GET http://host/path") names the path inside a full URL.
      if (!target.startsWith('/')) {
        const absolute = URL.parse(target);
        if (!absolute) return notFound(req, res);
        target = absolute.pathname + absolute.search;
      }
      const canonical = canonicalTarget(target);
      if (canonical) return redirect(res, 301, canonical);
      const url = new URL(target, 'http://localhost');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return notFound(req, res);
      }
      if (`${pathname}/` === prefix) return redirect(res, 301, prefix + url.search);
      if (!pathname.startsWith(prefix)) return notFound(req, res);
      const file = path.resolve(rootDir, '.' + pathname.slice(prefix.length - 1));
      if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return notFound(req, res);
      if (await fileExists(file)) return send(res, 200, file, req.headers['accept-encoding']);
      if (await dirExists(file)) {
        if (!pathname.endsWith('/')) return redirect(res, 301, `${url.pathname}/${url.search}`);
        const index = path.join(file, 'index.html');
        if (await fileExists(index)) return send(res, 200, index, req.headers['accept-encoding']);
      }
      return notFound(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500, SITE_HEADERS).end();
    }
  });
}

/**
 * Starts the server; port 0 picks a free port.
 * @param {{ root: string, base?: string, host?: string, port?: number }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startSiteServer({ root, base = '/', host = '127.0.0.1', port = 0 }) {
  const server = createSiteServer({ root, base });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${normaliseBase(base)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const port = Number(process.env.PORT) || 4321;
  const root = process.env.OUT_DIR || 'dist';
  startSiteServer({ root, base: process.env.BASE, port })
    .then(({ url }) => {
      console.log(`\nPartnerwijzer staat klaar op ${url}\nStop de server met Ctrl+C.\n`);
    })
    .catch((error) => {
      if (error?.code === 'EADDRINUSE') {
        console.error(
          `Poort ${port} is al in gebruik. Kies een andere met bijvoorbeeld PORT=4322 npm start.`,
        );
      } else {
        console.error('De server kon niet starten:', error?.message ?? error);
      }
      process.exit(1);
    });
}
