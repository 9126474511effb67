import { describe, expect, it } from 'vitest';
import {
  CHART,
  TICK_COUNT,
  applyMatrix,
  boxToChart,
  chartScales,
  placeLabels,
  snapScore,
  textBox,
} from './chart-layout';

describe('chart scales', () => {
  it('puts 0 at the bottom left and 10 at the top right of the plot area', () => {
    const { x, y } = chartScales();
    expect(x(0)).toBe(CHART.left);
    expect(x(10)).toBe(CHART.width - CHART.right);
    expect(y(0)).toBe(CHART.height - CHART.bottom);
    expect(y(10)).toBe(CHART.top);
  });

  it('maps pixels back to scores', () => {
    const { x, y } = chartScales();
    for (const score of [0, 2.5, 7, 10]) {
      expect(x.invert(x(score))).toBeCloseTo(score, 10);
      expect(y.invert(y(score))).toBeCloseTo(score, 10);
    }
  });

  it('draws gridlines at the even scores, 0 and 10 included', () => {
    const { x, y } = chartScales();
    expect(x.ticks(TICK_COUNT)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(y.ticks(TICK_COUNT)).toEqual([0, 2, 4, 6, 8, 10]);
  });
});

describe('screen to chart coordinates', () => {
  it('applies a matrix the way DOMMatrix does', () => {
    // x' = a·x + c·y + e, y' = b·x + d·y + f
    const m = { a: 2, b: 0.5, c: -1, d: 3, e: 10, f: 20 };
    expect(applyMatrix(m, 4, 5)).toEqual([8 - 5 + 10, 2 + 15 + 20]);
  });

  it('works the matrix out from the box when the platform gives none', () => {
    // Half size, in a box twice as wide as the chart needs: centred (xMidYMid meet).
    const m = boxToChart({ left: 100, top: 50, width: CHART.width, height: CHART.height / 2 })!;
    const margin = (CHART.width - CHART.width / 2) / 2;
    expect(applyMatrix(m, 100 + margin, 50)).toEqual([0, 0]);
    expect(applyMatrix(m, 100 + margin + CHART.width / 2, 50 + CHART.height / 2)).toEqual([
      CHART.width,
      CHART.height,
    ]);
    expect(boxToChart({ left: 0, top: 0, width: 0, height: 0 })).toBeNull();
  });
});

describe('snapScore', () => {
  it.each([
    [3.2, 3],
    [3.3, 3.5],
    [-4, 0],
    [12, 10],
    [Number.NaN, 0],
  ])('%s → %s', (input, expected) => {
    expect(snapScore(input)).toBe(expected);
  });
});

describe('placeLabels', () => {
  it('keeps labels of partners at the same spot apart', () => {
    const labels = Array.from({ length: 5 }, (_, i) => ({
      id: `p${i}`,
      x: 200,
      y: 200,
      text: `Partner ${i}`,
    }));
    const placed = placeLabels(labels);
    const ys = placed.map((label) => label.y);
    expect(new Set(ys).size).toBe(5);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(15);
    expect(placed.filter((label) => label.moved)).toHaveLength(4);
  });

  it('puts a label left of a point near the right edge', () => {
    const [label] = placeLabels([
      { id: 'a', x: CHART.width - 30, y: 100, text: 'Bibliotheek Midden' },
    ]);
    expect(label.anchor).toBe('end');
    expect(label.x).toBeLessThan(CHART.width - 30);
  });

  it('keeps labels off fixed texts such as the area names', () => {
    const obstacle = textBox(200, 204, 'Strategische partner', 'start');
    const [label] = placeLabels([{ id: 'z', x: 190, y: 200, text: 'Partner Z' }], [obstacle]);
    expect(label.moved).toBe(true);
    const box = textBox(label.x, label.y, 'Partner Z', label.anchor);
    expect(box[1] >= obstacle[3] || box[3] <= obstacle[1]).toBe(true);
  });

  it('shortens very long names on the chart only', () => {
    const [long, short] = placeLabels([
      { id: 'l', x: 100, y: 100, text: 'a'.repeat(300) },
      { id: 's', x: 100, y: 300, text: 'Kort' },
    ]);
    expect(long.text).toBe(`${'a'.repeat(23)}…`);
    expect(short.text).toBe('Kort');
  });
});
