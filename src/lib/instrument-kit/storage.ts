/**
 * Autosave in localStorage, guarded. The saved record is {v, savedAt, state}. Every way this can
 * go wrong (storage blocked or missing, quota, corrupt or future data, failed migration or
 * sanitize) becomes an Outcome with a Dutch message; nothing throws. An unreadable saved value
 * is first copied to `${key}:backup` so the next save cannot destroy it.
 */
import { failure, success, type Outcome } from './result';

export interface StorageLike {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}
/** migrations[n] turns a version-n payload into version n+1. May throw: that counts as failed. */
export type Migration = (old: unknown) => unknown;
export interface StoreOptions<T> {
  /** Namespaced, e.g. 'partnerwijzer:partnermatrix'. */
  key: string;
  /** Current schema version (integer ≥ 1). */
  version: number;
  migrations: Record<number, Migration>;
  /** The instrument's own validator/repairer; its message is shown to the user. */
  sanitize: (value: unknown) => Outcome<T>;
}
export interface Store<T> {
  /** null = nothing saved yet. */
  load(): Outcome<T | null>;
  save(value: T): Outcome<void>;
  clear(): Outcome<void>;
}

const EXPORT_HINT =
  'Je werk staat nog op het scherm; exporteer het als JSON als je het wilt bewaren.';
const MSG_BLOCKED_LOAD =
  'Je browser staat niet toe dat we je werk in deze browser bewaren. Je kunt gewoon verder werken, maar je werk wordt niet automatisch bewaard. Exporteer het als JSON als je het wilt bewaren.';
const MSG_BLOCKED_SAVE = `Je browser staat niet toe dat we je werk in deze browser bewaren. ${EXPORT_HINT}`;
const MSG_FULL = `De opslag van je browser is vol, daarom konden we je werk niet bewaren. ${EXPORT_HINT}`;
const MSG_SAVE_FAILED = `Je werk kon niet in deze browser worden bewaard. ${EXPORT_HINT}`;
const MSG_CLEAR_FAILED =
  'Je opgeslagen werk kon niet uit deze browser worden verwijderd. Probeer het later opnieuw.';
const MSG_STATE_FAILED = 'De inhoud klopt niet.';

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

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : '';
}

function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  const code = (error as { code?: unknown } | null)?.code;
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** storage may be undefined (no window) or a getter that throws (Safari private mode / blocked cookies). */
export function createStore<T>(
  storage: StorageLike | undefined | (() => StorageLike | undefined),
  options: StoreOptions<T>,
): Store<T> {
  const { key, version, migrations, sanitize } = options;
  const backupKey = `${key}:backup`;

  /** The storage, or undefined when it is missing or the browser blocks it. Never throws. */
  function resolve(): StorageLike | undefined {
    try {
      const s = typeof storage === 'function' ? storage() : storage;
      return s ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** Copies an unreadable raw value aside and builds the message. */
  function unreadable(s: StorageLike, raw: string, reason: string): Outcome<T | null> {
    let kept = false;
    try {
      s.setItem(backupKey, raw);
      kept = true;
    } catch {
      // Backup impossible (quota, blocked): the message says so.
    }
    return failure(
      `${reason} ${
        kept
          ? 'We hebben een kopie apart bewaard in deze browser. Je begint nu opnieuw.'
          : 'Je begint nu opnieuw. Let op: zodra je iets wijzigt, wordt het oude werk overschreven.'
      }`,
    );
  }

  return {
    load() {
      const s = resolve();
      if (!s) return failure(MSG_BLOCKED_LOAD);
      let raw: string | null;
      try {
        raw = s.getItem(key);
      } catch {
        return failure(MSG_BLOCKED_LOAD);
      }
      if (raw === null || raw === undefined) return success(null);

      let record: unknown;
      try {
        record = JSON.parse(raw);
      } catch {
        return unreadable(
          s,
          raw,
          'Je opgeslagen werk in deze browser is beschadigd en kan niet worden geopend.',
        );
      }
      const r = record as { v?: unknown; state?: unknown } | null;
      if (
        typeof r !== 'object' ||
        r === null ||
        Array.isArray(r) ||
        !Number.isInteger(r.v) ||
        (r.v as number) < 1 ||
        !('state' in r)
      ) {
        return unreadable(
          s,
          raw,
          'Je opgeslagen werk in deze browser is beschadigd en kan niet worden geopend.',
        );
      }
      const v = r.v as number;
      if (v > version) {
        return unreadable(
          s,
          raw,
          'Je opgeslagen werk is gemaakt met een nieuwere versie van Partnerwijzer. Laad de pagina opnieuw om het te openen.',
        );
      }
      const migrated = applyMigrations(r.state, v, version, migrations);
      if (!migrated.ok) {
        return unreadable(
          s,
          raw,
          `Je opgeslagen werk kan niet worden geopend. ${migrated.message}`,
        );
      }
      let clean: Outcome<T>;
      try {
        clean = sanitize(migrated.value);
      } catch {
        clean = failure(MSG_STATE_FAILED);
      }
      if (!clean.ok) {
        return unreadable(s, raw, `Je opgeslagen werk kan niet worden geopend. ${clean.message}`);
      }
      return clean;
    },

    save(value) {
      const s = resolve();
      if (!s) return failure(MSG_BLOCKED_SAVE);
      let json: string;
      try {
        json = JSON.stringify({ v: version, savedAt: new Date().toISOString(), state: value });
      } catch {
        return failure(MSG_SAVE_FAILED);
      }
      try {
        s.setItem(key, json);
        return success(undefined);
      } catch (error) {
        if (isQuotaError(error)) return failure(MSG_FULL);
        if (errorName(error) === 'SecurityError') return failure(MSG_BLOCKED_SAVE);
        return failure(MSG_SAVE_FAILED);
      }
    },

    clear() {
      const s = resolve();
      if (!s) return success(undefined); // nothing can be stored, so nothing is left behind
      try {
        s.removeItem(key);
        return success(undefined);
      } catch {
        return failure(MSG_CLEAR_FAILED);
      }
    },
  };
}
