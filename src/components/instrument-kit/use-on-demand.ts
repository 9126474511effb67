import { useCallback, useState } from 'preact/hooks';

/**
 * Code that only an interaction needs (a panel, a dialog, a detail view) loads the first time
 * it is asked for, not with the page. Once loaded, every component that asks for the same
 * loader gets it at once, so nothing flashes a second time.
 */
const loaded = new Map<() => Promise<unknown>, unknown>();
const pending = new Map<() => Promise<unknown>, Promise<unknown>>();

export interface OnDemand<M> {
  /** The loaded module, or null until it has arrived. */
  module: M | null;
  /** True when the last attempt failed (offline, say); asking again tries again. */
  failed: boolean;
  /** Starts loading (once); resolves with the module, or null when it could not load. */
  request: () => Promise<M | null>;
}

export function useOnDemand<M>(load: () => Promise<M>): OnDemand<M> {
  const [module, setModule] = useState<M | null>(() => (loaded.get(load) as M) ?? null);
  const [failed, setFailed] = useState(false);
  const request = useCallback((): Promise<M | null> => {
    if (loaded.has(load)) {
      const done = loaded.get(load) as M;
      setModule(() => done);
      return Promise.resolve(done);
    }
    let loading = pending.get(load) as Promise<M> | undefined;
    if (!loading) {
      loading = load().then((value) => {
        loaded.set(load, value);
        return value;
      });
      pending.set(load, loading);
      // A failed load is forgotten, so the next request tries again.
      loading.catch(() => pending.delete(load));
    }
    setFailed(false);
    return loading.then(
      (value) => {
        setModule(() => value);
        return value;
      },
      () => {
        setFailed(true);
        return null;
      },
    );
  }, [load]);
  return { module, failed, request };
}

/** What the reader sees when code for an interaction could not load (offline, say). */
export const NOT_LOADED =
  'Dit onderdeel kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw. Je gegevens zijn niet aangepast.';
