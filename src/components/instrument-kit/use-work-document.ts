/**
 * The shell's heart: one open document of the work library, its autosave and its history.
 *
 * - The document this tab shows is remembered per tab (sessionStorage), else the last one used.
 * - Every change is a step (same-field typing and one drag form one step); steps are stored
 *   with the document, so undo works after a reload. A message's undo names its own step.
 * - Saves are debounced, serialised, and start from the revision this tab last saw; the library
 *   merges when another tab saved in between (and keeps a real conflict as a copy).
 * - When the page goes away, the unsaved state goes into a small journal in localStorage first
 *   (synchronous), then the save starts; the next load finishes it.
 * - Links, examples and imports open as a new document; nothing is written over other work.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createId } from '../../lib/instrument-kit/ids';
import {
  cleanTitle,
  copyTitle,
  NEWER_MESSAGE,
  readDocument,
  uniqueTitle,
  type BinEntry,
  type InstrumentFormat,
  type WorkDocument,
} from '../../lib/work-library/document';
import {
  recordStep,
  redoCandidate,
  undoCandidate,
  type Step,
} from '../../lib/work-library/history';
import {
  LibraryError,
  loadMerge,
  MSG_UNAVAILABLE,
  openLibrary,
  type CommitResult,
  type Library,
} from '../../lib/work-library/library';
import type { Say } from './use-messages';
import { NOT_LOADED } from './use-on-demand';
import {
  journalKey,
  lastKey,
  openChannel,
  openKey,
  readJournal,
  readKey,
  writeKey,
  type Journal,
  type SavedSignal,
} from './work-session';

export type SaveStatus = 'loading' | 'saved' | 'pending' | 'error' | 'memory';
export const SAVE_DELAY_MS = 300;

export interface OpenDoc {
  id: string;
  title: string;
  changed: string;
}

type UndoCode = typeof import('../../lib/work-library/undo');
let undoCode: UndoCode | null = null;
/** Undo and redo (with the merge they need) load once there is a step to take back. */
const loadUndo = async () => (undoCode ??= await import('../../lib/work-library/undo'));

let lastAt = 0;
/** Milliseconds, strictly increasing within this page (steps are ordered by it). */
const uniqueNow = () => (lastAt = Math.max(Date.now(), lastAt + 1));

export function useWorkDocument<T>(format: InstrumentFormat<T>, say: Say) {
  const [state, setStateValue] = useState<T>(format.empty);
  const [doc, setDoc] = useState<OpenDoc | null>(null);
  const [status, setStatus] = useState<SaveStatus>('loading');
  const [docs, setDocs] = useState<WorkDocument[]>([]);
  const [bin, setBin] = useState<BinEntry[]>([]);
  const [historyView, setHistoryView] = useState<{ undo?: string; redo?: string }>({});
  /** True once a document is open; before that the instrument takes no input. */
  const [loaded, setLoaded] = useState(false);
  /** Library operations in flight (opening, creating): the instrument waits for them. */
  const [busy, setBusy] = useState(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /**
   * Runs one library operation (open, create) after the ones asked for before it, so two quick
   * requests end with the later one shown. `inner` is for an operation inside another one.
   */
  const whileBusy = useCallback(<R>(run: () => Promise<R>, inner = false): Promise<R> => {
    const guarded = async () => {
      setBusy((n) => n + 1);
      try {
        return await run();
      } finally {
        setBusy((n) => n - 1);
      }
    };
    if (inner) return guarded();
    const next = queue.current.then(guarded, guarded);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const lib = useRef<Library | null>(null);
  const stateRef = useRef(state);
  const docRef = useRef<OpenDoc | null>(null);
  const synced = useRef<{ revision: number; state: T }>({ revision: 0, state });
  const steps = useRef<Step<T>[]>([]);
  const pendingSteps = useRef<{ put: Map<string, Step<T>>; remove: Set<string> }>({
    put: new Map(),
    remove: new Set(),
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const channel = useRef<ReturnType<typeof openChannel> | null>(null);
  const tab = useMemo(() => createId('tab'), []);
  const warnedStorage = useRef(false);

  const setLocal = useCallback((next: T) => {
    stateRef.current = next;
    setStateValue(next);
  }, []);
  const showHistory = useCallback(() => {
    const view = {
      undo: undoCandidate(steps.current)?.label,
      redo: redoCandidate(steps.current)?.label,
    };
    setHistoryView(view);
    // Something to take back: undo's code comes now, so the button works at once.
    if (view.undo || view.redo) loadUndo().catch(() => undefined);
  }, []);

  const refreshLibrary = useCallback(async () => {
    const l = lib.current;
    if (!l) return;
    try {
      setDocs(await l.list(format.instrument));
      setBin(await l.bin(format.instrument));
    } catch {
      // the list stays as it was; saving reports storage trouble itself
    }
  }, [format.instrument]);

  const sanitize = useCallback(
    (value: unknown): T | null => {
      const clean = format.sanitize(value);
      return clean.ok ? clean.value : null;
    },
    [format],
  );

  const storageTrouble = useCallback(
    (error: unknown) => {
      setStatus('error');
      if (warnedStorage.current) return;
      warnedStorage.current = true;
      say('warning', error instanceof LibraryError ? error.message : MSG_UNAVAILABLE);
    },
    [say],
  );

  /** Takes a commit's answer into this tab, keeping whatever was typed meanwhile. */
  const adopt = useCallback(
    async (result: CommitResult, sent: T) => {
      const stored = result.kind === 'copied' ? null : result.doc;
      if (stored) {
        // Saved as sent: nothing to take in (and what was typed meanwhile stays as it is).
        const storedState = result.kind === 'saved' ? sent : (sanitize(stored.state) ?? sent);
        synced.current = { revision: stored.revision, state: storedState };
        // The commit has loaded the merge already; only a merged commit gets here.
        const merge = storedState !== sent ? await loadMerge() : null;
        if (merge) {
          if (stateRef.current === sent) setLocal(storedState);
          else {
            const next = merge(sent, stateRef.current, storedState, 'mine').value;
            setLocal(sanitize(next) ?? stateRef.current);
          }
        }
        docRef.current = { id: stored.id, title: stored.title, changed: stored.changed };
        setDoc(docRef.current);
      }
      const openCopy = (copy: WorkDocument) => ({
        label: `Open “${copy.title}”`,
        run: () => void openDocumentRef.current(copy.id),
      });
      if (result.kind === 'conflict') {
        say(
          'warning',
          `Een ander tabblad heeft dezelfde gegevens tegelijk anders gewijzigd. Hier staat nu de versie van dat tabblad; jouw versie is bewaard als “${result.copy.title}” in Mijn werk.`,
          { action: openCopy(result.copy) },
        );
      } else if (result.kind === 'copied') {
        say(
          'warning',
          `Dit werk is intussen opgeslagen met een nieuwere versie van Partnerwijzer; we schrijven daar niet overheen. Jouw versie is bewaard als “${result.copy.title}” in Mijn werk.`,
          { action: openCopy(result.copy) },
        );
        void openDocumentRef.current(result.copy.id);
      } else if (result.kind === 'restored') {
        say(
          'info',
          'Dit werk was in een ander tabblad verwijderd. Omdat je er hier nog aan werkte, staat het weer in Mijn werk.',
        );
      }
    },
    [say, sanitize, setLocal],
  );

  /** Saves now (after any save in flight). Resolves when this state is stored or refused. */
  const commitNow = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    chain.current = chain.current.then(async () => {
      const l = lib.current;
      const open = docRef.current;
      if (!l || !open) return;
      const sent = stateRef.current;
      // Steps leave the queue only once written, so the journal always has every unwritten one.
      const stepsPut = [...pendingSteps.current.put.values()];
      const stepsRemove = [...pendingSteps.current.remove];
      try {
        if (sent !== synced.current.state) {
          const result = await l.commit({
            id: open.id,
            base: synced.current,
            state: sent,
            format,
            title: open.title,
          });
          await adopt(result, sent);
          channel.current?.post({
            type: 'saved',
            instrument: format.instrument,
            docId: result.doc.id,
            revision: result.doc.revision,
            tab,
          });
          if (result.kind !== 'saved') {
            channel.current?.post({ type: 'library', instrument: format.instrument, tab });
            void refreshLibrary();
          }
        }
        await l.writeSteps(stepsPut as Step<unknown>[], stepsRemove);
        for (const step of stepsPut) {
          if (pendingSteps.current.put.get(step.id) === step)
            pendingSteps.current.put.delete(step.id);
        }
        for (const id of stepsRemove) pendingSteps.current.remove.delete(id);
        if (stateRef.current === synced.current.state) {
          writeKey('localStorage', journalKey(open.id), null);
          setStatus(l === memory.current ? 'memory' : 'saved');
          warnedStorage.current = false;
        } else setStatus('pending');
      } catch (error) {
        storageTrouble(error);
      }
    });
    return chain.current;
  }, [adopt, format, refreshLibrary, storageTrouble, tab]);

  const schedule = useCallback(() => {
    setStatus((s) => (s === 'memory' ? s : 'pending'));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void commitNow(), SAVE_DELAY_MS);
  }, [commitNow]);

  const memory = useRef<Library | null>(null);

  const queueSteps = useCallback((put: Step<T>[], remove: string[]) => {
    for (const id of remove) {
      pendingSteps.current.put.delete(id);
      pendingSteps.current.remove.add(id);
    }
    for (const step of put) pendingSteps.current.put.set(step.id, step);
  }, []);

  /** Shows a document in this tab (after saving the one shown now). */
  const openDocument = useCallback(
    (id: string, note?: string, inner = false): Promise<boolean> =>
      whileBusy(async () => {
        await commitNow();
        const l = lib.current;
        if (!l) return false;
        try {
          const stored = await l.get(id);
          if (!stored) {
            say('error', 'Dit werk staat niet (meer) in Mijn werk.');
            return false;
          }
          const read = readDocument(stored, format);
          if (read.kind !== 'ok') {
            say('warning', read.kind === 'newer' ? NEWER_MESSAGE : read.message);
            return false;
          }
          let start = read.state;
          let base = { revision: stored.revision, state: read.state };
          let knownSteps = (await l.steps(stored.id)) as Step<T>[];
          const journal = readJournal(stored.id);
          if (journal) {
            // What the last visit had not saved yet: it goes in now, merged like another tab's.
            const mine = sanitize(journal.state);
            const journalBase = sanitize(journal.baseState);
            if (mine && journalBase) {
              start = mine;
              base = { revision: journal.base, state: journalBase };
              const known = new Set(knownSteps.map((step) => step.id));
              const extra = (journal.steps as Step<T>[]).filter((step) => !known.has(step.id));
              knownSteps = [...knownSteps, ...extra].sort((a, b) => a.at - b.at);
              queueSteps(extra, []);
            }
          }
          // Work in an older format is written back once in the current one, so its migration
          // (and the message about it) happens once: the copy counts as a change to save.
          if (stored.format < format.format && start === read.state) start = structuredClone(start);
          synced.current = base;
          docRef.current = { id: stored.id, title: stored.title, changed: stored.changed };
          setDoc(docRef.current);
          setLocal(start);
          steps.current = knownSteps;
          showHistory();
          writeKey('sessionStorage', openKey(format.instrument), stored.id);
          writeKey('localStorage', lastKey(format.instrument), stored.id);
          if (read.warnings.length)
            say('warning', 'Dit werk is geopend, met een paar aanpassingen.', {
              details: read.warnings,
            });
          if (note) say('info', note);
          if (start !== read.state) await commitNow();
          else setStatus(l === memory.current ? 'memory' : 'saved');
          void refreshLibrary();
          return true;
        } catch (error) {
          storageTrouble(error);
          return false;
        }
      }, inner),
    [
      whileBusy,
      commitNow,
      format,
      queueSteps,
      refreshLibrary,
      sanitize,
      say,
      setLocal,
      showHistory,
      storageTrouble,
    ],
  );
  const openDocumentRef = useRef(openDocument);
  openDocumentRef.current = openDocument;

  /** Adds a new document to the library and shows it; the work shown before stays where it is. */
  /**
   * The browser's storage refused new work: this tab goes on in memory, with the work shown now
   * copied along (so "terug" still works). The page says so; the stored work stays where it is.
   */
  const continueInMemory = useCallback(async (): Promise<Library> => {
    const { memoryLibrary } = await import('../../lib/work-library/memory-library');
    const fallback = memoryLibrary();
    const open = docRef.current;
    if (open) {
      const at = new Date().toISOString();
      await fallback.insert({
        id: open.id,
        instrument: format.instrument,
        title: open.title,
        created: at,
        changed: at,
        revision: synced.current.revision,
        format: format.format,
        state: stateRef.current,
      });
      synced.current = { ...synced.current, state: stateRef.current };
    }
    memory.current = fallback;
    lib.current = fallback;
    setStatus('memory');
    return fallback;
  }, [format]);

  /** Adds a new document to the library and shows it; the work shown before stays where it is. */
  const createDocument = useCallback(
    (initial: T, title: string, note?: string, inner = false): Promise<WorkDocument | null> =>
      whileBusy(async () => {
        await commitNow();
        let l = lib.current;
        if (!l) return null;
        let taken: string[] = [];
        try {
          taken = (await l.list(format.instrument)).map((d) => d.title);
        } catch {
          // a title with a number is only a nicety
        }
        const name = uniqueTitle(title, taken);
        let created: WorkDocument;
        try {
          created = await l.create(format.instrument, name, format.format, initial);
        } catch (error) {
          storageTrouble(error);
          if (l === memory.current) return null;
          l = await continueInMemory();
          created = await l.create(format.instrument, name, format.format, initial);
        }
        channel.current?.post({ type: 'library', instrument: format.instrument, tab });
        await openDocument(created.id, note, true);
        return created;
      }, inner),
    [whileBusy, commitNow, continueInMemory, format, openDocument, storageTrouble, tab],
  );

  // Arrival: open the library (or keep work in memory), move old work in, pick a document.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let l: Library;
      try {
        l = await openLibrary();
        try {
          // Work from before the library: the code that moves it loads only when there is some.
          const old = [format.legacyKey, `${format.legacyKey}:backup`];
          if (old.some((key) => readKey('localStorage', key) !== null)) {
            const { moveLegacyWork } = await import('../../lib/work-library/legacy');
            await moveLegacyWork(l, window.localStorage, format as InstrumentFormat<unknown>);
          }
        } catch {
          // localStorage blocked: nothing old to move
        }
        await l.purgeBin().catch(() => 0);
      } catch {
        const { memoryLibrary } = await import('../../lib/work-library/memory-library');
        l = memoryLibrary();
        memory.current = l;
        say('warning', MSG_UNAVAILABLE);
      }
      if (cancelled) return;
      lib.current = l;
      const list = await l.list(format.instrument).catch(() => [] as WorkDocument[]);
      const wanted = [
        readKey('sessionStorage', openKey(format.instrument)),
        readKey('localStorage', lastKey(format.instrument)),
      ];
      const readable = list.filter((d) => readDocument(d, format).kind === 'ok');
      const pick =
        readable.find((d) => d.id === wanted[0]) ??
        readable.find((d) => d.id === wanted[1]) ??
        readable[0];
      const skipped = list.filter((d) => readDocument(d, format).kind !== 'ok');
      if (skipped.some((d) => wanted.includes(d.id) || !pick)) {
        say(
          'warning',
          skipped.length === 1
            ? `“${skipped[0].title}” is gemaakt met een nieuwere versie van Partnerwijzer of is beschadigd, en kan hier niet worden geopend. Het staat ongewijzigd in Mijn werk; je kunt het daar exporteren.`
            : `${skipped.length} stukken werk zijn gemaakt met een nieuwere versie van Partnerwijzer of beschadigd, en kunnen hier niet worden geopend. Ze staan ongewijzigd in Mijn werk; je kunt ze daar exporteren.`,
        );
      }
      if (pick) await openDocument(pick.id);
      if (!docRef.current) await createDocument(format.empty(), format.defaultTitle);
      if (!cancelled) {
        setStatus((s) => (s === 'loading' ? 'saved' : s));
        setLoaded(true);
      }
    })();

    channel.current = openChannel((signal: SavedSignal) => {
      if (signal.instrument !== format.instrument || signal.tab === tab) return;
      void refreshLibrary();
      const open = docRef.current;
      if (signal.type !== 'saved' || !open || signal.docId !== open.id) return;
      if ((signal.revision ?? 0) <= synced.current.revision) return;
      if (stateRef.current !== synced.current.state) {
        void commitNow(); // our own changes go in; the library merges them with theirs
        return;
      }
      void lib.current?.get(open.id).then((stored) => {
        if (!stored || stateRef.current !== synced.current.state) return;
        const read = readDocument(stored, format);
        if (read.kind !== 'ok') return;
        synced.current = { revision: stored.revision, state: read.state };
        setLocal(read.state);
        docRef.current = { id: stored.id, title: stored.title, changed: stored.changed };
        setDoc(docRef.current);
      });
    });

    // Leaving: keep what is not saved yet in the journal (synchronous), then save.
    const flush = () => {
      const open = docRef.current;
      if (open && stateRef.current !== synced.current.state) {
        const journal: Journal<T> = {
          base: synced.current.revision,
          baseState: synced.current.state,
          state: stateRef.current,
          steps: [...pendingSteps.current.put.values()],
        };
        writeKey('localStorage', journalKey(open.id), JSON.stringify(journal));
      }
      void commitNow();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      channel.current?.close();
    };
    // Runs once per island: the format and the callbacks are stable for its lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /**
   * Applies a change as one step of the history. `key` joins quick changes of one field into
   * one step. Returns the step's id (for a message's undo), or null when nothing changed.
   */
  const change = useCallback(
    (label: string, update: (current: T) => T, key?: string): string | null => {
      const before = stateRef.current;
      const after = update(before);
      if (after === before || !docRef.current) return null;
      const step: Step<T> = {
        id: createId('stap'),
        docId: docRef.current.id,
        at: uniqueNow(),
        label,
        before,
        after,
        undone: false,
        key,
      };
      const recorded = recordStep(steps.current, step);
      steps.current = recorded.steps;
      queueSteps(recorded.put, recorded.remove);
      setLocal(after);
      showHistory();
      schedule();
      return recorded.put[0]?.id ?? step.id;
    },
    [queueSteps, schedule, setLocal, showHistory],
  );

  const applyHistory = useCallback(
    (kind: 'undo' | 'redo', id: string | undefined) => {
      if (!id) return;
      const apply = (code: UndoCode) => {
        const run = kind === 'undo' ? code.undoStep : code.redoStep;
        const applied = run(steps.current, id, stateRef.current);
        const step = steps.current.find((s) => s.id === id);
        if (!applied || !step) {
          say('info', 'Deze stap is al teruggezet.');
          return;
        }
        const clean = sanitize(applied.state);
        if (!clean) {
          say(
            'error',
            'Deze stap kan niet meer worden teruggezet. Je gegevens zijn niet aangepast.',
          );
          return;
        }
        steps.current = applied.change.steps;
        queueSteps(applied.change.put, applied.change.remove);
        setLocal(clean);
        showHistory();
        schedule();
        const verb = kind === 'undo' ? 'Ongedaan gemaakt' : 'Opnieuw gedaan';
        say(
          'info',
          `${verb}: ${step.label}.${applied.conflicts ? ' Wat je daarna nog aan dezelfde gegevens veranderde, is gebleven.' : ''}`,
        );
      };
      if (undoCode) apply(undoCode);
      else loadUndo().then(apply, () => say('error', NOT_LOADED));
    },
    [queueSteps, sanitize, say, schedule, setLocal, showHistory],
  );

  const undo = useCallback(
    (stepId?: string) => applyHistory('undo', stepId ?? undoCandidate(steps.current)?.id),
    [applyHistory],
  );
  const redo = useCallback(
    () => applyHistory('redo', redoCandidate(steps.current)?.id),
    [applyHistory],
  );

  const library = useMemo(
    () => ({
      docs,
      bin,
      refresh: refreshLibrary,
      open: openDocument,
      create: createDocument,
      rename: async (id: string, title: string) => {
        const l = lib.current;
        if (!l) return;
        try {
          const renamed = await l.rename(id, cleanTitle(title, format.defaultTitle));
          if (renamed && docRef.current?.id === id) {
            docRef.current = { ...docRef.current, title: renamed.title };
            setDoc(docRef.current);
            if (stateRef.current === synced.current.state)
              synced.current = { ...synced.current, revision: renamed.revision };
          }
          channel.current?.post({ type: 'library', instrument: format.instrument, tab });
          await refreshLibrary();
        } catch (error) {
          storageTrouble(error);
        }
      },
      duplicate: async (id: string) => {
        await commitNow();
        const stored = await lib.current?.get(id);
        if (!stored) return;
        const read = readDocument(stored, format);
        if (read.kind !== 'ok') return;
        await createDocument(
          read.state,
          copyTitle(
            stored.title,
            docs.map((d) => d.title),
          ),
          `“${stored.title}” is gekopieerd. Je werkt nu in de kopie; het origineel staat ongewijzigd in Mijn werk.`,
        );
      },
      remove: async (id: string) => {
        const l = lib.current;
        if (!l) return;
        try {
          await commitNow();
          const stored = await l.get(id);
          await l.trash(id);
          channel.current?.post({ type: 'library', instrument: format.instrument, tab });
          const title = stored?.title ?? 'Het werk';
          say('info', `“${title}” staat 30 dagen in de prullenbak van Mijn werk.`, {
            action: { label: 'Terugzetten', run: () => void libraryRestore(id) },
          });
          if (docRef.current?.id === id) {
            docRef.current = null;
            const rest = (await l.list(format.instrument)).filter(
              (d) => readDocument(d, format).kind === 'ok',
            );
            if (rest[0]) await openDocument(rest[0].id);
            else await createDocument(format.empty(), format.defaultTitle);
          }
          await refreshLibrary();
        } catch (error) {
          storageTrouble(error);
        }
      },
      restore: (id: string) => libraryRestore(id),
    }),
    // libraryRestore is defined below and stable through its ref
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [docs, bin, refreshLibrary, openDocument, createDocument, commitNow, format, say, tab],
  );

  const restoreRef = useRef<(id: string) => Promise<void>>(async () => undefined);
  restoreRef.current = async (id: string) => {
    const l = lib.current;
    if (!l) return;
    try {
      const back = await l.restore(id);
      if (!back) {
        say('info', 'Dit werk staat niet meer in de prullenbak.');
        return;
      }
      channel.current?.post({ type: 'library', instrument: format.instrument, tab });
      await openDocument(back.id, `“${back.title}” is teruggezet uit de prullenbak.`);
    } catch (error) {
      storageTrouble(error);
    }
  };
  const libraryRestore = (id: string) => restoreRef.current(id);

  return {
    ready: loaded,
    busy: busy > 0,
    state,
    doc,
    status,
    change,
    undo,
    redo,
    undoLabel: historyView.undo ?? null,
    redoLabel: historyView.redo ?? null,
    /** Saves now; resolves when stored (used before export, print and leaving). */
    flush: commitNow,
    library,
  };
}

export type WorkApi<T> = ReturnType<typeof useWorkDocument<T>>;
