import { describe, expect, it } from 'vitest';
import { fitToBox } from './beamer-fit';

/** A square chart with 100 px of text under it, like the partner chart. */
const square = (width: number) => ({ width, height: width + 100 });

describe('fitToBox', () => {
  it('takes the whole width when the chart is low enough', () => {
    expect(fitToBox({ width: 800, height: 2000 }, square)).toEqual({ width: 400, height: 500 });
  });

  it('lays the chart out narrower until, drawn twice as large, it fits the height', () => {
    const layout = fitToBox({ width: 1000, height: 700 }, square);
    expect(layout.height * 2).toBeLessThanOrEqual(700);
    expect((layout.height + 20) * 2).toBeGreaterThan(700);
  });

  it('never goes below the smallest width, even when nothing fits', () => {
    expect(fitToBox({ width: 1000, height: 100 }, square).width).toBe(240);
  });
});
