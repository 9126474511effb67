/**
 * The instruments that have an embeddable form for course platforms. Each lives at
 * /instrumenten/<slug>/ (a page in src/content/docs/instrumenten/) and is embedded from
 * /instrumenten/<slug>/insluiten/. `height` is the suggested iframe height in pixels.
 */
export interface Instrument {
  slug: 'partnermatrix' | 'ambitielijn' | 'quickscan-samenwerkingsvermogen' | 'partnerschapscheck';
  height: number;
}

export const instruments: readonly Instrument[] = [
  { slug: 'partnermatrix', height: 1100 },
  { slug: 'ambitielijn', height: 900 },
  { slug: 'quickscan-samenwerkingsvermogen', height: 1000 },
  { slug: 'partnerschapscheck', height: 1000 },
];
