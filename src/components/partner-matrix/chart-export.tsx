// The partner chart as a picture to keep or share: laid out again at a fixed width with the
// work's title, the goal and the date above it, the legend, and every full name (on the chart
// or by number below it). Always in the light colours (the attributes paint() sets), so an SVG
// or PNG reads the same wherever it is opened, whatever theme the page had. Self-contained: no
// stylesheet, no fonts to fetch. Loaded with the other file features (matrix-files.ts).
import { render } from 'preact';
import { sideOfLine } from '../../lib/partner-strategy/ambition-line';
import type { MatrixState } from '../../lib/partner-strategy/matrix-state';
import { formatDutchDate } from '../../lib/charts/text';
import { svgDocument } from '../instrument-kit/browser-files';
import { DEFAULT_WIDTH } from './chart-layout';
import { MatrixChart } from './MatrixChart';

export interface ChartExport {
  /** A standalone SVG document. */
  svg: string;
  width: number;
  height: number;
}

/** A PNG twice the chart's size, sharp on a slide or in print. */
export const pngSize = (chart: Pick<ChartExport, 'width' | 'height'>) => ({
  width: chart.width * 2,
  height: chart.height * 2,
});

/** The chart of goal `goalId` (or the first goal) as an SVG document, titled `title`. */
export function matrixChartExport(
  state: MatrixState,
  goalId: string | undefined,
  title: string,
  date = new Date(),
): ChartExport {
  const goal = state.goals.find((g) => g.id === goalId) ?? state.goals[0];
  const points = state.partners
    .filter((partner) => partner.goalId === goal.id)
    .map((partner) => ({ partner, side: sideOfLine(partner, state.ambition) }));
  const host = document.createElement('div');
  const ignore = () => undefined;
  render(
    <MatrixChart
      goal={goal}
      points={points}
      ambition={state.ambition}
      selectedId={null}
      onSelect={ignore}
      onMove={ignore}
      onMoveTarget={ignore}
      width={DEFAULT_WIDTH}
      header={{ title, goal: goal.name, date: formatDutchDate(date) }}
    />,
    host,
  );
  const svg = host.querySelector('svg')!;
  const result = {
    svg: svgDocument(svg),
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
  };
  render(null, host);
  return result;
}
