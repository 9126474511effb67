import { describe, expect, it } from 'vitest';
import { prng } from '../../../tests/support/prng';
import { crosses, overlaps, placeLabels, type Box, type PlacementOptions } from './label-placement';

const options: PlacementOptions = {
  fontSize: 13,
  lineHeight: 16,
  bounds: [0, 0, 400, 400],
  pointRadius: 10,
  maxLabelWidth: 160,
};
const pointBox = (x: number, y: number): Box => [x - 10, y - 10, x + 10, y + 10];

describe('crosses', () => {
  it('tells a line through a box from one beside it', () => {
    const box: Box = [10, 10, 20, 20];
    expect(crosses({ x1: 0, y1: 0, x2: 30, y2: 30 }, box)).toBe(true);
    expect(crosses({ x1: 0, y1: 15, x2: 5, y2: 15 }, box)).toBe(false);
    expect(crosses({ x1: 0, y1: 30, x2: 30, y2: 25 }, box)).toBe(false);
    expect(crosses({ x1: 15, y1: 0, x2: 15, y2: 40 }, box)).toBe(true);
  });
});

describe('placeLabels', () => {
  it('puts a lone label right beside its point, without a leader line', () => {
    const [label] = placeLabels([{ id: 'a', x: 100, y: 100, text: 'Taalhuis' }], options);
    expect(label.lines).toEqual(['Taalhuis']);
    expect(label.leader).toBe(false);
    expect(label.box[0]).toBeGreaterThan(100);
    expect(label.box[0] - 100).toBeLessThan(20);
  });

  it('keeps 40 labels in a crowd apart, off every point, inside the bounds', () => {
    const random = prng(13).next;
    const labels = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      x: 40 + random() * 320,
      y: 40 + random() * 320,
      text: `Partner met een naam ${i}`,
    }));
    const placed = placeLabels(labels, options);
    const numbered = placed.filter((label) => label.number !== null);
    // A crowd this size does not fit with full names: the rest get numbers, 1, 2, 3, …
    expect(numbered.map((label) => label.number)).toEqual(numbered.map((_, i) => i + 1));
    placed.forEach((label, i) => {
      const [left, top, right, bottom] = label.box;
      expect(left >= 0 && top >= 0 && right <= 400 && bottom <= 400).toBe(true);
      for (const other of placed.slice(i + 1)) expect(overlaps(label.box, other.box)).toBe(false);
      for (const point of labels)
        expect(overlaps(label.box, pointBox(point.x, point.y))).toBe(false);
    });
    // Full names for every label that is not a number: never shortened.
    placed.forEach((label, i) => {
      if (label.number === null) expect(label.lines.join(' ')).toBe(labels[i].text);
    });
  });

  it('never lays a label across a line, such as the ambition line', () => {
    const line = { x1: 0, y1: 400, x2: 400, y2: 0 };
    const labels = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`,
      x: 30 + i * 30,
      y: 370 - i * 30,
      text: `Op de lijn ${i}`,
    }));
    for (const label of placeLabels(labels, { ...options, lines: [line] }))
      expect(crosses(line, label.box)).toBe(false);
  });

  it('moves a label off a fixed text, with a leader line when it had to go further', () => {
    const obstacle: Box = [100, 80, 400, 120];
    const [label] = placeLabels([{ id: 'z', x: 90, y: 100, text: 'Partner Z' }], {
      ...options,
      bounds: [0, 0, 400, 400],
      obstacles: [obstacle, [0, 80, 80, 120]],
    });
    expect(overlaps(label.box, obstacle)).toBe(false);
    expect(label.number).toBeNull();
  });

  it('wraps a long name rather than giving up on it', () => {
    const [label] = placeLabels(
      [{ id: 'l', x: 20, y: 200, text: 'Schoolbestuur Primair Onderwijs Oost-Nederland' }],
      { ...options, bounds: [0, 0, 220, 400] },
    );
    expect(label.lines.length).toBeGreaterThan(1);
    expect(label.lines.join(' ')).toBe('Schoolbestuur Primair Onderwijs Oost-Nederland');
  });

  it('keeps the order of its input', () => {
    const placed = placeLabels(
      [
        { id: 'b', x: 300, y: 300, text: 'B' },
        { id: 'a', x: 100, y: 100, text: 'A' },
      ],
      options,
    );
    expect(placed.map((label) => label.id)).toEqual(['b', 'a']);
  });
});
