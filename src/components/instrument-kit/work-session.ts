/**
 * Small browser helpers around the work library: which document this tab shows, the journal
 * written when the page goes away (so the last keystrokes survive a reload even when the
 * IndexedDB write has no time to finish), and the channel on which tabs tell each other that
 * they saved. Every storage call is guarded: blocked or full storage only means less comfort.
 */
export const CHANNEL_NAME = 'partnerwijzer-werk';

export interface SavedSignal {
  type: 'saved' | 'library';
  instrument: string;
  docId?: string;
  revision?: number;
  tab: string;
}

function storage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[kind] ?? undefined;
  } catch {
    return undefined;
  }
}

export function readKey(kind: 'localStorage' | 'sessionStorage', key: string): string | null {
  try {
    return storage(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeKey(
  kind: 'localStorage' | 'sessionStorage',
  key: string,
  value: string | null,
): boolean {
  try {
    const s = storage(kind);
    if (!s) return false;
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export const openKey = (instrument: string) => `partnerwijzer:open:${instrument}`;
/** The document last shown of an instrument, in any tab: the next visit opens it. */
export const lastKey = (instrument: string) => `partnerwijzer:last:${instrument}`;
export const journalKey = (docId: string) => `partnerwijzer:journal:${docId}`;

export interface Journal<T> {
  base: number;
  baseState: T;
  state: T;
  /** Undo steps not stored yet. */
  steps: unknown[];
}

export function readJournal(docId: string): Journal<unknown> | null {
  const raw = readKey('localStorage', journalKey(docId));
  if (!raw) return null;
  try {
    const j = JSON.parse(raw) as Journal<unknown>;
    if (!Number.isInteger(j.base) || !('state' in j) || !('baseState' in j)) return null;
    const steps = Array.isArray(j.steps)
      ? j.steps.filter(
          (step) =>
            typeof step === 'object' &&
            step !== null &&
            typeof (step as { id?: unknown }).id === 'string' &&
            typeof (step as { at?: unknown }).at === 'number' &&
            typeof (step as { label?: unknown }).label === 'string' &&
            (step as { docId?: unknown }).docId === docId &&
            'before' in step &&
            'after' in step,
        )
      : [];
    return { ...j, steps };
  } catch {
    return null;
  }
}

export function openChannel(onSignal: (signal: SavedSignal) => void): {
  post: (signal: SavedSignal) => void;
  close: () => void;
} {
  if (typeof BroadcastChannel === 'undefined')
    return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<SavedSignal>) => onSignal(event.data);
  return {
    post: (signal) => {
      try {
        channel.postMessage(signal);
      } catch {
        // a closed channel: the other tabs will read the library when they save
      }
    },
    close: () => channel.close(),
  };
}
