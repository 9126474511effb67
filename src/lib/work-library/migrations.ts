/**
 * Format migrations: `migrations[n]` turns a version-n state into version n+1. Shared by the
 * work library (stored documents), share links and JSON import.
 */
import { failure, success, type Outcome } from '../instrument-kit/result';

/** migrations[n] turns a version-n payload into version n+1. May throw: that counts as failed. */
export type Migration = (old: unknown) => unknown;

/** Runs migrations from version `from` up to `to`. Shared by storage, share links and JSON import. */
export function applyMigrations(
  state: unknown,
  from: number,
  to: number,
  migrations: Record<number, Migration>,
): Outcome<unknown> {
  let current = state;
  for (let n = from; n < to; n++) {
    const step = Object.prototype.hasOwnProperty.call(migrations, n) ? migrations[n] : undefined;
    if (typeof step !== 'function') {
      return failure(
        `Deze gegevens hebben een oude opbouw (versie ${n}) die we niet meer kunnen omzetten.`,
      );
    }
    try {
      current = step(current);
    } catch {
      return failure(
        `Deze gegevens konden niet worden omgezet naar de nieuwe opbouw (van versie ${n} naar ${n + 1}).`,
      );
    }
  }
  return success(current);
}
