// The colours of every chart on the site, named after what they show. The same blue and
// rust-red mark the two sides of a comparison in each chart; position and shape always say
// it too, so no chart relies on colour alone. The text colours and both marker colours reach
// WCAG AA contrast (4.5:1) on the background, in both themes, which palette.test.ts checks.
//
// A chart element carries its light colour as an attribute (what an exported SVG or PNG shows,
// without any stylesheet) and a class from paint(); on the page, chart-theme.css gives that
// class the colour of the current theme through a custom property (--chart-<name>).

const BLUE = '#1d5e8c';
const RUST = '#a3360f';
const WHITE = '#ffffff';

export const palette = {
  /** The chart's background; also the halo behind text and the fill of hollow markers. */
  background: WHITE,
  text: '#1f1f1f',
  /** Tick numbers, area names, axis ends and "geen score". */
  mutedText: '#545454',
  grid: '#d9d9d9',
  /** The lines that divide the partner matrix into its four areas. */
  areaDivider: '#9a9a9a',
  /** The thin line from a label that had to move away to its point. */
  leaderLine: '#8a8a8a',
  /** Outline of the selected point. */
  selection: '#000000',
  /** Outline of a point that is not selected, and text on a filled marker. */
  onMarker: WHITE,

  /** Partner matrix: a partner above, on or below the ambition line. */
  aboveLine: BLUE,
  onLine: '#4b4b4b',
  belowLine: RUST,

  /** Questionnaires: a score (bar, or a respondent's dot) and what it is compared with. */
  score: BLUE,
  ambition: RUST,
  teamMean: RUST,
} as const;

export type ChartColor = keyof typeof palette;

/** The same colours for Starlight's dark theme (:root[data-theme='dark']). */
export const darkPalette: Record<ChartColor, string> = {
  background: '#17181c',
  text: '#ececec',
  mutedText: '#b8b8b8',
  grid: '#3b3e45',
  areaDivider: '#80848c',
  leaderLine: '#8d9099',
  selection: '#ffffff',
  onMarker: '#17181c',
  aboveLine: '#6cb6ef',
  onLine: '#bdbdbd',
  belowLine: '#f3936a',
  score: '#6cb6ef',
  ambition: '#f3936a',
  teamMean: '#f3936a',
};

/** The attributes that colour a chart element: light colours, and classes for the theme. */
export function paint(
  fill: ChartColor | null,
  stroke?: ChartColor,
): { fill: string; stroke?: string; class: string } {
  const classes = [fill ? `cf-${fill}` : '', stroke ? `cs-${stroke}` : ''].filter(Boolean);
  return {
    fill: fill ? palette[fill] : 'none',
    ...(stroke ? { stroke: palette[stroke] } : {}),
    class: classes.join(' '),
  };
}
