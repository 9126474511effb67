import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { PartnerRow } from '../../lib/partner-strategy/matrix-state';
import { MatrixChart } from './MatrixChart';

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
});
