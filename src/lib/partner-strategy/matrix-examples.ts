// Kept apart from matrix-state so that the prepared examples (long texts) load only when
// a reader asks for one.
import { matrixExampleById } from '../../data/partner-strategy-examples';
import { sanitizeMatrix, type MatrixState } from './matrix-state';

/** A sanitized copy of a prepared example, or null when there is no example with this id. */
export function exampleMatrix(id: string): MatrixState | null {
  const example = matrixExampleById(id);
  if (!example) return null;
  const result = sanitizeMatrix(example.state);
  return result.ok ? result.value : null;
}

/** The title of a prepared example, or null. */
export function exampleTitle(id: string): string | null {
  return matrixExampleById(id)?.title ?? null;
}
