// Partnerwijzer's service worker: after one visit, the whole site works without a network.
// build/service-worker/integration.ts writes it to <base>sw.js, preceded by
// `const PRECACHE = { version, urls }` (build/service-worker/precache.ts): every page, script,
// style sheet, image and the Pagefind index, as URLs relative to the worker's own folder.
//
// - Install downloads the whole list into a cache of this version (a few at a time; what an
//   interrupted install already fetched is kept, so a second try only fetches the rest).
// - A new build is a new version: it installs beside the old one and waits. The page shows a
//   notice; only when the reader presses its button does the new version take over (message
//   "activate"), and then it deletes the caches of older versions. It never reloads a page.
// - It answers only same-origin GET requests for the site's own files: pages cache-first (with
//   the server's redirects for "/pad" and "/pad/index.html"), files cache-first. Anything else,
//   such as a request another script makes, goes to the network untouched. The reader's work
//   lives in IndexedDB and localStorage, which this worker never opens.
/* global PRECACHE */

const scopeUrl = new URL('./', self.location.href);
const CACHE_PREFIX = `partnerwijzer ${scopeUrl.pathname} `;
const CACHE = CACHE_PREFIX + PRECACHE.version;
const PRECACHED = new Set(PRECACHE.urls.map((url) => new URL(url, scopeUrl).pathname));
const NOT_FOUND_PAGE = new URL('404.html', scopeUrl).pathname;
const PARALLEL_DOWNLOADS = 4;

async function precache() {
  const cache = await caches.open(CACHE);
  const queue = [...PRECACHED];
  const download = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      if (await cache.match(path)) continue;
      const response = await fetch(path, { cache: 'no-cache', credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      await cache.put(path, response.redirected ? await unredirected(response) : response);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, download));
}

/** A browser refuses a redirected response as the answer to a navigation: copy it. */
async function unredirected(response) {
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function deleteOlderVersions() {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)),
  );
}

/** The path the server would redirect to ("/pad" → "/pad/", "/pad/index.html" → "/pad/"). */
function canonicalPage(path) {
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  if (!path.endsWith('/')) return `${path}/`;
  return null;
}

async function fromCache(path) {
  const cache = await caches.open(CACHE);
  return cache.match(path);
}

async function page(request, url) {
  if (PRECACHED.has(url.pathname)) {
    const cached = await fromCache(url.pathname);
    if (cached) return cached;
  } else {
    const canonical = canonicalPage(url.pathname);
    if (canonical && PRECACHED.has(canonical)) {
      return Response.redirect(new URL(canonical + url.search, url).href, 301);
    }
  }
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = await fromCache(NOT_FOUND_PAGE);
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}

async function file(request, url) {
  return (await fromCache(url.pathname)) ?? fetch(request);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Completes this version's cache if an older version, activating while this one was
      // installing, deleted it (a no-op otherwise; offline it stays as it is).
      await precache().catch(() => undefined);
      await deleteOlderVersions();
      // The first version takes the open pages at once, so a page the reader keeps open works
      // offline too; a later version only activates when the reader asked for it.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scopeUrl.origin || !url.pathname.startsWith(scopeUrl.pathname)) return;
  if (request.mode === 'navigate') event.respondWith(page(request, url));
  else if (PRECACHED.has(url.pathname)) event.respondWith(file(request, url));
});
