import { describe, expect, it } from 'vitest';
import { quadrants } from '../../data/partner-strategy';
import { crosses, overlaps, type Box } from '../../lib/charts/label-placement';
import { lineBox } from '../../lib/charts/text';
import { POINT_RADIUS } from '../partner-matrix/chart-layout';
import { SCHEMA_FILE_WIDTH, SCHEMA_PAGE_WIDTH } from './schema-file';
import { MIN_ARROW, schemaFileHeader, schemaLayout } from './schema-layout';

const pointBox = ({ x, y }: { x: number; y: number }): Box => [
  x - POINT_RADIUS,
  y - POINT_RADIUS,
  x + POINT_RADIUS,
  y + POINT_RADIUS,
];

describe.each([SCHEMA_PAGE_WIDTH, SCHEMA_FILE_WIDTH])('the schema laid out at %i px', (width) => {
  const { layout, partners } = schemaLayout(width);
  const areaLines = layout.texts.filter((t) => t.size === 13 && t.muted);

  it('fits its width and keeps every text at 12 px or more', () => {
    expect(layout.width).toBe(width);
    expect(Math.min(...layout.texts.map((t) => t.size))).toBeGreaterThanOrEqual(12);
  });

  it('names the four areas, X, Y and Z, and the ambition line', () => {
    const words = layout.texts.map((t) => t.text).join(' ');
    for (const quadrant of quadrants)
      for (const word of quadrant.label.split(' ')) expect(words).toContain(word);
    expect(layout.labels.map((label) => label.lines.join(' '))).toEqual(['X', 'Y', 'Z']);
    expect(words).toContain('Ambitielijn');
  });

  it('draws an arrow for every move that leaves the point and points where the partner goes', () => {
    for (const { at, arrow, row } of partners) {
      const target = { x: layout.x(row.target!.dependency), y: layout.y(row.target!.influence) };
      expect(Math.hypot(arrow.x1 - at.x, arrow.y1 - at.y)).toBeGreaterThan(POINT_RADIUS);
      expect(Math.hypot(arrow.x2 - arrow.x1, arrow.y2 - arrow.y1)).toBeGreaterThanOrEqual(
        MIN_ARROW - 1e-9,
      );
      const along =
        (arrow.x2 - arrow.x1) * (target.x - at.x) + (arrow.y2 - arrow.y1) * (target.y - at.y);
      expect(along).toBeGreaterThan(0);
      expect(arrow.x2).toBeLessThanOrEqual(layout.plot.right);
    }
  });

  it('keeps the area names and labels out from under the points and arrows', () => {
    const labelBoxes = layout.labels.map((label) => label.box);
    for (const box of [...areaLines.map(lineBox), ...labelBoxes])
      for (const { at, arrow } of partners) {
        expect(overlaps(box, pointBox(at))).toBe(false);
        expect(crosses(arrow, box)).toBe(false);
      }
  });
});

describe('the file header', () => {
  it('wraps the title and the credit to the width and starts the chart below them', () => {
    const top = schemaFileHeader(
      320,
      'Een titel die te lang is voor één regel op dit schema',
      'Bron',
    );
    const bottom = Math.max(...top.texts.map((t) => t.y));
    expect(top.texts.filter((t) => t.size === 20).length).toBeGreaterThan(1);
    expect(top.next).toBeGreaterThan(bottom);
    for (const line of top.texts) expect(lineBox(line)[2]).toBeLessThanOrEqual(320);
  });
});
