import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { axes, quadrants } from '../../src/data/partner-strategy';
import { builtPages, resolveInDist } from '../support/dist';
import { siteBuilds, type SiteBuild } from '../support/site-builds';

// The schema of influence × dependency with the ambition line and X, Y and Z, in the chapter
// where X, Y and Z are explained: an SVG drawn when the site is built, with a caption, an
// accessible name, a table beside it that says the same, and a link to the same schema as a
// file of its own (for a slide).

const chapter = 'partnerstrategie/invloed-en-afhankelijkheid/';

function schemaOn(build: SiteBuild) {
  const page = builtPages(build).find((p) => p.urlPath === build.base + chapter);
  if (!page) throw new Error(`No ${chapter} in the ${build.name} build`);
  const figure = page.document.querySelector('figure.schema-figure');
  if (!figure) throw new Error(`No schema figure on ${chapter}`);
  return { page, figure, svg: figure.querySelector('svg')! };
}

/** The words the schema must show: both axes, the ends of the dependency axis, the areas, X, Y, Z. */
const expectedWords = [
  axes.influence.label,
  axes.dependency.label,
  axes.dependency.low,
  axes.dependency.high,
  ...quadrants.flatMap((quadrant) => quadrant.label.split(' ')),
  'Ambitielijn',
  'X',
  'Y',
  'Z',
];

const svgWords = (svg: Element) =>
  [...svg.querySelectorAll('text')].map((text) => text.textContent).join(' ');

describe.each(siteBuilds.map((build) => [build.name, build] as const))(
  'the schema figure in the %s build',
  (_name, build) => {
    it('draws both axes, the four areas, the ambition line and X, Y and Z', () => {
      const { svg } = schemaOn(build);
      const words = svgWords(svg);
      for (const word of expectedWords) expect(words).toContain(word);
      // The ambition line and one arrow per partner.
      expect(svg.querySelectorAll('line[stroke-dasharray="8 5"]').length).toBe(1);
      expect(svg.querySelectorAll('line[marker-end]').length).toBe(3);
    });

    it('has a caption, an accessible name and a description', () => {
      const { page, figure, svg } = schemaOn(build);
      expect(figure.querySelector('figcaption')?.textContent?.trim()).toMatch(/X, Y en Z/);
      expect(svg.getAttribute('role')).toBe('img');
      const name = page.document.getElementById(svg.getAttribute('aria-labelledby')!);
      const description = page.document.getElementById(svg.getAttribute('aria-describedby')!);
      expect(name?.textContent).toMatch(/invloed en afhankelijkheid/i);
      for (const letter of ['X', 'Y', 'Z'])
        expect(description?.textContent).toContain(`${letter} staat`);
    });

    it('is drawn without a script or a style attribute', () => {
      const { figure } = schemaOn(build);
      expect(figure.querySelectorAll('script, [style]').length).toBe(0);
      expect(figure.closest('astro-island')).toBeNull();
    });

    it('has a table beside it that says the same: axes, ambition line, X, Y and Z', () => {
      const { figure } = schemaOn(build);
      const table = figure.nextElementSibling!;
      expect(table.tagName).toBe('TABLE');
      const caption = table.querySelector('caption')!.textContent!;
      for (const word of [axes.influence.label.toLowerCase(), axes.dependency.label, 'ambitielijn'])
        expect(caption).toContain(word);
      const rows = [...table.querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');
      expect(rows.map((row) => row.trim()[0])).toEqual(['X', 'Y', 'Z']);
      expect(rows[0]).toMatch(/onder de ambitielijn[\s\S]*omhoog/);
      expect(rows[1]).toMatch(/eerst naar links[\s\S]*dan omhoog/);
      expect(rows[2]).toMatch(/boven de ambitielijn[\s\S]*naar rechts/);
      expect(table.textContent).toMatch(/Strategische partner/);
    });

    it('links to the schema as an SVG file that exists in the build', () => {
      const { figure } = schemaOn(build);
      const link = figure.querySelector('a[download]')!;
      expect(link.textContent).toMatch(/SVG/);
      const href = link.getAttribute('href')!;
      expect(href.startsWith(build.base)).toBe(true);
      expect(resolveInDist(build, href)).not.toBeNull();
    });
  },
);

describe('the schema as a file', () => {
  const build = siteBuilds[0];
  const file = resolveInDist(build, `${build.base}figuren/schema.svg`);
  const text = file ? readFileSync(file, 'utf8') : '';
  const document = new new Window().DOMParser().parseFromString(text, 'image/svg+xml');

  it('is well-formed SVG with its own size', () => {
    expect(file).not.toBeNull();
    expect(text.startsWith('<?xml')).toBe(true);
    expect(document.querySelector('parsererror')).toBeNull();
    const root = document.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBeGreaterThanOrEqual(600);
    expect(root.getAttribute('viewBox')).toBe(
      `0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`,
    );
  });

  it('shows the same schema, with its title and where it comes from', () => {
    const words = svgWords(document.documentElement as unknown as Element);
    for (const word of expectedWords) expect(words).toContain(word);
    expect(words).toMatch(/Florian Bekkers/);
  });

  it('reads the same without a stylesheet: colours in attributes, nothing to fetch', () => {
    expect(text).not.toMatch(/<script|<style|style="|href="http|url\(http/i);
    const colored = document.querySelectorAll('[class*="cf-"], [class*="cs-"]');
    expect(colored.length).toBeGreaterThan(10);
    for (const element of colored) {
      const classes = element.getAttribute('class')!;
      if (classes.includes('cf-')) expect(element.getAttribute('fill')).toMatch(/^#/);
      if (classes.includes('cs-')) expect(element.getAttribute('stroke')).toMatch(/^#/);
    }
  });
});
