import { describe, expect, it } from 'vitest';
import { CROWDED_NAMES, crowdedMatrix } from '../../../tests/support/crowded-matrix';
import type { MatrixState } from '../../lib/partner-strategy/matrix-state';
import { exportHeader, matrixChartExport, pngSize } from './chart-export';
import { matrixLayout } from './chart-layout';

const names = CROWDED_NAMES;
const matrix = (): MatrixState => crowdedMatrix();

/** The words of an exported SVG as a reader sees them (tspans and lines joined). */
const visibleText = (svg: string) =>
  [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')]
    .map((t) => t.textContent)
    .join(' ');

describe('matrixChartExport', () => {
  const state = matrix();
  const chart = matrixChartExport(state, undefined, 'Strategie jeugd 2027', new Date(2026, 11, 1));
  const text = visibleText(chart.svg);

  it('is a standalone SVG document', () => {
    expect(chart.svg.startsWith('<?xml')).toBe(true);
    expect(chart.svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(chart.svg).not.toMatch(/<style|@import|url\(http|<link|tabindex/i);
  });

  it('carries the title, the goal, the date in Dutch and the legend', () => {
    expect(text).toContain('Strategie jeugd 2027');
    expect(text).toContain('Doel: Gelijke kansen voor elk kind');
    expect(text).toContain('Gemaakt op 1 december 2026');
    for (const words of ['boven de lijn', 'op de lijn', 'onder de lijn', 'Ambitielijn: invloed 0'])
      expect(text).toContain(words);
  });

  it('writes every name in full, never cut off', () => {
    expect(text).not.toContain('…');
    // A wrapped name stands in lines of its own: compare without the line breaks.
    const words = text.replace(/\s+/g, ' ');
    for (const name of names) for (const word of name.split(' ')) expect(words).toContain(word);
    const numbered = [...text.matchAll(/(\d+)\. ([^0-9]+?)(?= \d+\. |$)/g)].map((m) => m[2].trim());
    for (const entry of numbered)
      expect(names.some((name) => entry.startsWith(name.slice(0, 8)))).toBe(true);
  });

  it('shows the goal asked for', () => {
    const other = matrixChartExport(state, 'ander', 'Strategie', new Date(2026, 0, 5));
    expect(visibleText(other.svg)).toContain('Doel: Gezonde leefomgeving');
    expect(visibleText(other.svg)).toContain('5 januari 2026');
    expect(visibleText(other.svg)).not.toContain('Taalhuis');
  });

  it('has a sensible size, and a PNG twice that', () => {
    expect(chart.width).toBe(640);
    expect(chart.height).toBeGreaterThan(600);
    expect(chart.height).toBeLessThan(1200);
    expect(pngSize(chart)).toEqual({ width: 1280, height: chart.height * 2 });
  });

  it('wraps a long title and starts the chart below the header', () => {
    const title =
      'Partnerstrategie voor gelijke kansen in het primair en voortgezet onderwijs 2027–2030';
    const top = exportHeader(title, 'Doel', new Date(2026, 11, 1));
    expect(top.texts.filter((t) => t.size === 20).length).toBeGreaterThan(1);
    const layout = matrixLayout(640, [], state.ambition, top);
    const lowest = Math.max(...top.texts.map((t) => t.y));
    expect(Math.min(...layout.legendMarks.map((m) => m.y - 6))).toBeGreaterThan(lowest);
    expect(layout.plot.top).toBeGreaterThan(lowest);
  });
});
