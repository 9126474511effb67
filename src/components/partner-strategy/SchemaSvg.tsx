// The influence × dependency schema with the ambition line and the moves of X, Y and Z, drawn
// with the partner matrix's own parts. Rendered on the server only: in the chapter (no script)
// and as the downloadable file /figuren/schema.svg.
import { sideText } from '../partner-matrix/wording';
import { POINT_RADIUS } from '../partner-matrix/chart-layout';
import { ArrowMarker, CHART_FONT, MatrixChartFrame } from '../partner-matrix/MatrixChartFrame';
import { ArrowMark, LabelMark, PointShape } from '../partner-matrix/MatrixChartMarks';
import type { ChartTop } from '../partner-matrix/chart-layout';
import { schemaLayout } from './schema-layout';
import { ambitionText, axesText, moveText } from './schema-wording';

interface Props {
  /** The width to lay the schema out for, in pixels. */
  width: number;
  /** Makes the ids inside unique on the page. */
  idPrefix: string;
  /** Texts above the schema (the downloaded file's title). */
  top?: ChartTop;
  /** A file of its own: with the SVG namespace. */
  standalone?: boolean;
}

export const SCHEMA_TITLE = 'Schema van invloed en afhankelijkheid, met X, Y en Z';

export function SchemaSvg(props: Props) {
  const { layout, partners, ambition } = schemaLayout(props.width, props.top);
  const { idPrefix } = props;
  const marker = `${idPrefix}-pijl`;
  const description = [
    axesText(),
    ambitionText(ambition),
    ...partners.map(
      (partner) =>
        `${partner.letter} staat ${sideText(partner.side)}: ${moveText(partner.directions)}.`,
    ),
  ].join(' ');
  return (
    <svg
      xmlns={props.standalone ? 'http://www.w3.org/2000/svg' : undefined}
      class="chart schema-chart"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${idPrefix}-titel`}
      aria-describedby={`${idPrefix}-beschrijving`}
      font-family={CHART_FONT}
      // On the page the table beside it says the same: search finds the words there once.
      data-pagefind-ignore={props.standalone ? undefined : ''}
    >
      <title id={`${idPrefix}-titel`}>{SCHEMA_TITLE}</title>
      <desc id={`${idPrefix}-beschrijving`}>{description}</desc>
      <ArrowMarker id={marker} />
      <MatrixChartFrame layout={layout} />
      {partners.map((partner) => (
        <ArrowMark key={partner.row.id} {...partner.arrow} markerId={marker} />
      ))}
      {partners.map((partner, index) => (
        <LabelMark
          key={partner.row.id}
          label={layout.labels[index]}
          fromX={partner.at.x}
          fromY={partner.at.y}
        />
      ))}
      {partners.map((partner) => (
        <PointShape
          key={partner.row.id}
          side={partner.side}
          cx={partner.at.x}
          cy={partner.at.y}
          r={POINT_RADIUS}
          outline="onMarker"
        />
      ))}
    </svg>
  );
}
