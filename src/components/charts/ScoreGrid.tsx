import { paint } from '../../lib/charts/palette';
import { ChartText } from './ChartText';

/** The vertical grid lines and their score labels of a row chart (rowLayout's ticks). */
export function ScoreGrid(props: {
  layout: { ticks: number[]; gridTop: number; gridBottom: number; tickY: number };
  x: (score: number) => number;
}) {
  const { layout, x } = props;
  return (
    <>
      {layout.ticks.map((tick) => (
        <line
          key={tick}
          x1={x(tick)}
          x2={x(tick)}
          y1={layout.gridTop}
          y2={layout.gridBottom}
          {...paint(null, 'grid')}
        />
      ))}
      <ChartText
        lines={layout.ticks.map((tick) => ({
          x: x(tick),
          y: layout.tickY,
          text: String(tick),
          size: 12,
          anchor: 'middle' as const,
          muted: true,
        }))}
      />
    </>
  );
}
