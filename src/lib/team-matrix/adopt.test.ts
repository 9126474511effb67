import { describe, expect, it } from 'vitest';
import { sanitizeMatrix, type MatrixState } from '../partner-strategy/matrix-state';
import { adoptPositions, matrixFromSession, teamPositions } from './adopt';
import { aggregate } from './aggregate';
import { participantLabel } from './result';
import { result, session } from './test-fixtures';

const matrix: MatrixState = {
  ...matrixFromSession(session),
  partners: matrixFromSession(session).partners.map((p) => ({ ...p, notes: `over ${p.name}` })),
};
const results = [
  result('Anna', { 'p-bib': [8, 2], 'p-wsb': [4, 6] }),
  result('Bo', { 'p-bib': [6, 4], 'p-wsb': [4, 6] }),
  result('Cem', { 'p-bib': [7, 3] }),
];
const stats = aggregate(session, results, participantLabel);

describe('adopt', () => {
  it('puts the median of each placed partner into the matrix, and keeps the rest', () => {
    const adopted = adoptPositions(matrix, teamPositions(stats, [], true));
    expect(adopted.changed).toBe(2);
    const [bib, wsb, ngo] = adopted.state.partners;
    expect([bib.influence, bib.dependency]).toEqual([7, 3]);
    expect([wsb.influence, wsb.dependency]).toEqual([4, 6]);
    expect(ngo).toBe(matrix.partners[2]);
    expect(bib.notes).toBe('over Bibliotheek');
    expect(sanitizeMatrix(adopted.state)).toMatchObject({ ok: true, warnings: [] });
    // The original is untouched.
    expect(matrix.partners[0].influence).toBe(5);
  });

  it('takes a chosen participant’s point instead of the median', () => {
    const positions = teamPositions(stats, [{ id: 'p-bib', resultId: 'r-bo' }], true);
    expect(positions.get('p-bib')).toMatchObject({
      position: { influence: 6, dependency: 4 },
      from: 'Bo',
    });
    const adopted = adoptPositions(matrix, positions);
    expect(adopted.state.partners[0].influence).toBe(6);
  });

  it('counts team positions of partners no longer in the matrix, and changes nothing twice', () => {
    const smaller = { ...matrix, partners: matrix.partners.slice(1) };
    const positions = teamPositions(stats, [], true);
    const adopted = adoptPositions(smaller, positions);
    expect(adopted.missing).toBe(1);
    expect(adoptPositions(adopted.state, positions)).toMatchObject({ changed: 0 });
  });

  it('sets the targets only when the team gave them', () => {
    const withTarget = [
      {
        ...result('Anna', { 'p-bib': [8, 2] }),
        placements: [
          { id: 'p-bib', influence: 8, dependency: 2, target: { influence: 9, dependency: 1 } },
        ],
      },
    ];
    const positions = teamPositions(aggregate(session, withTarget, participantLabel), [], true);
    expect(adoptPositions(matrix, positions).state.partners[0].target).toEqual({
      influence: 9,
      dependency: 1,
    });
    const noTargets = teamPositions(aggregate(session, withTarget, participantLabel), [], false);
    expect(adoptPositions(matrix, noTargets).state.partners[0].target).toBeNull();
  });
});
