import './partner-matrix.css';
import '../instrument-kit/kit.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  defaultAmbition,
  scoreScale,
  type Ambition,
  type DirectionId,
} from '../../data/partner-strategy';
import { actionOverview } from '../../lib/partner-strategy/action-overview';
import { assessPartner } from '../../lib/partner-strategy/assessment';
import { createAssessmentCache } from '../../lib/partner-strategy/assessment-cache';
import {
  addGoal,
  addPartner,
  movePartner,
  removeGoal,
  removePartner,
  setAmbition,
  setPosition,
  setTarget,
  updateGoal,
  updatePartner,
} from '../../lib/partner-strategy/matrix-operations';
import {
  emptyMatrix,
  type MatrixState,
  type Position,
} from '../../lib/partner-strategy/matrix-state';
import { createUndoStack } from '../../lib/instrument-kit/undo';
import { Messages, Toolbar, type KitMessage, type MessageKind } from '../instrument-kit/Messages';
import { PartnerAssessmentView } from './Assessment';
import { GoalList, PartnerInventory, type InventoryActions } from './Inventory';
import { MatrixChart } from './MatrixChart';
import { createMatrixStore, loadMatrixFiles, matrixFromFragment } from './matrix-io';
import { ActionOverviewTable, GoalTable } from './Tables';
import { formatScore } from './wording';

const STEP_FOR_DIRECTION: Record<DirectionId, Position> = {
  omhoog: { influence: 2, dependency: 0 },
  omlaag: { influence: -2, dependency: 0 },
  links: { influence: 0, dependency: -2 },
  rechts: { influence: 0, dependency: 2 },
};

let nextMessageId = 1;

export default function PartnerMatrix() {
  const [state, setState] = useState<MatrixState>(emptyMatrix);
  const [goalId, setGoalId] = useState<string>(() => state.goals[0].id);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [messages, setMessages] = useState<KitMessage[]>([]);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [ready, setReady] = useState(false);
  const [examples, setExamples] = useState<{ id: string; title: string }[]>([]);
  const loadExamples = () => {
    if (examples.length === 0) {
      void loadMatrixFiles().then((files) =>
        setExamples(files.matrixExamples.map(({ id, title }) => ({ id, title }))),
      );
    }
  };
  const svgRef = useRef<SVGSVGElement | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const undo = useMemo(() => createUndoStack<MatrixState>(), []);
  const store = useMemo(() => createMatrixStore(), []);
  const storageWarned = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;

  const say = useCallback((kind: MessageKind, text: string, extra: Partial<KitMessage> = {}) => {
    const message: KitMessage = { id: nextMessageId++, kind, text, ...extra };
    setMessages((current) => [...current.slice(-4), message]);
    return message.id;
  }, []);
  const dismiss = useCallback(
    (id: number) => setMessages((current) => current.filter((m) => m.id !== id)),
    [],
  );

  const [undoLabel, setUndoLabel] = useState<string | null>(null);
  const remember = useCallback(
    (label: string, snapshot: MatrixState) => {
      undo.push(label, snapshot);
      setUndoLabel(label);
    },
    [undo],
  );
  const undoLast = useCallback(() => {
    const entry = undo.pop();
    if (!entry) return;
    setState(entry.snapshot);
    setGoalId((current) =>
      entry.snapshot.goals.some((g) => g.id === current) ? current : entry.snapshot.goals[0].id,
    );
    setUndoLabel(undo.peek()?.label ?? null);
    say('info', `Teruggezet: ${entry.label}.`);
  }, [undo, say]);
  const undoAction = { label: 'Ongedaan maken', run: undoLast };

  /** Replaces the whole matrix, keeping the previous one to go back to. */
  const replaceState = useCallback(
    (next: MatrixState, label: string, warnings: string[] = []) => {
      const previous = stateRef.current;
      const hadWork = previous.partners.length > 0;
      if (hadWork) remember(label, previous);
      setState(next);
      setGoalId(next.goals[0].id);
      setSelectedId(null);
      say(
        warnings.length ? 'warning' : 'info',
        `${label}: ${next.partners.length} partners bij ${next.goals.length} doelen.${hadWork ? ' Je vorige werk is bewaard.' : ''}`,
        {
          details: warnings,
          action: hadWork ? { label: 'Vorige werk terugzetten', run: undoLast } : undefined,
        },
      );
    },
    [say, remember, undoLast],
  );

  const loadFromHash = useCallback(async () => {
    const loaded = await matrixFromFragment(window.location.hash);
    if (loaded.kind === 'none') return false;
    // The link has done its work; a reload should not overwrite what the reader changes next.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    if (!loaded.outcome.ok) {
      say('error', loaded.outcome.message);
      return true;
    }
    replaceState(
      loaded.outcome.value,
      loaded.from === 'example' ? 'Voorbeeld geladen' : 'Gedeelde partnermatrix geopend',
      loaded.outcome.warnings,
    );
    return true;
  }, [replaceState, say]);

  // On arrival: the saved work first, then a link (which keeps the saved work to go back to).
  useEffect(() => {
    const saved = store.load();
    if (!saved.ok) say('warning', saved.message);
    else if (saved.value) {
      setState(saved.value);
      setGoalId(saved.value.goals[0].id);
      if (saved.warnings.length)
        say('warning', 'Je opgeslagen werk is hersteld, met een paar aanpassingen.', {
          details: saved.warnings,
        });
    }
    stateRef.current = saved.ok && saved.value ? saved.value : stateRef.current;
    void loadFromHash().finally(() => setReady(true));
    const onHash = () => void loadFromHash();
    window.addEventListener('hashchange', onHash);
    const onBeforePrint = () => setPrinting(true);
    const onAfterPrint = () => setPrinting(false);
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    };
  }, []);

  // Autosave, a moment after the last change.
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      const saved = store.save(state);
      if (!saved.ok && !storageWarned.current) {
        storageWarned.current = true;
        say('warning', saved.message);
      }
      if (saved.ok) storageWarned.current = false;
    }, 300);
    return () => clearTimeout(timer);
  }, [state, ready]);

  const goal = state.goals.find((g) => g.id === goalId) ?? state.goals[0];
  const assessAll = useMemo(createAssessmentCache, []);
  const assessments = useMemo(() => assessAll(state), [state]);
  const overview = useMemo(() => actionOverview(state, assessments), [state, assessments]);

  const inventoryActions: InventoryActions = useMemo(
    () => ({
      updatePartner: (id, patch) => setState((s) => updatePartner(s, id, patch)),
      movePartner: (id, offset) => setState((s) => movePartner(s, id, offset)),
      select: (id) => setSelectedId(id),
      addTarget: (id) =>
        setState((s) => {
          const partner = s.partners.find((p) => p.id === id);
          if (!partner) return s;
          const direction = assessPartner(partner, s).suggestedDirections[0] ?? 'omhoog';
          const step = STEP_FOR_DIRECTION[direction];
          return setTarget(s, id, {
            influence: partner.influence + step.influence,
            dependency: partner.dependency + step.dependency,
          });
        }),
      removePartner: (id) => {
        const before = stateRef.current;
        const partner = before.partners.find((p) => p.id === id);
        if (!partner) return;
        remember(`${partner.name} verwijderd`, before);
        setState(removePartner(before, id));
        say('info', `${partner.name} is verwijderd.`, { action: undoAction });
      },
    }),
    [say, remember, undoLast],
  );

  const onMove = useCallback(
    (id: string, position: Position) => setState((s) => setPosition(s, id, position)),
    [],
  );
  const onMoveTarget = useCallback(
    (id: string, position: Position) => setState((s) => setTarget(s, id, position)),
    [],
  );

  const addPartnerToGoal = () => {
    const result = addPartner(stateRef.current, goal.id);
    setState(result.state);
    setSelectedId(result.partnerId);
    requestAnimationFrame(() => {
      document
        .querySelector<HTMLInputElement>(`[data-partner-id="${result.partnerId}"] input`)
        ?.focus();
    });
  };

  const addNewGoal = () => {
    const result = addGoal(stateRef.current, `Doel ${stateRef.current.goals.length + 1}`, 'middel');
    setState(result.state);
    setGoalId(result.goalId);
  };

  /** Runs a file or link feature once its code has loaded; a failure is a message, not a crash. */
  const withFiles = (
    run: (files: Awaited<ReturnType<typeof loadMatrixFiles>>) => Promise<void> | void,
  ) => {
    void loadMatrixFiles()
      .then(run)
      .catch((error: unknown) =>
        say(
          'error',
          `Dat lukte niet: ${(error as Error)?.message ?? error}. Je gegevens zijn niet aangepast.`,
        ),
      );
  };
  const exportJson = () =>
    withFiles((f) =>
      f.downloadText(
        f.datedFilename('partnermatrix', 'json'),
        f.matrixJson(state),
        'application/json',
      ),
    );
  const exportCsv = () =>
    withFiles((f) =>
      f.downloadText(
        f.datedFilename('partnermatrix', 'csv'),
        f.matrixToCsv(state),
        'text/csv;charset=utf-8',
      ),
    );
  const exportSvg = () =>
    withFiles((f) => {
      if (svgRef.current)
        f.downloadText(
          f.datedFilename('partnermatrix', 'svg'),
          f.svgDocument(svgRef.current),
          'image/svg+xml',
        );
    });
  const exportPng = () =>
    withFiles(async (f) => {
      if (svgRef.current)
        f.downloadBlob(
          f.datedFilename('partnermatrix', 'png'),
          await f.svgToPng(f.svgDocument(svgRef.current), 1280, 1000),
        );
    });
  const makeShareLink = () =>
    withFiles(async (f) => {
      const url = f.shareUrl(await f.shareFragment(state));
      setShareUrl(url);
      try {
        await navigator.clipboard.writeText(url);
        say(
          'info',
          'De deellink staat op je klembord. Iedereen met de link ziet deze partnermatrix.',
        );
      } catch {
        say('info', 'Kopieer de deellink hieronder. Iedereen met de link ziet deze partnermatrix.');
      }
    });
  const importFile = (file: File) =>
    withFiles(async (f) => {
      const result = f.matrixFromFile(await f.readFileBytes(file), file.name);
      if (!result.ok) {
        say('error', `${result.message} Je eigen gegevens zijn niet aangepast.`);
        return;
      }
      replaceState(result.value, `${file.name} geïmporteerd`, result.warnings);
    });
  const print = () => {
    setPrinting(true);
    requestAnimationFrame(() => {
      window.print();
    });
  };

  const partnersOfGoal = state.partners.filter((p) => p.goalId === goal.id);
  const selected = state.partners.find((p) => p.id === selectedId);

  const goalBlock = (g: typeof goal, withRef: boolean) => {
    const rows = state.partners
      .filter((p) => p.goalId === g.id)
      .map((partner) => ({ partner, assessment: assessments.get(partner.id)! }));
    return (
      <>
        <MatrixChart
          goal={g}
          points={rows.map(({ partner, assessment }) => ({ partner, side: assessment.side }))}
          ambition={state.ambition}
          selectedId={withRef ? selectedId : null}
          onSelect={setSelectedId}
          onMove={onMove}
          onMoveTarget={onMoveTarget}
          svgRef={withRef ? svgRef : undefined}
        />
        <GoalTable goal={g} rows={rows} />
      </>
    );
  };

  return (
    <div
      class={`partner-matrix instrument${printing ? ' is-printing' : ''}`}
      data-ready={ready ? '' : undefined}
    >
      <Messages messages={messages} onDismiss={dismiss} />

      <Toolbar label="Bestand en delen">
        <label class="kit-field">
          <span>Voorbeeld</span>
          <select
            aria-label="Begin met een voorbeeld"
            onFocus={loadExamples}
            onPointerDown={loadExamples}
            value=""
            onChange={(event) => {
              const id = (event.currentTarget as HTMLSelectElement).value;
              (event.currentTarget as HTMLSelectElement).value = '';
              if (id === 'leeg') replaceState(emptyMatrix(), 'Lege partnermatrix');
              else if (id) window.location.hash = `voorbeeld=${id}`;
            }}
          >
            <option value="">Kies…</option>
            <option value="leeg">Leeg beginnen</option>
            {examples.map((example) => (
              <option key={example.id} value={example.id}>
                {example.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Importeer JSON of CSV
        </button>
        <input
          ref={fileInput}
          type="file"
          class="sr-only"
          tabIndex={-1}
          aria-label="Bestand om te importeren"
          accept=".json,.csv,.txt,application/json,text/csv"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) importFile(file);
          }}
        />
        <button type="button" onClick={exportJson}>
          Exporteer als JSON
        </button>
        <button type="button" onClick={exportCsv}>
          Exporteer als CSV
        </button>
        <button type="button" onClick={exportSvg}>
          Grafiek als SVG
        </button>
        <button type="button" onClick={exportPng}>
          Grafiek als PNG
        </button>
        <button type="button" onClick={makeShareLink}>
          Deellink maken
        </button>
        <button type="button" onClick={print}>
          Afdrukken
        </button>
        <button type="button" disabled={!undoLabel} onClick={undoLast}>
          Ongedaan maken{undoLabel ? `: ${undoLabel}` : ''}
        </button>
        <button type="button" onClick={() => setConfirmReset(true)}>
          Opnieuw beginnen
        </button>
      </Toolbar>

      {confirmReset && (
        <div class="kit-confirm" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">
            Alles wissen en opnieuw beginnen? Je kunt dit daarna nog terugzetten.
          </p>
          <button
            type="button"
            onClick={() => {
              setConfirmReset(false);
              replaceState(emptyMatrix(), 'Opnieuw begonnen');
            }}
          >
            Ja, begin opnieuw
          </button>
          <button type="button" onClick={() => setConfirmReset(false)}>
            Annuleren
          </button>
        </div>
      )}

      {shareUrl && (
        <p class="share-url">
          <label>
            Deellink{' '}
            <input
              type="text"
              readOnly
              value={shareUrl}
              onFocus={(event) => (event.currentTarget as HTMLInputElement).select()}
            />
          </label>
        </p>
      )}

      <h2 id="doelen">Doelen</h2>
      <GoalList
        goals={state.goals}
        partnerCount={(id) => state.partners.filter((p) => p.goalId === id).length}
        onUpdate={(id, patch) => setState((s) => updateGoal(s, id, patch))}
        onRemove={(id) => {
          const before = stateRef.current;
          const removed = before.goals.find((g) => g.id === id);
          remember(`doel ${removed?.name ?? ''} verwijderd`, before);
          const next = removeGoal(before, id);
          setState(next);
          if (goalId === id) setGoalId(next.goals[0].id);
          say('info', `Het doel ${removed?.name ?? ''} en zijn partners zijn verwijderd.`, {
            action: undoAction,
          });
        }}
      />
      <button type="button" onClick={addNewGoal}>
        Doel toevoegen
      </button>

      <h2 id="partners">Partners</h2>
      <PartnerInventory
        partners={state.partners}
        goals={state.goals}
        selectedId={selectedId}
        actions={inventoryActions}
      />
      <p>
        <button type="button" onClick={addPartnerToGoal}>
          Partner toevoegen<span class="sr-only"> bij {goal.name}</span>
        </button>{' '}
        <span class="hint">Een nieuwe partner komt bij het doel “{goal.name}”.</span>
      </p>

      <h2 id="grafiek">Grafiek</h2>
      <div class="chart-controls">
        <label class="kit-field">
          <span>Grafiek voor doel</span>
          <select
            value={goal.id}
            onChange={(event) => setGoalId((event.currentTarget as HTMLSelectElement).value)}
          >
            {state.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <AmbitionControls
          ambition={state.ambition}
          onChange={(ambition) => setState((s) => setAmbition(s, ambition))}
        />
      </div>
      <p class="hint">
        Sleep een punt of pijlpunt met muis, pen of vinger. Of ga er met Tab naartoe en gebruik de
        pijltjestoetsen (met Shift in grotere stappen).
      </p>
      <div class="chart-and-details">
        <div class="chart-block screen-only">{goalBlock(goal, true)}</div>
        <div class="details-block">
          {selected ? (
            <PartnerAssessmentView
              partner={selected}
              goal={state.goals.find((g) => g.id === selected.goalId)}
              assessment={assessments.get(selected.id)!}
            />
          ) : (
            <p class="hint">
              Kies een partner in de grafiek of de tabel om te zien wat de methode aanraadt.
            </p>
          )}
        </div>
      </div>
      {partnersOfGoal.length === 0 && <p class="hint">Dit doel heeft nog geen partners.</p>}

      <h2 id="actieoverzicht">Actieoverzicht</h2>
      <ActionOverviewTable rows={overview} />

      {printing && (
        <div class="print-only print-report">
          <h2>Partnermatrix: alle doelen</h2>
          <p>
            Ambitielijn: vereiste invloed {formatScore(state.ambition.atNoDependency)} bij geen
            afhankelijkheid en {formatScore(state.ambition.atFullDependency)} bij volledige
            afhankelijkheid.
          </p>
          {state.goals.map((g) => (
            <section key={g.id} class="print-goal">
              <h3>{g.name}</h3>
              {goalBlock(g, false)}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

function AmbitionControls(props: { ambition: Ambition; onChange: (ambition: Ambition) => void }) {
  const { ambition } = props;
  const slider = (key: keyof Ambition, label: string) => (
    <label class="kit-field">
      <span>{label}</span>
      <input
        type="range"
        min={scoreScale.min}
        max={scoreScale.max}
        step={scoreScale.step}
        value={ambition[key]}
        aria-valuetext={formatScore(ambition[key])}
        onInput={(event) =>
          props.onChange({
            ...ambition,
            [key]: Number((event.currentTarget as HTMLInputElement).value),
          })
        }
      />
      <output>{formatScore(ambition[key])}</output>
    </label>
  );
  const isDefault =
    ambition.atNoDependency === defaultAmbition.atNoDependency &&
    ambition.atFullDependency === defaultAmbition.atFullDependency;
  return (
    <fieldset class="ambition-controls">
      <legend>Ambitielijn: hoeveel invloed moet een partner minstens hebben?</legend>
      {slider('atNoDependency', 'Bij geen afhankelijkheid (0)')}
      {slider('atFullDependency', 'Bij volledige afhankelijkheid (10)')}
      <button
        type="button"
        disabled={isDefault}
        onClick={() => props.onChange({ ...defaultAmbition })}
      >
        Terug naar de diagonaal
      </button>
    </fieldset>
  );
}
