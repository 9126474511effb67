// The Pagefind UI with Starlight's settings, for the search dialog. Imported only when a reader
// reaches for search (./site-search.ts), which also adds its style sheet (./pagefind-ui.css).
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

/**
 * Mounts the Pagefind UI in `container`, as Starlight's Search.astro does: Starlight's ranking
 * settings, the site's base path, no images, sub-results, our translations. The site's URLs
 * end in "/" (trailingSlash: 'always'), so results need no rewriting.
 */
export function mountPagefindUI(container: HTMLElement, translations: Record<string, string>) {
  return new PagefindUI({
    ...pagefindUserConfig,
    element: container,
    baseUrl: import.meta.env.BASE_URL,
    bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
    showImages: false,
    translations,
    showSubResults: true,
  });
}
