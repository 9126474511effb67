// The partner matrix's documents in the work library: format version, migrations, validator.
import type { InstrumentFormat } from '../work-library/document';
import { emptyMatrix, sanitizeMatrix, type MatrixState } from './matrix-state';

export const matrixFormat: InstrumentFormat<MatrixState> = {
  instrument: 'partnermatrix',
  format: 2,
  migrations: {
    // Format 2 may hold a partner without a name (a row just added) and the relation form
    // 'vergunning'. The state itself is unchanged, so format-1 work reads as it is; the number
    // keeps a tab still running older code from reading (and saving over) such work.
    1: (old) => old,
  },
  sanitize: sanitizeMatrix,
  empty: emptyMatrix,
  defaultTitle: 'Mijn partnermatrix',
  legacyKey: 'partnerwijzer:partnermatrix',
};
