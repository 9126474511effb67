import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { darkPalette, paint, palette, type ChartColor } from './palette';

/** WCAG 2 relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('palette', () => {
  it('holds six-digit hex colours only', () => {
    for (const color of Object.values(palette)) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });

  const readable: ChartColor[] = [
    'text',
    'mutedText',
    'aboveLine',
    'onLine',
    'belowLine',
    'score',
    'ambition',
    'teamMean',
  ];
  const themes = { light: palette, dark: darkPalette };
  describe.each(Object.entries(themes))('in the %s theme', (_theme, colors) => {
    it.each(readable)('%s reaches 4.5:1 on the background', (name) => {
      expect(contrast(colors[name], colors.background)).toBeGreaterThanOrEqual(4.5);
    });

    it('keeps the numbers on a score dot readable', () => {
      expect(contrast(colors.onMarker, colors.score)).toBeGreaterThanOrEqual(4.5);
    });
  });

  it('gives the page stylesheet the same colours as the palette, for each theme', () => {
    const css = readFileSync(new URL('./chart-theme.css', import.meta.url), 'utf8');
    const [light, dark] = css.split(":root[data-theme='dark'] .chart {");
    for (const name of Object.keys(palette) as ChartColor[]) {
      expect(light).toContain(`--chart-${name}: ${palette[name]};`);
      expect(dark).toContain(`--chart-${name}: ${darkPalette[name]};`);
      expect(css).toContain(`.chart .cf-${name} {\n  fill: var(--chart-${name});`);
      expect(css).toContain(`.chart .cs-${name} {\n  stroke: var(--chart-${name});`);
    }
  });

  it('paints with the light colour as attribute and the theme class', () => {
    expect(paint('text', 'background')).toEqual({
      fill: palette.text,
      stroke: palette.background,
      class: 'cf-text cs-background',
    });
    expect(paint(null, 'grid')).toEqual({ fill: 'none', stroke: palette.grid, class: 'cs-grid' });
  });

  it('tells the sides of the ambition line apart', () => {
    const sides = [palette.aboveLine, palette.onLine, palette.belowLine];
    expect(new Set(sides).size).toBe(3);
  });
});
