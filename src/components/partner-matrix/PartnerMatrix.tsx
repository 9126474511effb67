import './partner-matrix.css';
import '../instrument-kit/kit.css';
import '../instrument-kit/print.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DirectionId } from '../../data/partner-strategy';
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
  type PartnerRow,
  type Position,
} from '../../lib/partner-strategy/matrix-state';
import { InstrumentFrame } from '../instrument-kit/InstrumentFrame';
import { useInstrument } from '../instrument-kit/use-instrument';
import { NOT_LOADED, useOnDemand } from '../instrument-kit/use-on-demand';
import { matrixFormat } from '../../lib/partner-strategy/matrix-format';
import { shownName, withShownNames } from '../../lib/partner-strategy/partner-names';
import { GoalList, PartnerInventory, type InventoryActions } from './Inventory';
import { AmbitionControls } from './AmbitionControls';
import { MatrixChart } from './MatrixChart';
import { MatrixReport } from './MatrixReport';
import { MatrixToolbar } from './MatrixToolbar';
import { matrixFromFragment } from './matrix-io';
import { ActionOverviewTable, GoalTable } from './Tables';
import { openedFrom, openedMessage, partnerCount } from './wording';
import { ShareUrl } from '../instrument-kit/ShareUrl';

const STEP_FOR_DIRECTION: Record<DirectionId, Position> = {
  omhoog: { influence: 2, dependency: 0 },
  omlaag: { influence: -2, dependency: 0 },
  links: { influence: 0, dependency: -2 },
  rechts: { influence: 0, dependency: 2 },
};

// Only an interaction needs these: the advice for a chosen partner and the question before
// "Opnieuw beginnen". They load on first use (or when the reader starts working in the chart).
const loadAssessmentView = () => import('./Assessment');
const loadResetDialog = () => import('./ResetDialog');

const FIELD_LABEL: Partial<Record<keyof PartnerRow, string>> = {
  name: 'naam',
  goalId: 'doel',
  relation: 'relatie',
  influence: 'invloed',
  dependency: 'afhankelijkheid',
  notes: 'notities',
};

export default function PartnerMatrix() {
  const kit = useInstrument(matrixFormat);
  const { work, say } = kit;
  const state = work.state;
  const change = work.change;
  const [goalId, setGoalId] = useState<string>(() => state.goals[0].id);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const assessmentView = useOnDemand(loadAssessmentView);
  const resetDialog = useOnDemand(loadResetDialog);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  /** A message with an undo for exactly this step. */
  const sayDone = useCallback(
    (text: string, stepId: string | null) =>
      say('info', text, {
        action: stepId ? { label: 'Ongedaan maken', run: () => work.undo(stepId) } : undefined,
      }),
    [say, work],
  );

  /** A link, example or file opens as a new piece of work beside the reader's own. */
  const openAsNew = useCallback(
    async (next: MatrixState, title: string, what: string, warnings: string[] = []) => {
      const before = work.doc;
      const created = await work.library.create(next, title);
      if (!created) return;
      setGoalId(next.goals[0].id);
      setSelectedId(null);
      say(
        warnings.length ? 'warning' : 'info',
        openedMessage(
          what,
          created.title,
          { partners: next.partners.length, goals: next.goals.length },
          before?.title,
        ),
        {
          details: warnings,
          action: before
            ? {
                label: `Terug naar “${before.title}”`,
                run: () => void work.library.open(before.id),
              }
            : undefined,
        },
      );
    },
    [say, work],
  );

  const loadFromHash = useCallback(async () => {
    const loaded = await matrixFromFragment(window.location.hash);
    if (loaded.kind === 'none') return;
    // The link has done its work; a reload should not open it again.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    if (!loaded.outcome.ok) {
      say('error', loaded.outcome.message);
      return;
    }
    const { value } = loaded.outcome;
    const { title, what } = openedFrom(
      loaded.from,
      loaded.from === 'ambition-check' ? value.partners[0]?.name : loaded.title,
    );
    await openAsNew(value, title, what, loaded.outcome.warnings);
  }, [openAsNew, say]);

  // A link is read once the reader's own work has loaded, and opens beside it.
  const loadFromHashRef = useRef(loadFromHash);
  loadFromHashRef.current = loadFromHash;
  useEffect(() => {
    if (!work.ready) return;
    const onHash = () => void loadFromHashRef.current();
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [work.ready]);

  const goal = state.goals.find((g) => g.id === goalId) ?? state.goals[0];
  // Everything but the name fields shows a partner without a name by its shown name.
  const shown = useMemo(() => withShownNames(state), [state]);
  const assessAll = useMemo(createAssessmentCache, []);
  const assessments = useMemo(() => assessAll(shown), [assessAll, shown]);
  const overview = useMemo(() => actionOverview(shown, assessments), [shown, assessments]);

  const partnerName = (id: string) => {
    const partners = stateRef.current.partners;
    const index = partners.findIndex((p) => p.id === id);
    return index < 0 ? 'partner' : shownName(partners[index].name, index);
  };
  const inventoryActions: InventoryActions = useMemo(
    () => ({
      updatePartner: (id, patch) => {
        const fields = Object.keys(patch) as (keyof PartnerRow)[];
        const what = fields.map((f) => FIELD_LABEL[f] ?? f).join(' en ');
        change(
          `${what} van ${partnerName(id)}`,
          (s) => updatePartner(s, id, patch),
          `partner:${id}:${fields.join()}`,
        );
      },
      movePartner: (id, offset) =>
        change(`volgorde van ${partnerName(id)}`, (s) => movePartner(s, id, offset)),
      select: (id) => setSelectedId(id),
      addTarget: (id) =>
        change(`doelpositie voor ${partnerName(id)}`, (s) => {
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
        const name = partnerName(id);
        const stepId = change(`${name} verwijderd`, (s) => removePartner(s, id));
        sayDone(`${name} is verwijderd.`, stepId);
      },
    }),
    [change, sayDone],
  );

  const onMove = useCallback(
    (id: string, position: Position) =>
      change(`${partnerName(id)} verplaatst`, (s) => setPosition(s, id, position), `move:${id}`),
    [change],
  );
  const onMoveTarget = useCallback(
    (id: string, position: Position) =>
      change(
        `doelpositie van ${partnerName(id)} verplaatst`,
        (s) => setTarget(s, id, position),
        `target:${id}`,
      ),
    [change],
  );

  const addPartnerToGoal = () => {
    let partnerId: string | null = null;
    change('partner toegevoegd', (s) => {
      const result = addPartner(s, goal.id);
      partnerId = result.partnerId;
      return result.state;
    });
    if (!partnerId) return;
    setSelectedId(partnerId);
    // In a long inventory the new row appears once the table has moved to it: try a few frames.
    let tries = 0;
    const focusNew = () => {
      const field = document.querySelector<HTMLInputElement>(
        `[data-partner-id="${partnerId}"] input`,
      );
      // The name field is empty, with a placeholder: what the reader types is the name.
      if (field) field.focus();
      else if (++tries < 10) requestAnimationFrame(focusNew);
    };
    requestAnimationFrame(focusNew);
  };

  const addNewGoal = () => {
    let newId: string | null = null;
    change('doel toegevoegd', (s) => {
      const result = addGoal(s, `Doel ${s.goals.length + 1}`, 'middel');
      newId = result.goalId;
      return result.state;
    });
    if (newId) setGoalId(newId);
  };

  const partnersOfGoal = state.partners.filter((p) => p.goalId === goal.id);
  const selected = shown.partners.find((p) => p.id === selectedId);
  const AssessmentView = assessmentView.module?.PartnerAssessmentView;
  const ResetDialog = resetDialog.module?.ResetDialog;
  const requestAssessment = assessmentView.request;
  useEffect(() => {
    if (selectedId) void requestAssessment();
  }, [selectedId, requestAssessment]);

  const goalBlock = (g: typeof goal) => {
    const rows = shown.partners
      .filter((p) => p.goalId === g.id)
      .map((partner) => ({ partner, assessment: assessments.get(partner.id)! }));
    return (
      <>
        <MatrixChart
          goal={g}
          points={rows.map(({ partner, assessment }) => ({ partner, side: assessment.side }))}
          ambition={state.ambition}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onMove={onMove}
          onMoveTarget={onMoveTarget}
          svgRef={svgRef}
        />
        <GoalTable goal={g} rows={rows} />
      </>
    );
  };

  return (
    <InstrumentFrame
      instrument={kit}
      format={matrixFormat}
      class="partner-matrix"
      idPrefix="matrix"
    >
      <MatrixToolbar
        kit={kit}
        svgRef={svgRef}
        openAsNew={openAsNew}
        onShareUrl={setShareUrl}
        onPrint={() => window.print()}
        onReset={async () => {
          if (await resetDialog.request()) setConfirmReset(true);
          else say('error', NOT_LOADED);
        }}
      />

      {ResetDialog && (
        <ResetDialog
          open={confirmReset}
          workTitle={work.doc?.title}
          onConfirm={() => {
            setConfirmReset(false);
            const stepId = change('alles gewist', () => emptyMatrix());
            sayDone('De partnermatrix is leeggemaakt.', stepId);
          }}
          onCancel={() => setConfirmReset(false)}
        />
      )}

      {shareUrl && <ShareUrl label={'Deellink'} url={shareUrl} />}

      <h2 id="doelen">Doelen</h2>
      <GoalList
        goals={state.goals}
        partnerCount={(id) => state.partners.filter((p) => p.goalId === id).length}
        onUpdate={(id, patch) =>
          change(
            'doel aangepast',
            (s) => updateGoal(s, id, patch),
            `goal:${id}:${Object.keys(patch).join()}`,
          )
        }
        onRemove={(id) => {
          const removed = stateRef.current.goals.find((g) => g.id === id);
          const count = stateRef.current.partners.filter((p) => p.goalId === id).length;
          const stepId = change(`doel ${removed?.name ?? ''} verwijderd`, (s) => removeGoal(s, id));
          sayDone(
            `Het doel ${removed?.name ?? ''} is verwijderd${count ? `, met ${partnerCount(count)}` : ''}.`,
            stepId,
          );
        }}
      />
      <button type="button" onClick={addNewGoal}>
        Doel toevoegen
      </button>

      <div
        class="matrix-workspace"
        onPointerDown={() => void requestAssessment()}
        onFocusIn={() => void requestAssessment()}
      >
        <div class="matrix-partners">
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
        </div>
        <div class="matrix-chart-panel">
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
              onChange={(ambition) =>
                change('ambitielijn', (s) => setAmbition(s, ambition), 'ambition')
              }
            />
          </div>
          <p class="hint">
            Sleep een punt of pijlpunt met muis, pen of vinger. Of ga er met Tab naartoe en gebruik
            de pijltjestoetsen (met Shift in grotere stappen).
          </p>
          <div class="chart-and-details">
            <div class="chart-block screen-only">{goalBlock(goal)}</div>
            <div class="details-block">
              {selected && AssessmentView ? (
                <AssessmentView
                  partner={selected}
                  goal={state.goals.find((g) => g.id === selected.goalId)}
                  assessment={assessments.get(selected.id)!}
                />
              ) : selected ? (
                <p class="hint">
                  {assessmentView.failed ? NOT_LOADED : 'Het advies wordt geladen…'}
                </p>
              ) : (
                <p class="hint">
                  Kies een partner in de grafiek of de tabel om te zien wat de methode aanraadt.
                </p>
              )}
            </div>
          </div>
          {partnersOfGoal.length === 0 && <p class="hint">Dit doel heeft nog geen partners.</p>}
        </div>
      </div>

      <h2 id="actieoverzicht">Actieoverzicht</h2>
      <ActionOverviewTable rows={overview} />

      <MatrixReport
        title={work.doc?.title}
        state={shown}
        assessments={assessments}
        overview={overview}
      />
    </InstrumentFrame>
  );
}
