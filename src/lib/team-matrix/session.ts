/**
 * A team session: the goals and partners a trainer hands out to be scored, as the participant
 * link carries them. Names and ids go through the partner matrix's own validator, so a session
 * holds exactly what a matrix may hold. Pure TypeScript, no DOM.
 */
import { defaultAmbition } from '../../data/partner-strategy';
import { createId } from '../instrument-kit/ids';
import { failure, success, type Outcome } from '../instrument-kit/result';
import { cleanText, isBlankName } from '../instrument-kit/text-clean';
import { sanitizeMatrix, type MatrixState } from '../partner-strategy/matrix-state';

export interface SessionGoal {
  id: string;
  name: string;
}
export interface SessionPartner {
  id: string;
  name: string;
  goalId: string;
}
export interface TeamSession {
  id: string;
  name: string;
  /** Participants also give the position they would want (the target). */
  askTarget: boolean;
  goals: SessionGoal[];
  partners: SessionPartner[];
}

export const SESSION_NAME_LIMIT = 80;
const SAFE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own properties only: a key such as __proto__ never reaches the prototype. */
export const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** A session name: one line, trimmed, not blank. */
export function cleanSessionName(value: unknown, fallback: string): string {
  const { text } = cleanText(value, SESSION_NAME_LIMIT, false);
  return isBlankName(text) ? fallback : text;
}

/** The session a trainer hands out for a matrix: its goals and partners, without any scores. */
export function sessionFromMatrix(
  matrix: MatrixState,
  name: string,
  askTarget: boolean,
): TeamSession {
  const used = new Set(matrix.partners.map((p) => p.goalId));
  return {
    id: createId('sessie'),
    name: cleanSessionName(name, 'Teammatrix'),
    askTarget,
    goals: matrix.goals.filter((g) => used.has(g.id)).map(({ id, name }) => ({ id, name })),
    partners: matrix.partners.map(({ id, name, goalId }) => ({ id, name, goalId })),
  };
}

/**
 * Validates a session from a link, a file or storage. Goals and partners are checked by
 * sanitizeMatrix (names cleaned and cut, ids safe and unique, every partner under a goal);
 * its warnings come along. A session without partners is refused: there is nothing to score.
 */
export function sanitizeSession(input: unknown): Outcome<TeamSession> {
  try {
    if (!isRecord(input)) return failure('Dit is geen teammatrix.');
    const rawPartners = own(input, 'partners');
    const matrix = sanitizeMatrix({
      v: 1,
      goals: own(input, 'goals'),
      partners: Array.isArray(rawPartners)
        ? rawPartners.map((p) => (isRecord(p) ? { ...p, influence: 0, dependency: 0 } : p))
        : rawPartners,
      ambition: { ...defaultAmbition },
    });
    if (!matrix.ok) return failure(`Dit is geen bruikbare teammatrix. ${matrix.message}`);
    if (matrix.value.partners.length === 0)
      return failure('In deze teammatrix staan geen partners om te scoren.');
    const rawId = own(input, 'id');
    return success(
      {
        id: typeof rawId === 'string' && SAFE_ID.test(rawId) ? rawId : createId('sessie'),
        name: cleanSessionName(own(input, 'name'), 'Teammatrix'),
        askTarget: own(input, 'askTarget') === true,
        goals: matrix.value.goals.map(({ id, name }) => ({ id, name })),
        partners: matrix.value.partners.map(({ id, name, goalId }) => ({ id, name, goalId })),
      },
      matrix.warnings,
    );
  } catch {
    return failure('Dit is geen teammatrix: de gegevens zijn niet te lezen.');
  }
}
