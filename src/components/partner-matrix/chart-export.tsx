// The partner chart as a picture to keep or share: laid out again at a fixed width with the
// work's title, the goal and the date above it, the legend, and every full name (on the chart
// or by number below it). Always in the light colours (the attributes paint() sets), so an SVG
// or PNG reads the same wherever it is opened, whatever theme the page had. Self-contained: no
// stylesheet, no fonts to fetch. Loaded with the other file features (toolbar-actions.ts).
import { render } from 'preact';
import { sideOfLine } from '../../lib/partner-strategy/ambition-line';
import type { MatrixState } from '../../lib/partner-strategy/matrix-state';
import { textBlock } from '../../lib/charts/text';
import { svgDocument } from '../instrument-kit/browser-files';
import { DEFAULT_WIDTH, type ChartTop } from './chart-layout';
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

const dutchDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** The work's title, the goal and the date ("1 december 2026"), wrapped to the chart's width. */
export function exportHeader(title: string, goal: string, date: Date): ChartTop {
  const at = { x: 8, maxWidth: DEFAULT_WIDTH - 16 };
  const name = textBlock(title, { ...at, y: 28, lineHeight: 24 }, { size: 20, bold: true });
  const aim = textBlock(`Doel: ${goal}`, { ...at, y: name.next, lineHeight: 19 }, { size: 15 });
  const when = textBlock(
    `Gemaakt op ${dutchDate.format(date)}`,
    { ...at, y: aim.next, lineHeight: 16 },
    { size: 12, muted: true },
  );
  return { texts: [...name.lines, ...aim.lines, ...when.lines], next: when.next };
}

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
      top={exportHeader(title, goal.name, date)}
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
