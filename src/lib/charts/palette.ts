// The colours of every chart on the site, named after what they show. The same blue and
// rust-red mark the two sides of a comparison in each chart; position and shape always say
// it too, so no chart relies on colour alone. The text colours and both marker colours reach
// WCAG AA contrast (4.5:1) on the white background, which palette.test.ts checks.

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
