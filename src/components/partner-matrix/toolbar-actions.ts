// What the toolbar's file and link buttons do (MatrixToolbar.tsx). Part of the file code that
// loads on first use (matrix-files.ts), so the page starts without it.
import {
  datedFilename,
  downloadBlob,
  downloadText,
  readFileBytes,
  shareUrl,
  svgToPng,
} from '../instrument-kit/browser-files';
import type { Instrument } from '../instrument-kit/use-instrument';
import type { MatrixState } from '../../lib/partner-strategy/matrix-state';
import { matrixChartExport, pngSize } from './chart-export';
import { matrixFromFile, matrixJson, matrixToCsv, shareFragment } from './matrix-files';

export interface ToolbarContext {
  kit: Instrument<MatrixState>;
  /** The chart on screen: its goal is the one exported as a picture. */
  svg: SVGSVGElement | null;
  openAsNew: (next: MatrixState, title: string, what: string, warnings?: string[]) => Promise<void>;
  onShareUrl: (url: string | null) => void;
}

export function exportJson(state: MatrixState): void {
  downloadText(datedFilename('partnermatrix', 'json'), matrixJson(state), 'application/json');
}

export function exportCsv(state: MatrixState): void {
  downloadText(datedFilename('partnermatrix', 'csv'), matrixToCsv(state), 'text/csv;charset=utf-8');
}

/** The chart on screen (its goal), as a picture with the work's title, goal and date. */
export async function exportChart(kind: 'svg' | 'png', { kit, svg }: ToolbarContext) {
  const { work } = kit;
  const chart = matrixChartExport(
    work.state,
    svg?.dataset.goalId,
    work.doc?.title ?? 'Partnermatrix',
  );
  const filename = datedFilename('partnermatrix', kind);
  if (kind === 'svg') {
    downloadText(filename, chart.svg, 'image/svg+xml');
    return;
  }
  const { width, height } = pngSize(chart);
  downloadBlob(filename, await svgToPng(chart.svg, width, height));
}

export async function makeShareLink({ kit, onShareUrl }: ToolbarContext): Promise<void> {
  const state = kit.work.state;
  const url = shareUrl(await shareFragment(state));
  onShareUrl(
    await kit.offerLink(url, 'Iedereen met de link ziet deze partnermatrix.', () =>
      exportJson(state),
    ),
  );
}

/** A chosen file opens as new work beside the reader's own; a file we cannot read says why. */
export async function importFile({ kit, openAsNew }: ToolbarContext, file: File): Promise<void> {
  const result = matrixFromFile(await readFileBytes(file), file.name);
  if (!result.ok) {
    kit.say('error', `${result.message} Je eigen gegevens zijn niet aangepast.`);
    return;
  }
  const title = file.name.replace(/\.(json|csv|txt)$/i, '') || 'Geïmporteerde partnermatrix';
  await openAsNew(result.value, title, `Bestand ${file.name}`, result.warnings);
}
