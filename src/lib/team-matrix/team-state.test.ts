import { describe, expect, it } from 'vitest';
import {
  draftResult,
  emptyTeamMatrix,
  MAX_RESULTS,
  sanitizeTeamMatrix,
  withResults,
  type TeamMatrixState,
} from './team-state';
import { result, session } from './test-fixtures';

const trainer: TeamMatrixState = { ...emptyTeamMatrix(), session };

describe('team matrix document', () => {
  it('keeps a session with its results and choices through storage', () => {
    const state: TeamMatrixState = {
      ...trainer,
      source: { docId: 'werk-abc123', title: 'Mijn partnermatrix' },
      results: [result('Anna', { 'p-bib': [8, 2] })],
      choices: [{ id: 'p-bib', resultId: 'r-anna' }],
    };
    expect(sanitizeTeamMatrix(JSON.parse(JSON.stringify(state)))).toEqual({
      ok: true,
      value: state,
      warnings: [],
    });
  });

  it('drops results of another session and choices of results that are gone', () => {
    const other = { ...result('Bo', { 'p-bib': [1, 1] }), sessionId: 'sessie-ander' };
    const read = sanitizeTeamMatrix({
      ...trainer,
      results: [other],
      choices: [{ id: 'p-bib', resultId: 'r-bo' }],
    });
    expect(read.ok && [read.value.results, read.value.choices]).toEqual([[], []]);
    expect(read.ok && read.warnings).toEqual([
      'Overgeslagen, omdat ze niet te lezen waren: 1 resultaat.',
    ]);
  });

  it('refuses a damaged session instead of dropping its results', () => {
    const read = sanitizeTeamMatrix({
      ...trainer,
      session: { ...session, partners: 'weg' },
      results: [result('Anna', { 'p-bib': [8, 2] })],
    });
    expect(!read.ok && read.message).toMatch(/^Deze teamsessie is beschadigd\./);
  });

  it('refuses what is no team matrix, and never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boe');
        },
      },
    );
    for (const input of [null, 'tekst', { v: 2 }, [], hostile])
      expect(sanitizeTeamMatrix(input).ok).toBe(false);
  });
});

describe('a participant’s result', () => {
  it('holds only the partners with both scores, and targets only when asked', () => {
    const state: TeamMatrixState = {
      ...emptyTeamMatrix(),
      role: 'participant',
      session,
      participant: ' Anna ',
      drafts: [
        { id: 'p-bib', influence: 7, dependency: 3, targetInfluence: 9, targetDependency: 2 },
        {
          id: 'p-wsb',
          influence: 5,
          dependency: null,
          targetInfluence: null,
          targetDependency: null,
        },
      ],
    };
    expect(draftResult(state)).toEqual({
      id: '',
      sessionId: session.id,
      participant: 'Anna',
      placements: [
        { id: 'p-bib', influence: 7, dependency: 3, target: { influence: 9, dependency: 2 } },
      ],
    });
    const noTargets = { ...state, session: { ...session, askTarget: false } };
    expect(draftResult(noTargets)?.placements[0].target).toBeNull();
    expect(draftResult({ ...state, drafts: [] })).toBeNull();
  });
});

describe('collecting results', () => {
  it('adds new results once: the same participant with the same points is refused', () => {
    const anna = result('Anna', { 'p-bib': [8, 2] });
    const first = withResults(trainer, [anna, result('Bo', { 'p-bib': [1, 1] })]);
    expect(first.added).toHaveLength(2);
    const again = withResults(first.state, [{ ...anna, id: 'r-nieuw' }]);
    expect(again.refused).toHaveLength(1);
    expect(again.state).toBe(first.state);
    // Anna with other points is a new result, with an id of its own.
    const changed = withResults(first.state, [result('Anna', { 'p-bib': [7, 2] })]);
    expect(changed.added).toHaveLength(1);
    expect(changed.added[0].id).not.toBe('r-anna');
  });

  it('keeps no more than the limit', () => {
    const many = Array.from({ length: MAX_RESULTS + 3 }, (_, i) =>
      result(`P${i}`, { 'p-bib': [i % 11, 0] }),
    );
    const collected = withResults(trainer, many);
    expect(collected.state.results).toHaveLength(MAX_RESULTS);
    expect(collected.refused).toHaveLength(3);
  });
});
