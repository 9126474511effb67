// The partner matrix's ways in: the autosave (loaded at start) and a link, whose decoder and
// examples load only when a link asks for them. Every way in ends in sanitizeMatrix, the one
// validator of the matrix state.
import { failure, type Outcome } from '../../lib/instrument-kit/result';
import { sanitizeMatrix, type MatrixState } from '../../lib/partner-strategy/matrix-state';

export type FragmentLoad =
  | { kind: 'none' }
  | { kind: 'loaded'; from: MatrixOrigin; title?: string; outcome: Outcome<MatrixState> };

/** Where a matrix in a link comes from: a shared link, a prepared example or the ambition check. */
export type MatrixOrigin = 'link' | 'example' | 'ambition-check';

/** The fragment key the ambition check adds to its link, so the matrix can say where it came from. */
export const AMBITION_CHECK_MARK = { van: 'ambitielijn-check' } as const;

/** "#data=…" or "#voorbeeld=…" somewhere in a hash; a heading anchor is not a link to load. */
const hasState = (hash: string) => /[#&](data|voorbeeld)=/.test(hash);

/** Reads "#data=…" (a shared matrix) or "#voorbeeld=…" (a prepared example); anything else is none. */
export async function matrixFromFragment(hash: string): Promise<FragmentLoad> {
  if (!hasState(hash)) return { kind: 'none' };
  const { parseFragment, decodeSharePayload } = await import('../../lib/instrument-kit/share-link');
  const params = parseFragment(hash);
  if (params.voorbeeld !== undefined) {
    const { exampleMatrix, exampleTitle } =
      await import('../../lib/partner-strategy/matrix-examples');
    const example = exampleMatrix(params.voorbeeld);
    return {
      kind: 'loaded',
      from: 'example',
      title: exampleTitle(params.voorbeeld) ?? undefined,
      outcome: example
        ? { ok: true, value: example, warnings: [] }
        : failure('Dit voorbeeld bestaat niet (meer). Je eigen gegevens zijn niet aangepast.'),
    };
  }
  if (params.data === undefined) {
    // "data=" is there but could not be read (broken percent-encoding): say so.
    return {
      kind: 'loaded',
      from: 'link',
      outcome: failure(
        'Deze link is beschadigd: een deel ontbreekt of is verkeerd overgenomen. Je eigen gegevens zijn niet aangepast.',
      ),
    };
  }
  const decoded = await decodeSharePayload(params.data);
  if (!decoded.ok) return { kind: 'loaded', from: 'link', outcome: decoded };
  const sanitized = sanitizeMatrix(decoded.value);
  return {
    kind: 'loaded',
    from: params.van === AMBITION_CHECK_MARK.van ? 'ambition-check' : 'link',
    outcome: sanitized.ok
      ? sanitized
      : failure(
          `Deze link bevat geen bruikbare partnermatrix. ${sanitized.message} Je eigen gegevens zijn niet aangepast.`,
        ),
  };
}

/** The file and link features, loaded when the reader first uses one of them. */
export const loadMatrixFiles = () => import('./matrix-files');
