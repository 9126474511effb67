/**
 * The team matrix's documents in the work library. One document is either a trainer's session
 * (the handed-out matrix, the collected results, the chosen points) or a participant's own
 * scores for one session. Collecting never touches the trainer's partner matrix: that only
 * changes when the trainer adopts the team's positions (adopt.ts).
 */
import { counted } from '../instrument-kit/counted';
import { createId } from '../instrument-kit/ids';
import { failure, success, type Outcome } from '../instrument-kit/result';
import { cleanText } from '../instrument-kit/text-clean';
import { readNumber, clampScore } from '../partner-strategy/values';
import type { InstrumentFormat } from '../work-library/document';
import type { TeamChoice } from './adopt';
import {
  PARTICIPANT_NAME_LIMIT,
  resultKey,
  sanitizeResult,
  type ParticipantResult,
} from './result';
import { isRecord, own, sanitizeSession, type TeamSession } from './session';

/** A participant's score of one partner while they are filling it in: any field may be empty. */
export interface Draft {
  /** The partner's id. */
  id: string;
  influence: number | null;
  dependency: number | null;
  targetInfluence: number | null;
  targetDependency: number | null;
}

export interface TeamMatrixState {
  v: 1;
  role: 'trainer' | 'participant';
  session: TeamSession | null;
  /** Trainer: the matrix document the session was made from (if any). */
  source: { docId: string; title: string } | null;
  /** Trainer: the matrix document that holds the team's positions, once adopted. */
  teamDocId: string | null;
  results: ParticipantResult[];
  choices: TeamChoice[];
  /** Participant: their name and scores. */
  participant: string;
  drafts: Draft[];
}

export const TEAM_MATRIX_VERSION = 1;
export const MAX_RESULTS = 200;
const DOC_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function emptyTeamMatrix(): TeamMatrixState {
  return {
    v: 1,
    role: 'trainer',
    session: null,
    source: null,
    teamDocId: null,
    results: [],
    choices: [],
    participant: '',
    drafts: [],
  };
}

const score = (value: unknown): number | null => {
  const n = readNumber(value);
  return n === null ? null : clampScore(n);
};

function readDrafts(value: unknown, session: TeamSession | null): Draft[] {
  if (!Array.isArray(value) || !session) return [];
  const ids = new Set(session.partners.map((p) => p.id));
  const drafts = new Map<string, Draft>();
  for (const raw of value.slice(0, ids.size * 2)) {
    if (!isRecord(raw)) continue;
    const id = own(raw, 'id');
    if (typeof id !== 'string' || !ids.has(id) || drafts.has(id)) continue;
    drafts.set(id, {
      id,
      influence: score(own(raw, 'influence')),
      dependency: score(own(raw, 'dependency')),
      targetInfluence: score(own(raw, 'targetInfluence')),
      targetDependency: score(own(raw, 'targetDependency')),
    });
  }
  return [...drafts.values()];
}

function readLink(value: unknown): { docId: string; title: string } | null {
  if (!isRecord(value)) return null;
  const docId = own(value, 'docId');
  if (typeof docId !== 'string' || !DOC_ID.test(docId)) return null;
  return { docId, title: cleanText(own(value, 'title'), 80, false).text || 'Partnermatrix' };
}

/** The validator for every way in (storage, a file). Repairs what it can; never throws. */
export function sanitizeTeamMatrix(input: unknown): Outcome<TeamMatrixState> {
  try {
    if (!isRecord(input) || own(input, 'v') !== TEAM_MATRIX_VERSION)
      return failure('Dit is geen teammatrix.');
    const warnings: string[] = [];
    let session: TeamSession | null = null;
    if (own(input, 'session') !== null && own(input, 'session') !== undefined) {
      const read = sanitizeSession(own(input, 'session'));
      // A session that cannot be read is not repaired away with its results: the document
      // stays as it is (the library keeps what it cannot read).
      if (!read.ok) return failure(`Deze teamsessie is beschadigd. ${read.message}`);
      session = read.value;
      warnings.push(...read.warnings);
    }
    const results: ParticipantResult[] = [];
    const rawResults = own(input, 'results');
    if (session && Array.isArray(rawResults)) {
      const ids = new Set<string>();
      let unreadable = 0;
      for (const raw of rawResults.slice(0, MAX_RESULTS)) {
        const read = sanitizeResult(raw, session);
        if (!read.ok) unreadable++;
        if (!read.ok || ids.has(read.value.id)) continue;
        ids.add(read.value.id);
        results.push(read.value);
      }
      if (unreadable)
        warnings.push(
          `Overgeslagen, omdat ze niet te lezen waren: ${counted(unreadable, 'resultaat', 'resultaten')}.`,
        );
    }
    const resultIds = new Set(results.map((r) => r.id));
    const rawChoices = own(input, 'choices');
    const choices = Array.isArray(rawChoices)
      ? rawChoices.flatMap((raw): TeamChoice[] => {
          if (!isRecord(raw)) return [];
          const id = own(raw, 'id');
          const resultId = own(raw, 'resultId');
          return typeof id === 'string' && typeof resultId === 'string' && resultIds.has(resultId)
            ? [{ id, resultId }]
            : [];
        })
      : [];
    const teamDocId = own(input, 'teamDocId');
    return success(
      {
        v: 1,
        role: own(input, 'role') === 'participant' ? 'participant' : 'trainer',
        session,
        source: readLink(own(input, 'source')),
        teamDocId: typeof teamDocId === 'string' && DOC_ID.test(teamDocId) ? teamDocId : null,
        results,
        choices,
        participant: cleanText(own(input, 'participant'), PARTICIPANT_NAME_LIMIT, false, false)
          .text,
        drafts: readDrafts(own(input, 'drafts'), session),
      },
      warnings,
    );
  } catch {
    return failure('Dit is geen teammatrix: de gegevens zijn niet te lezen.');
  }
}

export const teamMatrixFormat: InstrumentFormat<TeamMatrixState> = {
  instrument: 'teammatrix',
  format: TEAM_MATRIX_VERSION,
  migrations: {},
  sanitize: sanitizeTeamMatrix,
  empty: emptyTeamMatrix,
  defaultTitle: 'Mijn teammatrix',
  legacyKey: 'partnerwijzer:teammatrix',
};

/** The participant's scores as a result to send: only partners with both scores filled in. */
export function draftResult(state: TeamMatrixState): ParticipantResult | null {
  const session = state.session;
  if (!session) return null;
  const placements = state.drafts.flatMap((d) =>
    d.influence === null || d.dependency === null
      ? []
      : [
          {
            id: d.id,
            influence: d.influence,
            dependency: d.dependency,
            target:
              session.askTarget && d.targetInfluence !== null && d.targetDependency !== null
                ? { influence: d.targetInfluence, dependency: d.targetDependency }
                : null,
          },
        ],
  );
  return placements.length
    ? { id: '', sessionId: session.id, participant: state.participant.trim(), placements }
    : null;
}

/**
 * The session with `added` results after the ones it has: a result already there (same
 * participant, same points) is left out, an id already taken gets a new one, and no more than
 * MAX_RESULTS are kept. `added` and `refused` say what happened to each.
 */
export function withResults(
  state: TeamMatrixState,
  incoming: readonly ParticipantResult[],
): { state: TeamMatrixState; added: ParticipantResult[]; refused: ParticipantResult[] } {
  const keys = new Set(state.results.map(resultKey));
  const ids = new Set(state.results.map((r) => r.id));
  const added: ParticipantResult[] = [];
  const refused: ParticipantResult[] = [];
  for (const result of incoming) {
    const key = resultKey(result);
    if (keys.has(key) || state.results.length + added.length >= MAX_RESULTS) {
      refused.push(result);
      continue;
    }
    keys.add(key);
    const id = ids.has(result.id) ? createId('resultaat') : result.id;
    ids.add(id);
    added.push({ ...result, id });
  }
  return {
    state: added.length ? { ...state, results: [...state.results, ...added] } : state,
    added,
    refused,
  };
}
