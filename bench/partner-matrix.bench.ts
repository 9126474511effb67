// npm run bench: how fast the partner matrix reacts with 200 partners, in real Chromium
// against the built site. Prints the figures; fails when 1 drag step in 20 takes 16 ms or more.
// A step is measured from the pointermove event until Preact has updated the DOM; the browser's
// style, layout and paint follow in the same frame.
import { expect, it } from 'vitest';
import { useBrowserAndSite } from '../tests/e2e/support/session';
import { encodeSharePayload } from '../src/lib/instrument-kit/share-link';
import { waitForMatrix } from '../tests/e2e/support/matrix-page';

const session = useBrowserAndSite();

function bigMatrix(partnerCount: number) {
  const goals = Array.from({ length: 4 }, (_, i) => ({
    id: `g${i}`,
    name: `Doel ${i + 1}`,
    urgency: 'middel',
  }));
  const partners = Array.from({ length: partnerCount }, (_, i) => ({
    id: `p${i}`,
    name: `Partner ${i + 1}`,
    // Half the partners on the first goal, so its chart has 100 points.
    goalId: i % 2 === 0 ? 'g0' : goals[1 + (i % 3)].id,
    relation: 'opdracht',
    // Whole scores spread over the 121 grid positions, as workshops tend to score.
    influence: (i * 7) % 11,
    dependency: Math.floor(i / 11) % 11,
    target: i % 4 === 0 ? { influence: 10 - ((i * 7) % 11), dependency: (i * 3) % 11 } : null,
    notes: '',
  }));
  return { v: 1, goals, partners, ambition: { atNoDependency: 0, atFullDependency: 10 } };
}

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((s, v) => s + v, 0) / samples.length;
  return {
    mean,
    median: sorted[Math.floor(sorted.length / 2)],
    p95: sorted[Math.floor(sorted.length * 0.95)],
    max: sorted[sorted.length - 1],
  };
};
const fmt = (label: string, s: ReturnType<typeof stats>) =>
  `${label.padEnd(38)} mean ${s.mean.toFixed(2)} ms · median ${s.median.toFixed(2)} ms · p95 ${s.p95.toFixed(2)} ms · max ${s.max.toFixed(2)} ms`;

it('200 partners: drag steps and full re-renders', async () => {
  const page = await session.browser.context.newPage();
  const fragment = `#data=${await encodeSharePayload(bigMatrix(200))}`;
  const loadStart = Date.now();
  await page.goto(new URL(`instrumenten/partnermatrix/${fragment}`, session.site.url).href);
  await waitForMatrix(page);
  await page.waitForFunction(
    () => document.querySelectorAll('table.inventory tbody tr').length === 200,
  );
  const loadMs = Date.now() - loadStart;

  // Drag: pointer events on the first point, each followed by the render it causes.
  const drag = await page.evaluate(async () => {
    const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    const svg = document.querySelector<SVGSVGElement>('.matrix-chart')!;
    const point = svg.querySelector<SVGGElement>('.matrix-chart__point')!;
    const box = svg.getBoundingClientRect();
    const start = point.getBoundingClientRect();
    const x0 = start.x + start.width / 2;
    const y0 = start.y + start.height / 2;
    point.dispatchEvent(
      new PointerEvent('pointerdown', {
        bubbles: true,
        clientX: x0,
        clientY: y0,
        button: 0,
        pointerId: 1,
      }),
    );
    await flush();
    const samples: number[] = [];
    const input = () =>
      document.querySelector<HTMLInputElement>(
        'table.inventory tbody tr input[aria-label^="Invloed"]',
      )!.value;
    let changes = 0;
    for (let i = 0; i < 60; i++) {
      const before = input();
      const t0 = performance.now();
      svg.dispatchEvent(
        new PointerEvent('pointermove', {
          bubbles: true,
          clientX: box.x + box.width * (0.15 + (i % 30) * 0.025),
          clientY: box.y + box.height * (0.85 - (i % 30) * 0.025),
          pointerId: 1,
        }),
      );
      await Promise.resolve();
      await Promise.resolve();
      samples.push(performance.now() - t0);
      if (input() !== before) changes++;
      await flush();
    }
    svg.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 1 }));
    return { samples, changes };
  });

  // Full re-render: the ambition line moves, so every assessment, point and table row changes.
  const rerender = await page.evaluate(async () => {
    const slider = document.querySelector<HTMLInputElement>(
      '.ambition-controls input[type="range"]',
    )!;
    const samples: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      slider.value = String((i % 2) * 2);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.resolve();
      await Promise.resolve();
      samples.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return samples;
  });

  const dragStats = stats(drag.samples);
  console.log(
    [
      `Partner matrix with 200 partners (100 on the chart), Chromium headless:`,
      `  page load with the share link until 200 rows:  ${loadMs} ms`,
      `  ${fmt('drag step (pointermove → DOM updated)', dragStats)}`,
      `  ${fmt('full re-render (ambition line moved)', stats(rerender))}`,
    ].join('\n'),
  );
  expect(drag.changes).toBeGreaterThan(10);
  expect(dragStats.p95).toBeLessThan(16);
  await page.close();
});
