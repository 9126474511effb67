/**
 * One participant's result: where they put each partner of the session. This is what a
 * participant sends back to the trainer, by link or file. Pure TypeScript, no DOM.
 */
import { counted } from '../instrument-kit/counted';
import { createId } from '../instrument-kit/ids';
import { failure, success, type Outcome } from '../instrument-kit/result';
import { cleanText, nameKey } from '../instrument-kit/text-clean';
import type { Position } from '../partner-strategy/matrix-state';
import { clampScore, readNumber } from '../partner-strategy/values';
import { isRecord, own, type TeamSession } from './session';

export interface Placement {
  /** The partner's id in the session. */
  id: string;
  influence: number;
  dependency: number;
  target: Position | null;
}
export interface ParticipantResult {
  /** This result's own id (two results of one person are still two results). */
  id: string;
  sessionId: string;
  participant: string;
  placements: Placement[];
}

export const PARTICIPANT_NAME_LIMIT = 80;

/** A participant as the trainer's page names them: their name, or their number. */
export const participantLabel = (result: { participant: string }, index: number) =>
  result.participant || `Deelnemer ${index + 1}`;

function readPosition(value: unknown): Position | null {
  if (!isRecord(value)) return null;
  const influence = readNumber(own(value, 'influence'));
  const dependency = readNumber(own(value, 'dependency'));
  if (influence === null || dependency === null) return null;
  return { influence: clampScore(influence), dependency: clampScore(dependency) };
}

/**
 * Validates a result from a link, a file or storage. With a session, only placements of its
 * partners count and a result of another session is refused. Scores are clamped to the scale;
 * a placement without two valid scores is skipped, with a Dutch warning.
 */
export function sanitizeResult(input: unknown, session?: TeamSession): Outcome<ParticipantResult> {
  try {
    if (!isRecord(input)) return failure('Dit is geen resultaat van een teammatrix.');
    const sessionId = own(input, 'sessionId');
    if (typeof sessionId !== 'string' || !/^[A-Za-z0-9_.:-]{1,64}$/.test(sessionId))
      return failure('Dit resultaat hoort bij geen enkele teammatrix.');
    if (session && sessionId !== session.id)
      return failure(
        `Dit resultaat hoort bij een andere teammatrix dan “${session.name}”. Er is niets toegevoegd.`,
      );
    const participant = cleanText(own(input, 'participant'), PARTICIPANT_NAME_LIMIT, false).text;
    const raw = own(input, 'placements');
    if (!Array.isArray(raw)) return failure('In dit resultaat staan geen scores.');
    const known = session ? new Set(session.partners.map((p) => p.id)) : null;
    const seen = new Set<string>();
    const placements: Placement[] = [];
    let unreadable = 0;
    let unknown = 0;
    for (const item of raw.slice(0, 1000)) {
      const position = readPosition(item);
      const id = isRecord(item) ? own(item, 'id') : undefined;
      if (!position || typeof id !== 'string') {
        unreadable++;
        continue;
      }
      if ((known && !known.has(id)) || seen.has(id)) {
        unknown++;
        continue;
      }
      seen.add(id);
      const target = isRecord(item) ? readPosition(own(item, 'target')) : null;
      placements.push({ id, ...position, target });
    }
    if (placements.length === 0) return failure('In dit resultaat staan geen bruikbare scores.');
    const warnings: string[] = [];
    if (unreadable)
      warnings.push(
        `Overgeslagen, omdat de scores niet te lezen waren: ${counted(unreadable, 'partner', 'partners')}.`,
      );
    if (unknown)
      warnings.push(
        `Overgeslagen, omdat ze niet (of twee keer) in deze teammatrix staan: ${counted(unknown, 'partner', 'partners')}.`,
      );
    const rawId = own(input, 'id');
    const id = typeof rawId === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(rawId) ? rawId : null;
    return success(
      { id: id ?? createId('resultaat'), sessionId, participant, placements },
      warnings,
    );
  } catch {
    return failure('Dit resultaat is niet te lezen.');
  }
}

/** Equal keys: the same result (same participant, same points), however it arrived. */
export function resultKey(result: ParticipantResult): string {
  const points = [...result.placements]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => [p.id, p.influence, p.dependency, p.target?.influence, p.target?.dependency]);
  return `${nameKey(result.participant)}|${JSON.stringify(points)}`;
}

/** "teammatrix-anna-de-vries-2026-12-01.json": the instrument and who sent it, for the trainer. */
export function resultFilename(participant: string, date: Date = new Date()): string {
  const who = participant
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `teammatrix-${who || 'deelnemer'}-${date.toISOString().slice(0, 10)}.json`;
}
