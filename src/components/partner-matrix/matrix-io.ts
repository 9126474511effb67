// The partner matrix's ways in and out: share link, JSON and CSV files, and the autosave.
// Every way in ends in sanitizeMatrix, the one validator of the matrix state.
import { fromJsonExport, toJsonExport } from '../../lib/instrument-kit/json-export';
import { failure, type Outcome } from '../../lib/instrument-kit/result';
import {
  buildFragment,
  decodeSharePayload,
  encodeSharePayload,
  parseFragment,
} from '../../lib/instrument-kit/share-link';
import { createStore } from '../../lib/instrument-kit/storage';
import { decodeTextFile } from '../../lib/instrument-kit/text-file';
import { matrixFromCsv } from '../../lib/partner-strategy/matrix-csv';
import {
  exampleMatrix,
  MATRIX_VERSION,
  sanitizeMatrix,
  type MatrixState,
} from '../../lib/partner-strategy/matrix-state';

export const TOOL = 'partnermatrix';

export function createMatrixStore() {
  return createStore<MatrixState>(() => window.localStorage, {
    key: 'partnerwijzer:partnermatrix',
    version: MATRIX_VERSION,
    migrations: {},
    sanitize: sanitizeMatrix,
  });
}

export async function shareFragment(state: MatrixState): Promise<string> {
  return buildFragment({ data: await encodeSharePayload(state) });
}

export type FragmentLoad =
  { kind: 'none' } | { kind: 'loaded'; from: 'link' | 'example'; outcome: Outcome<MatrixState> };

/** Reads "#data=…" (a shared matrix) or "#voorbeeld=…" (a prepared example); anything else is none. */
export async function matrixFromFragment(hash: string): Promise<FragmentLoad> {
  const params = parseFragment(hash);
  if (params.voorbeeld !== undefined) {
    const example = exampleMatrix(params.voorbeeld);
    return {
      kind: 'loaded',
      from: 'example',
      outcome: example
        ? { ok: true, value: example, warnings: [] }
        : failure('Dit voorbeeld bestaat niet (meer). Je eigen gegevens zijn niet aangepast.'),
    };
  }
  if (params.data === undefined) return { kind: 'none' };
  const decoded = await decodeSharePayload(params.data);
  if (!decoded.ok) return { kind: 'loaded', from: 'link', outcome: decoded };
  const sanitized = sanitizeMatrix(decoded.value);
  return {
    kind: 'loaded',
    from: 'link',
    outcome: sanitized.ok
      ? sanitized
      : failure(
          `Deze link bevat geen bruikbare partnermatrix. ${sanitized.message} Je eigen gegevens zijn niet aangepast.`,
        ),
  };
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
