import { describe, expect, it } from 'vitest';
import { readDocument } from '../work-library/document';
import { matrixFormat } from './matrix-format';
import { emptyMatrix } from './matrix-state';

const stored = (format: number, state: unknown) => ({
  id: 'w',
  instrument: 'partnermatrix',
  title: 'Mijn partnermatrix',
  created: '2026-11-01T10:00:00.000Z',
  changed: '2026-11-01T10:00:00.000Z',
  revision: 3,
  format,
  state,
});

describe('the partner matrix in the work library', () => {
  const state = emptyMatrix();
  const withNewParts = {
    ...state,
    partners: [
      {
        id: 'p1',
        name: '',
        goalId: state.goals[0].id,
        relation: 'vergunning',
        influence: 3,
        dependency: 7,
        notes: '',
      },
    ],
  };

  it('reads work saved before format 2 as it was', () => {
    const read = readDocument(stored(1, state), matrixFormat);
    expect(read).toMatchObject({ kind: 'ok', state });
  });

  it('keeps a nameless partner and a permit relation in format 2', () => {
    const read = readDocument(stored(2, withNewParts), matrixFormat);
    expect(read.kind).toBe('ok');
    const partner = (read as { state: typeof state }).state.partners[0];
    expect(partner).toMatchObject({ name: '', relation: 'vergunning' });
  });

  it('is newer work to code that only knew format 1, so that code never saves over it', () => {
    const olderFormat = { ...matrixFormat, format: 1, migrations: {} };
    expect(readDocument(stored(2, withNewParts), olderFormat).kind).toBe('newer');
  });
});
