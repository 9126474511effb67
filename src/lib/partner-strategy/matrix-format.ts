// The partner matrix's documents in the work library: format version, migrations, validator.
import type { InstrumentFormat } from '../work-library/document';
import { emptyMatrix, MATRIX_VERSION, sanitizeMatrix, type MatrixState } from './matrix-state';

export const matrixFormat: InstrumentFormat<MatrixState> = {
  instrument: 'partnermatrix',
  format: MATRIX_VERSION,
  migrations: {},
  sanitize: sanitizeMatrix,
  empty: emptyMatrix,
  defaultTitle: 'Mijn partnermatrix',
  legacyKey: 'partnerwijzer:partnermatrix',
};
