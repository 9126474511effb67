import { describe, expect, it } from 'vitest';
import { crosses, overlaps, type Box } from '../../lib/charts/label-placement';
import { lineBox } from '../../lib/charts/text';
import { applyMatrix, boxToChart } from './chart-drag';
import {
  DEFAULT_WIDTH,
  TICK_COUNT,
  matrixLayout,
  snapScore,
  type ChartPartner,
} from './chart-layout';

const diagonal = { atNoDependency: 0, atFullDependency: 10 };
const partner = (
  id: string,
  name: string,
  influence: number,
  dependency: number,
): ChartPartner => ({
  id,
  name,
  influence,
  dependency,
  target: null,
});

/** The example of issue 13: long names close together. */
const crowd = [
  partner('a', 'Studiemaatje BV (huiswerkbegeleiding)', 4, 6),
  partner('b', 'Bibliotheek Rivierenland', 4.5, 6.5),
  partner('c', 'Stichting Welzijn Regio', 5, 5),
  partner('d', 'GGD', 7, 3),
  partner('e', 'Schoolbestuur Primair Onderwijs Oost', 3.5, 6),
  partner('f', 'Buurtsportcoaches gemeente', 6, 6),
  partner('g', 'Jeugdfonds Sport & Cultuur', 2, 2),
  partner('h', 'Taalhuis', 8, 8),
];

describe('matrixLayout', () => {
  it.each([288, 343, 640, 1000])('lays out %i px in real pixels, never narrower', (width) => {
    const layout = matrixLayout(width, crowd, diagonal);
    expect(layout.width).toBe(Math.min(width, 720));
    expect(layout.plot.right).toBeLessThanOrEqual(layout.width);
    expect(layout.plot.bottom - layout.plot.top).toBeCloseTo(layout.plot.right - layout.plot.left);
    for (const text of layout.texts) {
      expect(text.size).toBeGreaterThanOrEqual(12);
      const [left, , right] = lineBox(text);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(layout.width + 0.5);
    }
    for (const label of layout.labels) expect(label.box[3]).toBeLessThanOrEqual(layout.height);
  });

  it.each([288, 640])('at %i px no name overlaps another, a point or a line', (width) => {
    const layout = matrixLayout(width, crowd, diagonal);
    const boxes = layout.labels.map((label) => label.box);
    boxes.forEach((box, i) => {
      for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
      for (const p of crowd) {
        const [px, py] = [layout.x(p.dependency), layout.y(p.influence)];
        expect(overlaps(box, [px - 9, py - 9, px + 9, py + 9])).toBe(false);
      }
      const [low, high] = layout.x.domain();
      const middle = (low + high) / 2;
      const lines = [
        layout.ambitionLine,
        { x1: layout.x(middle), y1: layout.plot.top, x2: layout.x(middle), y2: layout.plot.bottom },
        { x1: layout.plot.left, y1: layout.y(middle), x2: layout.plot.right, y2: layout.y(middle) },
      ];
      for (const line of lines) expect(crosses(line, box)).toBe(false);
    });
  });

  it('writes every full name: on the chart, or by number in the legend below it', () => {
    for (const width of [288, 640]) {
      const layout = matrixLayout(width, crowd, diagonal);
      const written = [
        ...layout.labels.filter((l) => l.number === null).map((l) => l.lines.join(' ')),
        layout.texts.map((t) => t.text).join(' '),
      ].join(' ');
      for (const p of crowd) expect(written).toContain(p.name.split(' ').at(-1));
      const numbered = layout.labels.filter((l) => l.number !== null);
      numbered.forEach((label, i) => {
        expect(label.number).toBe(i + 1);
        expect(layout.texts.some((t) => t.text.startsWith(`${i + 1}. `))).toBe(true);
      });
    }
    // On a phone there is less room: some names go to the legend, on a wide chart fewer.
    const numberedAt = (w: number) =>
      matrixLayout(w, crowd, diagonal).labels.filter((l) => l.number !== null).length;
    expect(numberedAt(640)).toBeLessThanOrEqual(numberedAt(288));
  });

  it('keeps "Ambitielijn" off the ambition line, also when the line is set otherwise', () => {
    for (const ambition of [diagonal, { atNoDependency: 6, atFullDependency: 2 }]) {
      const layout = matrixLayout(343, crowd, ambition);
      const label = layout.texts.find((t) => t.text === 'Ambitielijn')!;
      const box: Box = lineBox(label);
      expect(crosses(layout.ambitionLine, box)).toBe(false);
    }
  });

  it('maps scores to pixels and back, gridlines at the even scores', () => {
    const { x, y, plot } = matrixLayout(DEFAULT_WIDTH, [], diagonal);
    expect(x(0)).toBe(plot.left);
    expect(y(0)).toBe(plot.bottom);
    expect(y(10)).toBe(plot.top);
    for (const score of [0, 2.5, 7, 10]) {
      expect(x.invert(x(score))).toBeCloseTo(score, 10);
      expect(y.invert(y(score))).toBeCloseTo(score, 10);
    }
    expect(x.ticks(TICK_COUNT)).toEqual([0, 2, 4, 6, 8, 10]);
  });
});

describe('screen to chart coordinates', () => {
  it('applies a matrix the way DOMMatrix does', () => {
    // x' = a·x + c·y + e, y' = b·x + d·y + f
    const m = { a: 2, b: 0.5, c: -1, d: 3, e: 10, f: 20 };
    expect(applyMatrix(m, 4, 5)).toEqual([8 - 5 + 10, 2 + 15 + 20]);
  });

  it('works the matrix out from the box when the platform gives none', () => {
    const size = { width: 600, height: 500 };
    // Half size, in a box twice as wide as the chart needs: centred (xMidYMid meet).
    const m = boxToChart({ left: 100, top: 50, width: 600, height: 250 }, size)!;
    const margin = (600 - 300) / 2;
    expect(applyMatrix(m, 100 + margin, 50)).toEqual([0, 0]);
    expect(applyMatrix(m, 100 + margin + 300, 50 + 250)).toEqual([600, 500]);
    expect(boxToChart({ left: 0, top: 0, width: 0, height: 0 }, size)).toBeNull();
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

describe('area names', () => {
  // Below 343 px a quarter of the chart is too small for a name beside a diagonal line: the
  // name then stays in its corner, drawn over the line with a halo.
  it('keep clear of the ambition line, wherever it is set', () => {
    const areaNames = ['Strategische', 'Sterk en', 'Beperkt en', 'Afhankelijk,'];
    for (const ambition of [diagonal, { atNoDependency: 8, atFullDependency: 2 }])
      for (const width of [343, 640]) {
        const layout = matrixLayout(width, [], ambition);
        const lines = layout.texts.filter((t) => t.size === 13 && t.muted);
        expect(lines.some((l) => areaNames.some((name) => l.text.startsWith(name)))).toBe(true);
        for (const line of lines) expect(crosses(layout.ambitionLine, lineBox(line))).toBe(false);
      }
  });
});

describe('a static chart (clearOfPartners)', () => {
  // Points in the outer corners of all four areas, where the names go first.
  const corners = [
    partner('a', 'A', 9.5, 9.5),
    partner('b', 'B', 9.5, 0.5),
    partner('c', 'C', 0.5, 9.5),
    partner('d', 'D', 0.5, 0.5),
  ];
  const areaBoxes = (layout: ReturnType<typeof matrixLayout>) =>
    layout.texts.filter((t) => t.size === 13 && t.muted).map(lineBox);
  const pointBoxes = (layout: ReturnType<typeof matrixLayout>) =>
    corners.map((p): Box => {
      const [x, y] = [layout.x(p.dependency), layout.y(p.influence)];
      return [x - 9, y - 9, x + 9, y + 9];
    });

  it('moves an area name out from under a point', () => {
    for (const width of [343, 640]) {
      const layout = matrixLayout(width, corners, diagonal, undefined, { clearOfPartners: true });
      for (const box of areaBoxes(layout))
        for (const point of pointBoxes(layout)) expect(overlaps(box, point)).toBe(false);
    }
  });

  it('is off on the instrument: there the names stay put while points move', () => {
    const still = matrixLayout(640, [], diagonal);
    const moving = matrixLayout(640, corners, diagonal);
    expect(areaBoxes(moving)).toEqual(areaBoxes(still));
  });
});
