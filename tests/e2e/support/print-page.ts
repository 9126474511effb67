// What a reader notices on paper, read from the page in (emulated) print media.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export interface PaperProblems {
  /** Form fields and buttons that would be printed: "button: Afdrukken". */
  fields: string[];
  /** Headings with nothing printed under them before the next heading of the same level. */
  emptyHeadings: string[];
}

/** Fields, buttons and empty headings that the printed page would show. */
export function paperProblems(page: Page): Promise<PaperProblems> {
  return page.evaluate(() => {
    const shown = (element: Element) => {
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
        return false;
      }
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1;
    };
    const fields = [
      ...document.querySelectorAll('input, select, textarea, button, progress, [role="button"]'),
    ]
      // A chart's points are drawn shapes on paper, whatever role they have on screen.
      .filter((field) => !field.closest('svg') && shown(field))
      .map(
        (field) =>
          `${field.tagName.toLowerCase()}: ${field.getAttribute('aria-label') ?? field.textContent?.trim() ?? ''}`,
      );

    // The page in reading order: headings and printed content (text, charts, images).
    const HEADING = 'h1, h2, h3, h4, h5, h6';
    const events: { level: number; text: string }[] = [];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.matches(HEADING) && shown(node)) {
          events.push({ level: Number(node.tagName[1]), text: node.textContent?.trim() ?? '' });
        } else if (node.matches('svg, img') && !node.closest(HEADING) && shown(node)) {
          events.push({ level: 0, text: '' });
        }
      } else if (node.textContent?.trim()) {
        const parent = node.parentElement;
        if (parent && !parent.closest(HEADING) && !parent.closest('svg') && shown(parent)) {
          events.push({ level: 0, text: '' });
        }
      }
    }
    const emptyHeadings = events.flatMap((event, index) => {
      if (event.level === 0) return [];
      for (const next of events.slice(index + 1)) {
        if (next.level === 0) return [];
        if (next.level <= event.level) break;
      }
      return [`h${event.level}: ${event.text}`];
    });
    return { fields, emptyHeadings };
  });
}

/** The A4 PDF of the page as printed, with its number of pages and page size in points. */
export async function printPdf(
  page: Page,
  name: string,
): Promise<{ magic: string; pages: number; a4: boolean }> {
  const pdf = await page.pdf({ format: 'A4' });
  // PRINT_PDF_DIR=/some/dir keeps the PDFs, to look at them.
  const keep = process.env.PRINT_PDF_DIR;
  if (keep) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(path.join(keep, `${name}.pdf`), pdf);
  }
  const text = pdf.toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  return {
    magic: text.slice(0, 4),
    pages: (text.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length,
    // A4 is 595.28 × 841.89 points; Chromium rounds to whole pixels at 96 dpi.
    a4:
      boxes.length > 0 &&
      boxes.every(
        ([, width, height]) =>
          Math.abs(Number(width) - 595.3) < 1.5 && Math.abs(Number(height) - 841.9) < 1.5,
      ),
  };
}
