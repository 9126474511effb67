/**
 * Round trips over generated matrices: whatever a user types (unicode, emoji, ; " and line
 * breaks, a leading =), saving and reading back gives the same matrix, as JSON (share link,
 * autosave, file) and as CSV (Excel). Seeded, so a failure can be replayed.
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../../../tests/support/prng';
import { relationForms } from '../../data/partner-strategy';
import { matrixFromCsv, matrixToCsv } from './matrix-csv';
import { sanitizeMatrix, type MatrixState } from './matrix-state';

const PIECES = [
  'a',
  'B',
  'z',
  '0',
  '7',
  ' ',
  '  ',
  ';',
  ',',
  '"',
  '""',
  "'",
  '=',
  '+',
  '-',
  '@',
  '\n',
  '\r\n',
  '\t',
  '.',
  'é',
  'ë',
  'ß',
  'ñ',
  'ĳ',
  'IJ',
  'Ω',
  '中文',
  'عربى',
  'עברית',
  '😀',
  '👩‍👩‍👧',
  '🇳🇱',
  'e\u0301',
  '\u0000',
  '\u202E',
  '\u2067',
  '\u0085',
  '\ud800',
  'sep=;',
  '=SUM(A1)',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'Gemeente',
  'Stichting ',
  '\u00a0',
];

function text(r: ReturnType<typeof prng>, pieces: number): string {
  let out = '';
  for (let i = 0; i < pieces; i++) out += r.pick(PIECES);
  return out;
}

const score = (r: ReturnType<typeof prng>): unknown =>
  r.pick([
    () => r.int(21) / 2,
    () => r.int(21) / 2,
    () => r.next() * 10,
    () => (r.int(21) / 2).toString().replace('.', ','),
    () => r.next() * 30 - 10,
  ])();

/** A raw, messy matrix; its sanitized form is what the round trips start from. */
function rawMatrix(seed: number): unknown {
  const r = prng(seed);
  const goalCount = 1 + r.int(6);
  const goals = Array.from({ length: goalCount }, (_, i) => ({
    id: r.next() < 0.9 ? `doel-${seed}-${i}` : r.pick(['', 'x y', 'doel-0-0']),
    // The ⟨i⟩ marker keeps names apart, so that the CSV (which matches goals by name) can tell them apart.
    name:
      r.next() < 0.1 ? `⟨${i}⟩${text(r, 200)}` : `${text(r, r.int(8))}⟨${i}⟩${text(r, r.int(8))}`,
    urgency: r.pick(['hoog', 'middel', 'laag', 'Hoog', 'dringend']),
  }));
  const partners = Array.from({ length: r.int(16) }, (_, i) => ({
    id: r.next() < 0.9 ? `p-${seed}-${i}` : undefined,
    name:
      r.next() < 0.1 ? `⟨${i}⟩${text(r, 200)}` : `${text(r, r.int(8))}⟨${i}⟩${text(r, r.int(8))}`,
    goalId: r.next() < 0.95 ? goals[r.int(goalCount)].id : 'weg',
    relation: r.pick([
      ...relationForms.map((f) => f.id),
      ...relationForms.map((f) => f.label),
      'iets',
    ]),
    influence: score(r),
    dependency: score(r),
    target: r.next() < 0.4 ? null : { influence: score(r), dependency: score(r) },
    notes: r.next() < 0.05 ? text(r, 1500) : text(r, r.int(30)),
  }));
  return {
    v: 1,
    goals,
    partners,
    ambition: { atNoDependency: score(r), atFullDependency: score(r) },
  };
}

function start(seed: number): MatrixState {
  const result = sanitizeMatrix(rawMatrix(seed));
  if (!result.ok) throw new Error(`seed ${seed}: ${result.message}`);
  return result.value;
}

/** Ids replaced by their place in the list, so that states with new ids can be compared. */
function withoutIds(state: MatrixState) {
  return {
    ...state,
    goals: state.goals.map(({ id: _, ...goal }) => goal),
    partners: state.partners.map(({ id: _, goalId, ...partner }) => ({
      ...partner,
      goal: state.goals.findIndex((g) => g.id === goalId),
    })),
  };
}

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);

describe('round trips over 250 generated matrices', () => {
  it('the generator makes varied, difficult matrices', () => {
    const states = SEEDS.map(start);
    const names = states.flatMap((s) => s.partners.map((p) => p.name));
    expect(names.length).toBeGreaterThan(1000);
    expect(names.some((n) => n.startsWith('='))).toBe(true);
    expect(names.some((n) => n.includes(';') && n.includes('"'))).toBe(true);
    expect(names.some((n) => /\p{Extended_Pictographic}/u.test(n))).toBe(true);
    expect(states.some((s) => s.partners.some((p) => p.notes.includes('\n')))).toBe(true);
    expect(
      states.some((s) => s.goals.some((g) => !s.partners.some((p) => p.goalId === g.id))),
    ).toBe(true);
    // Partners of different goals mixed in the inventory.
    expect(
      states.some((s) =>
        s.partners.some(
          (p, i) =>
            i > 1 && p.goalId === s.partners[i - 2].goalId && p.goalId !== s.partners[i - 1].goalId,
        ),
      ),
    ).toBe(true);
  });

  it('state → JSON → sanitize gives the same state, without warnings', () => {
    for (const seed of SEEDS) {
      const state = start(seed);
      const back = sanitizeMatrix(JSON.parse(JSON.stringify(state)));
      expect(back, `seed ${seed}`).toEqual({ ok: true, value: state, warnings: [] });
    }
  });

  it('state → CSV → state gives the same state (ids aside), without warnings', () => {
    for (const seed of SEEDS) {
      const state = start(seed);
      const back = matrixFromCsv(matrixToCsv(state));
      expect(back.ok, `seed ${seed}`).toBe(true);
      if (!back.ok) continue;
      expect(back.warnings, `seed ${seed}`).toEqual([]);
      expect(withoutIds(back.value), `seed ${seed}`).toEqual(withoutIds(state));
    }
  });
});
