// What a questionnaire instrument keeps: the reader's own answers, the respondents collected
// for a team comparison, and where the reader was. One validator for every way in.
import { failure, success, type Outcome } from '../instrument-kit/result';
import type { QDefinition } from './definition';
import { emptyResponse, sanitizeResponse, type QResponse } from './response';
import type { InstrumentFormat } from '../work-library/document';

export const MAX_RESPONDENTS = 40;

export interface ScanState {
  v: 1;
  own: QResponse;
  team: QResponse[];
  /** Index of the group being answered; groups.length means the results. */
  step: number;
}

export function emptyScan(def: QDefinition): ScanState {
  return { v: 1, own: emptyResponse(def), team: [], step: 0 };
}

export function sanitizeScan(def: QDefinition, input: unknown): Outcome<ScanState> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return failure('Dit is geen opgeslagen scan.');
  }
  const raw = input as Record<string, unknown>;
  if (raw.v !== 1) return failure('Deze scan is met een onbekende versie opgeslagen.');
  const own = sanitizeResponse(def, raw.own);
  if (!own.ok) return own;
  const warnings = [...own.warnings];
  const team: QResponse[] = [];
  const rawTeam = Array.isArray(raw.team) ? raw.team : [];
  for (const [index, member] of rawTeam.slice(0, MAX_RESPONDENTS).entries()) {
    const result = sanitizeResponse(def, member);
    if (result.ok) {
      team.push(result.value);
      warnings.push(...result.warnings);
    } else warnings.push(`Respondent ${index + 1} is overgeslagen: ${result.message}`);
  }
  if (rawTeam.length > MAX_RESPONDENTS) {
    warnings.push(`Alleen de eerste ${MAX_RESPONDENTS} respondenten zijn bewaard.`);
  }
  const groups = def.groups.length;
  const step =
    typeof raw.step === 'number' &&
    Number.isInteger(raw.step) &&
    raw.step >= 0 &&
    raw.step <= groups
      ? raw.step
      : 0;
  return success({ v: 1, own: own.value, team, step }, warnings);
}

/** A questionnaire's documents in the work library. `tool` names the instrument. */
export function scanFormat(
  def: QDefinition,
  tool: string,
  defaultTitle: string,
): InstrumentFormat<ScanState> {
  return {
    instrument: tool,
    format: 2,
    migrations: {
      // Format 2 has answers to retired statements (split or rephrased) under `setAside`.
      // sanitizeResponse moves them there, with a message, from every way in: stored work,
      // share links and files alike. The format number keeps an open tab with older code from
      // reading (and saving over) work that has them.
      1: (old) => old,
    },
    sanitize: (value) => sanitizeScan(def, value),
    empty: () => emptyScan(def),
    defaultTitle,
    legacyKey: `partnerwijzer:${tool}`,
  };
}
