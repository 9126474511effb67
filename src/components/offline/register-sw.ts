// Registers the service worker (build/service-worker/worker.js) on every page, after the page
// has loaded and the browser is idle, so that downloading the site for offline use never slows
// the first visit. Kept tiny: it counts towards every page's JavaScript. When a new version of
// the site is installed and waiting, it loads the notice (./update-notice.ts); it never reloads.
// <html data-offline="ready"> says that an active worker holds the whole site.
import { siteBase } from '../../lib/site/base-url';

function watch(registration: ServiceWorkerRegistration): void {
  const notify = () => {
    // Only an update is news: the first install has no page controlled by an older version.
    if (registration.waiting && navigator.serviceWorker.controller) {
      void import('./update-notice').then(({ showUpdateNotice }) => showUpdateNotice(registration));
    }
  };
  notify();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') notify();
    });
  });
  void navigator.serviceWorker.ready.then(() => {
    document.documentElement.dataset.offline = 'ready';
  });
}

function register(): void {
  navigator.serviceWorker
    .register(`${siteBase}sw.js`, { scope: siteBase, updateViaCache: 'none' })
    .then(watch)
    // Without a worker the site works as before, online only.
    .catch(() => undefined);
}

// Only in the built site: `astro dev` has no sw.js.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(register) : setTimeout(register, 1000);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
