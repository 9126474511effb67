/**
 * The one result type of the instrument kit: every way in (link, storage, file) answers with an
 * Outcome instead of throwing. `message` and `warnings` are Dutch and meant for the user as-is.
 */
export type Outcome<T> =
  { ok: true; value: T; warnings: string[] } | { ok: false; message: string };

export function success<T>(value: T, warnings: string[] = []): Outcome<T> {
  return { ok: true, value, warnings };
}

export function failure<T = never>(message: string): Outcome<T> {
  return { ok: false, message };
}
