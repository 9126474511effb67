// The partner matrix's ways out (and in by file): JSON, CSV, share link, chart images.
// Loaded on first use, so the page starts with less script.
import { fromJsonExport, toJsonExport } from '../../lib/instrument-kit/json-export';
import type { Outcome } from '../../lib/instrument-kit/result';
import { buildFragment, encodeSharePayload } from '../../lib/instrument-kit/share-link';
import { decodeTextFile } from '../../lib/instrument-kit/text-file';
import { matrixFromCsv, matrixToCsv } from '../../lib/partner-strategy/matrix-csv';
import { matrixExamples } from '../../data/partner-strategy-examples';
import {
  MATRIX_VERSION,
  sanitizeMatrix,
  type MatrixState,
} from '../../lib/partner-strategy/matrix-state';

/** The tool name in our JSON export (here, not in matrix-io.ts, which loads this module). */
const TOOL = 'partnermatrix';

export { matrixToCsv, matrixExamples };

export async function shareFragment(state: MatrixState): Promise<string> {
  return buildFragment({ data: await encodeSharePayload(state) });
}

export const matrixJson = (state: MatrixState) => toJsonExport(TOOL, MATRIX_VERSION, state);

/** A chosen file: our JSON export, or a CSV (ours, or edited in Excel). */
export function matrixFromFile(bytes: Uint8Array, filename: string): Outcome<MatrixState> {
  const text = decodeTextFile(bytes);
  if (!text.ok) return text;
  const looksLikeJson = /\.json$/i.test(filename) || /^\s*[{[]/.test(text.value);
  let result: Outcome<MatrixState>;
  if (looksLikeJson) {
    const envelope = fromJsonExport(text.value, TOOL, MATRIX_VERSION);
    result = envelope.ok ? sanitizeMatrix(envelope.value.state) : envelope;
  } else {
    result = matrixFromCsv(text.value);
  }
  return result.ok ? { ...result, warnings: [...text.warnings, ...result.warnings] } : result;
}
