import type { Page } from 'playwright-core';

/** The widths a reader brings: small and common phones, a tablet, a laptop. */
export const READER_WIDTHS = [320, 375, 768, 1366] as const;

/**
 * How far the page reaches beyond the viewport (0 when it fits), with the elements that stick
 * out furthest, so that a failure says where to look.
 */
export async function overflow(page: Page): Promise<{ extra: number; culprits: string[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const extra = Math.max(0, document.documentElement.scrollWidth - window.innerWidth);
    if (extra === 0) return { extra, culprits: [] };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        el.classList.length ? `.${[...el.classList].join('.')}` : ''
      }`;
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > viewport + 1;
    // The innermost elements that stick out: their ancestors are only wide because of them.
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map(({ el, right }) => `${describe(el)} reaches ${Math.round(right)} px`);
    return { extra, culprits };
  });
}

/** A control smaller than 24 × 24 CSS pixels (WCAG 2.5.8), described with its name and size. */
export async function smallControls(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const controls = document.querySelectorAll<HTMLElement>(
      `${scope} :is(button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"]))`,
    );
    return [...controls].flatMap((el) => {
      // The chart's own points and handles are measured by the chart's tests.
      if (el.closest('svg')) return [];
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const hidden =
        box.width === 0 ||
        box.height === 0 ||
        style.visibility === 'hidden' ||
        el.closest('.sr-only, [hidden]') !== null;
      if (hidden || (box.width >= 24 && box.height >= 24)) return [];
      const name =
        el.getAttribute('aria-label') ??
        el.textContent?.trim().slice(0, 40) ??
        el.tagName.toLowerCase();
      return [
        `${el.tagName.toLowerCase()} "${name}": ${Math.round(box.width)} × ${Math.round(box.height)}`,
      ];
    });
  }, scope);
}
