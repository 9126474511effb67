import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { PartnerRow } from '../../lib/partner-strategy/matrix-state';
import { DEFAULT_WIDTH, matrixLayout } from './chart-layout';
import { MatrixChart } from './MatrixChart';

// happy-dom gives every SVG the identity as its screen matrix: client coordinates are the
// chart's own.
const { x, y } = matrixLayout(DEFAULT_WIDTH, [], { atNoDependency: 0, atFullDependency: 10 });
const at = (dependency: number, influence: number, patch = {}) => ({
  clientX: x(dependency),
  clientY: y(influence),
  pointerId: 7,
  button: 0,
  ...patch,
});

const goal = { id: 'g1', name: 'Gelijke kansen', urgency: 'hoog' as const };
const partner = (patch: Partial<PartnerRow>): PartnerRow => ({
  id: 'p1',
  name: 'School',
  goalId: 'g1',
  relation: 'subsidie',
  influence: 5,
  dependency: 5,
  target: null,
  notes: '',
  ...patch,
});

function renderChart(
  points: { partner: PartnerRow; side: 'boven' | 'op' | 'onder' }[],
  handlers = {},
) {
  return render(
    <MatrixChart
      goal={goal}
      points={points}
      ambition={{ atNoDependency: 0, atFullDependency: 10 }}
      selectedId={null}
      onSelect={() => undefined}
      onMove={() => undefined}
      onMoveTarget={() => undefined}
      {...handlers}
    />,
  );
}

/** The drag code loads when a pointer first comes over the chart; wait for it. */
async function hover(svg: SVGSVGElement) {
  fireEvent.pointerOver(svg);
  await import('./chart-drag');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('MatrixChart', () => {
  it('shows a name that looks like markup as plain text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { container } = renderChart([{ partner: partner({ name }), side: 'boven' }]);
    expect(container.querySelector('img')).toBeNull();
    expect(
      [...container.querySelectorAll('text')].some((t) => t.textContent?.startsWith('<img src=x')),
    ).toBe(true);
    expect(container.querySelector('.matrix-chart__point')?.getAttribute('aria-label')).toContain(
      name,
    );
  });

  it('gives every point its full name as tooltip and accessible name, however long', () => {
    const name = 'Stichting Samenwerkende Bibliotheken en Taalhuizen in de regio Rivierenland-Oost';
    const { container } = renderChart([{ partner: partner({ name }), side: 'boven' }]);
    const point = container.querySelector('.matrix-chart__point')!;
    expect(point.querySelector('title')?.textContent).toBe(name);
    expect(point.getAttribute('aria-label')).toContain(`${name}:`);
    const drawn = [...container.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(drawn).not.toContain('…');
    for (const word of name.split(' ')) expect(drawn).toContain(word);
  });

  it('tells above from below the line by shape and in words, not by colour alone', () => {
    const { container } = renderChart([
      { partner: partner({ id: 'a', name: 'Boven', influence: 8, dependency: 2 }), side: 'boven' },
      { partner: partner({ id: 'b', name: 'Onder', influence: 2, dependency: 8 }), side: 'onder' },
    ]);
    const points = [...container.querySelectorAll('.matrix-chart__point')];
    expect(points[0].querySelector('circle')).not.toBeNull();
    expect(points[1].querySelector('path')).not.toBeNull();
    expect(points[0].getAttribute('aria-label')).toContain('boven de ambitielijn');
    expect(points[1].getAttribute('aria-label')).toContain('onder de ambitielijn');
  });

  it('moves a point with the arrow keys, Shift for larger steps, never off the scale', () => {
    const onMove = vi.fn();
    const { container } = renderChart(
      [{ partner: partner({ influence: 9.5, dependency: 1 }), side: 'boven' }],
      { onMove },
    );
    const point = container.querySelector('.matrix-chart__point')!;
    fireEvent.keyDown(point, { key: 'ArrowUp' });
    fireEvent.keyDown(point, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyDown(point, { key: 'ArrowRight', shiftKey: true });
    expect(onMove.mock.calls).toEqual([
      ['p1', { influence: 10, dependency: 1 }],
      ['p1', { influence: 9.5, dependency: 0 }],
      ['p1', { influence: 9.5, dependency: 3 }],
    ]);
  });

  it('draws an arrow to the desired position', () => {
    const { container } = renderChart([
      { partner: partner({ target: { influence: 8, dependency: 5 } }), side: 'op' },
    ]);
    expect(container.querySelector('line[marker-end]')).not.toBeNull();
    expect(container.querySelector('.matrix-chart__handle')?.getAttribute('aria-label')).toContain(
      'Gewenste positie',
    );
  });

  it('drags a point with the pointer, one call per new position, and selects it', async () => {
    const onMove = vi.fn();
    const onSelect = vi.fn();
    const { container } = renderChart([{ partner: partner({}), side: 'op' }], {
      onMove,
      onSelect,
    });
    const svg = container.querySelector('svg')!;
    await hover(svg);
    const point = container.querySelector('.matrix-chart__point')!;
    fireEvent.pointerDown(point.firstElementChild!, at(5, 5));
    expect(onSelect).toHaveBeenCalledWith('p1');
    fireEvent.pointerMove(svg, at(5.1, 5.1));
    fireEvent.pointerMove(svg, at(7, 8));
    fireEvent.pointerMove(svg, at(7.1, 7.9));
    fireEvent.pointerMove(svg, at(12, -3));
    fireEvent.pointerMove(svg, at(3, 2, { pointerId: 8 }));
    fireEvent.pointerUp(svg, at(12, -3));
    fireEvent.pointerMove(svg, at(1, 1));
    expect(onMove.mock.calls).toEqual([
      ['p1', { influence: 8, dependency: 7 }],
      ['p1', { influence: 0, dependency: 10 }],
    ]);
  });

  it('keeps the point where the pointer took hold of it, so it does not jump', async () => {
    const onMove = vi.fn();
    const { container } = renderChart([{ partner: partner({}), side: 'boven' }], { onMove });
    const svg = container.querySelector('svg')!;
    await hover(svg);
    const grip = { clientX: x(5) + 6, clientY: y(5) - 6 };
    fireEvent.pointerDown(container.querySelector('.matrix-chart__point circle')!, at(5, 5, grip));
    fireEvent.pointerMove(svg, at(5, 5, { clientX: grip.clientX + 2, clientY: grip.clientY }));
    expect(onMove).not.toHaveBeenCalled();
    fireEvent.pointerMove(svg, at(0, 0, { clientX: x(6) + 6, clientY: y(4) - 6 }));
    expect(onMove.mock.calls).toEqual([['p1', { influence: 4, dependency: 6 }]]);
  });

  it('drags the desired position by its own handle', async () => {
    const onMove = vi.fn();
    const onMoveTarget = vi.fn();
    const { container } = renderChart(
      [{ partner: partner({ target: { influence: 8, dependency: 5 } }), side: 'op' }],
      { onMove, onMoveTarget },
    );
    const svg = container.querySelector('svg')!;
    await hover(svg);
    fireEvent.pointerDown(container.querySelector('.matrix-chart__handle')!, at(5, 8));
    fireEvent.pointerMove(svg, at(9, 9.5));
    fireEvent.pointerCancel(svg, at(9, 9.5));
    fireEvent.pointerMove(svg, at(1, 1));
    expect(onMove).not.toHaveBeenCalled();
    expect(onMoveTarget.mock.calls).toEqual([['p1', { influence: 9.5, dependency: 9 }]]);
  });

  it('starts no drag with another button or away from the points', async () => {
    const onMove = vi.fn();
    const onSelect = vi.fn();
    const { container } = renderChart([{ partner: partner({}), side: 'op' }], {
      onMove,
      onSelect,
    });
    const svg = container.querySelector('svg')!;
    await hover(svg);
    fireEvent.pointerDown(
      container.querySelector('.matrix-chart__point rect')!,
      at(5, 5, { button: 2 }),
    );
    fireEvent.pointerMove(svg, at(8, 8));
    fireEvent.pointerUp(svg, at(8, 8));
    fireEvent.pointerDown(svg, at(5, 5));
    fireEvent.pointerMove(svg, at(8, 8));
    expect(onMove).not.toHaveBeenCalled();
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('a press that comes before the drag code has loaded still starts the drag', async () => {
    const onSelect = vi.fn();
    const onMove = vi.fn();
    const { container } = renderChart([{ partner: partner({}), side: 'op' }], {
      onSelect,
      onMove,
    });
    const svg = container.querySelector('svg')!;
    fireEvent.pointerDown(container.querySelector('.matrix-chart__point rect')!, at(5, 5));
    await import('./chart-drag');
    await vi.waitFor(() => expect(onSelect).toHaveBeenCalledWith('p1'));
    fireEvent.pointerMove(svg, at(7, 8));
    expect(onMove.mock.calls).toEqual([['p1', { influence: 8, dependency: 7 }]]);
  });

  it('a press let go before the drag code has loaded starts no drag', async () => {
    const onMove = vi.fn();
    const { container } = renderChart([{ partner: partner({}), side: 'op' }], { onMove });
    const svg = container.querySelector('svg')!;
    fireEvent.pointerDown(container.querySelector('.matrix-chart__point rect')!, at(5, 5));
    fireEvent.pointerUp(svg, at(5, 5));
    await import('./chart-drag');
    await new Promise((resolve) => setTimeout(resolve, 0));
    fireEvent.pointerMove(svg, at(7, 8));
    expect(onMove).not.toHaveBeenCalled();
  });

  it('stops listening when the chart goes away', async () => {
    const onMove = vi.fn();
    const { container, unmount } = renderChart([{ partner: partner({}), side: 'op' }], { onMove });
    const svg = container.querySelector('svg')!;
    await hover(svg);
    fireEvent.pointerDown(container.querySelector('.matrix-chart__point rect')!, at(5, 5));
    unmount();
    fireEvent.pointerMove(svg, at(8, 8));
    expect(onMove).not.toHaveBeenCalled();
  });
});
