import { describe, expect, it } from 'vitest';
import { rowLayout } from './row-layout';
import { lineBox } from './text';

const rows = [
  { key: 'g', text: 'Leiderschap & cultuur', heading: true },
  { key: 'a', text: 'De top van de organisatie draagt het partnerschap zichtbaar uit' },
  { key: 'b', text: 'Kort' },
];
const options = { top: 22, markHeight: 20, valueRoom: 30 };

describe('rowLayout', () => {
  it.each([288, 343, 560, 700])(
    'at %i px: text of 12 px or more, within the chart, full names',
    (width) => {
      const layout = rowLayout(width, rows, { min: 1, max: 5 }, options);
      expect(layout.width).toBe(width);
      expect(layout.ticks).toEqual([1, 2, 3, 4, 5]);
      for (const row of layout.rows)
        for (const line of row.lines) {
          expect(line.size).toBeGreaterThanOrEqual(12);
          expect(lineBox(line)[2]).toBeLessThanOrEqual(width);
        }
      expect(layout.rows[1].lines.map((l) => l.text).join(' ')).toBe(rows[1].text);
    },
  );

  it('puts names beside the scale on a wide chart and above their row on a narrow one', () => {
    const wide = rowLayout(700, rows, { min: 1, max: 5 }, options);
    const [, item] = wide.rows;
    expect(Math.max(...item.lines.map((l) => lineBox(l)[2]))).toBeLessThan(wide.x(1));
    const narrow = rowLayout(343, rows, { min: 1, max: 5 }, options);
    const [, first] = narrow.rows;
    expect(first.middle!).toBeGreaterThan(Math.max(...first.lines.map((l) => l.y)));
  });

  it('never lets one row run into the next', () => {
    for (const width of [288, 700]) {
      const layout = rowLayout(width, rows, { min: 1, max: 5 }, options);
      const tops = layout.rows.map((row) => Math.min(...row.lines.map((l) => lineBox(l)[1])));
      const bottoms = layout.rows.map((row) =>
        Math.max(
          ...row.lines.map((l) => lineBox(l)[3]),
          (row.middle ?? 0) + options.markHeight / 2,
        ),
      );
      for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeGreaterThanOrEqual(bottoms[i - 1]);
      expect(layout.height).toBeGreaterThanOrEqual(bottoms.at(-1)!);
    }
  });

  it('gives a row that asks for more room for its marks that room, at both widths', () => {
    const tall = rows.map((row) => (row.key === 'b' ? { ...row, markHeight: 80 } : row));
    for (const width of [343, 700]) {
      const layout = rowLayout(width, tall, { min: 1, max: 5 }, options);
      const [, a, b] = layout.rows;
      // Row b's band of 80 px lies below row a's text and marks and above the chart's end.
      const aBottom = Math.max(a!.middle! + 10, ...a!.lines.map((l) => lineBox(l)[3]));
      expect(b!.middle! - 40).toBeGreaterThanOrEqual(aBottom);
      expect(layout.height).toBeGreaterThanOrEqual(b!.middle! + 40);
    }
  });
});
