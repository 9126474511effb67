import { defineHastPlugin } from 'satteri';
import { withBase } from './base-path.js';

/**
 * Chapters link to each other with root-relative paths ("/over/"). When the site is
 * hosted under a sub-path, those links must carry the base too; this Sätteri hast plugin
 * (Astro 7's Markdown pipeline) adds it to every link in Markdown and MDX content.
 */
export function baseLinksPlugin(base: string) {
  return defineHastPlugin({
    name: 'partnerwijzer-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const prefixed = withBase(href, base);
        if (prefixed !== href) ctx.setProperty(node, 'href', prefixed);
      },
    },
  });
}
