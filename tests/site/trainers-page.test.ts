// The trainers' page as a trainer uses it: a session plan for every instrument, every prepared
// example of the partner matrix with an address that opens it, and a way there from every page.
import { describe, expect, it } from 'vitest';
import { instruments } from '../../src/data/instruments';
import { matrixExamples } from '../../src/data/partner-strategy-examples';
import { builtPages, contentPages } from '../support/dist';
import { siteBuilds } from '../support/site-builds';

const startsSection = (el: Element) =>
  /^H[1-3]$/.test(el.tagName) || el.matches('.level-h1, .level-h2, .level-h3');
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe.each(siteBuilds.map((build) => [build.name, build] as const))(
  'the %s build',
  (_name, build) => {
    const trainersPath = `${build.base}voor-trainers/`;
    const trainers = () => {
      const page = contentPages(build).find((p) => p.urlPath === trainersPath);
      if (!page) throw new Error(`No page ${trainersPath}`);
      return page.document;
    };

    it('has a session plan for each instrument: duration, preparation, steps and our questions', () => {
      const doc = trainers();
      const problems: string[] = [];
      for (const instrument of instruments) {
        const heading = [...doc.querySelectorAll('main h3')].find(
          (h) => text(h) === instrument.name,
        );
        if (!heading) {
          problems.push(`${instrument.name}: no heading`);
          continue;
        }
        // The plan runs to the next heading of the same or a higher level. Starlight wraps each
        // heading and its anchor link in a div.
        const plan: Element[] = [];
        const start = heading.closest('.sl-heading-wrapper') ?? heading;
        for (let el = start.nextElementSibling; el && !startsSection(el);) {
          plan.push(el);
          el = el.nextElementSibling;
        }
        const planText = plan.map(text).join(' ');
        for (const part of ['Duur:', 'Voorbereiding:', 'Stappen:']) {
          if (!planText.includes(part)) problems.push(`${instrument.name}: no “${part}”`);
        }
        if (!planText.includes('Gespreksvragen (van Partnerwijzer, niet uit de bron)')) {
          problems.push(`${instrument.name}: discussion questions not marked as ours`);
        }
        if (!plan.some((el) => el.tagName === 'OL' && el.querySelectorAll('li').length >= 3)) {
          problems.push(`${instrument.name}: no numbered steps`);
        }
        const instrumentHref = `${build.base}instrumenten/${instrument.slug}/`;
        if (!plan.some((el) => el.querySelector(`a[href="${instrumentHref}"]`))) {
          problems.push(`${instrument.name}: no link to ${instrumentHref}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('lists every prepared example with the address that opens it, ready to copy', () => {
      const items = [...trainers().querySelectorAll('.example-links li')];
      expect(items.map((li) => li.getAttribute('data-example'))).toEqual(
        matrixExamples.map((example) => example.id),
      );
      for (const [index, li] of items.entries()) {
        const example = matrixExamples[index];
        const link = li.querySelector('a');
        expect(text(link)).toBe(example.title);
        expect(link?.getAttribute('href')).toBe(
          `${build.base}instrumenten/partnermatrix/#voorbeeld=${example.id}`,
        );
        // What a trainer copies from the page is the full address of that same link.
        expect(li.querySelector('code')?.textContent).toBe(
          new URL(link!.getAttribute('href')!, build.site).href,
        );
      }
    });

    it('every link to a prepared example, on any page, names an example that exists', () => {
      const ids = new Set(matrixExamples.map((example) => example.id));
      const unknown = builtPages(build).flatMap((page) =>
        [...page.document.querySelectorAll('a[href*="#voorbeeld="]')]
          .map((a) => a.getAttribute('href')!)
          .filter((href) => !ids.has(decodeURIComponent(href.split('#voorbeeld=')[1])))
          .map((href) => `${page.urlPath}: ${href}`),
      );
      expect(unknown).toEqual([]);
    });

    it('is in every sidebar and behind the home page’s “Voor trainers” button', () => {
      const pages = contentPages(build).filter((page) => !page.isEmbed && !page.is404);
      // The home page (Starlight's splash layout) is the one page without a sidebar.
      const withSidebar = pages.filter((page) => page.document.querySelector('nav.sidebar'));
      expect(withSidebar.length).toBe(pages.length - 1);
      const without = withSidebar
        .filter(
          (page) =>
            ![...page.document.querySelectorAll('nav.sidebar a')].some(
              (a) => a.getAttribute('href') === trainersPath && text(a) === 'Voor trainers',
            ),
        )
        .map((page) => page.urlPath);
      expect(without).toEqual([]);
      const home = pages.find((page) => page.urlPath === build.base)!.document;
      const button = [...home.querySelectorAll('.hero a')].find((a) => text(a) === 'Voor trainers');
      expect(new URL(button!.getAttribute('href')!, `http://site.test${build.base}`).pathname).toBe(
        trainersPath,
      );
    });
  },
);
