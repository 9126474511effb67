import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './build/base-links-plugin';
import { normaliseBase } from './build/base-path.js';
import { cspConfig } from './build/csp';
import { headersIntegration } from './build/headers-integration';
import { serviceWorkerIntegration } from './build/service-worker/integration';

// SITE and BASE let the same sources build for a host under a sub-path,
// e.g. SITE=https://example.org BASE=/partnerwijzer/.
const site = process.env.SITE || 'https://partnerwijzer.nl';
const base = normaliseBase(process.env.BASE);
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  security: { csp: cspConfig },
  redirects: {},
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
    // No code blocks on the site; Shiki's inline styles would not pass the CSP.
    syntaxHighlight: false,
  },
  integrations: [
    starlight({
      title: 'Partnerwijzer',
      description:
        'Partnerwijzer legt uit hoe overheden, ngo’s en bedrijven partnerschappen opbouwen en sturen, met instrumenten om de methodes zelf te proberen.',
      defaultLocale: 'root',
      locales: { root: { label: 'Nederlands', lang: 'nl' } },
      expressiveCode: false,
      credits: false,
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      components: {
        Search: './src/components/overrides/Search.astro',
        Footer: './src/components/overrides/Footer.astro',
        PageFrame: './src/components/overrides/PageFrame.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
      },
      sidebar: [
        { label: 'Welkom', link: '/' },
        { label: 'Partnerstrategie', items: [{ autogenerate: { directory: 'partnerstrategie' } }] },
        {
          label: 'Samenwerken in de praktijk',
          items: [
            { label: 'Samenwerkingsvermogen', link: '/samenwerkingsvermogen/' },
            { label: 'De partnership broker', link: '/partnership-broker/' },
            { label: 'Vijf inzichten', link: '/vijf-inzichten/' },
            { label: 'Spraakverwarring', link: '/spraakverwarring/' },
          ],
        },
        { label: 'Instrumenten', items: [{ autogenerate: { directory: 'instrumenten' } }] },
        { label: 'Voor trainers', link: '/voor-trainers/' },
        {
          label: 'Naslag',
          items: [
            { label: 'Begrippen', link: '/begrippen/' },
            { label: 'Bronnen', link: '/bronnen/' },
            { label: 'Over Partnerwijzer', link: '/over/' },
          ],
        },
      ],
    }),
    preact(),
    headersIntegration(base),
    // Last: the worker lists the final files (Pagefind index, pages with their full CSP).
    serviceWorkerIntegration(),
  ],
});
