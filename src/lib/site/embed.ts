// Embed mode: every instrument also lives at /instrumenten/<slug>/insluiten/, without the site's
// navigation, for an <iframe> on a course platform. Pure functions, no DOM.

export const EMBED_SEGMENT = 'insluiten';

/** "/instrumenten/partnermatrix/insluiten/" (relative to the base: no leading slash). */
export function embedPath(slug: string): string {
  return `instrumenten/${slug}/${EMBED_SEGMENT}/`;
}

/** Whether a URL path is an embed page. */
export function isEmbedPath(pathname: string): boolean {
  return new RegExp(`/instrumenten/[^/]+/${EMBED_SEGMENT}/?$`).test(pathname);
}

/** The full instrument page for an embed path; any other path is returned as it is. */
export function fullPagePath(pathname: string): string {
  return isEmbedPath(pathname) ? pathname.replace(new RegExp(`${EMBED_SEGMENT}/?$`), '') : pathname;
}

/** The HTML a trainer pastes into a course page. `url` is the absolute embed URL. */
export function iframeSnippet(url: string, title: string, height: number): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(url)}" title="${escape(title)}" width="100%" height="${height}" style="border: 0" allow="clipboard-write" loading="lazy"></iframe>`;
}
