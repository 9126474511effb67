import '../partner-matrix/partner-matrix.css';
import '../instrument-kit/kit.css';
import { useMemo, useState } from 'preact/hooks';
import { sitePath } from '../../lib/site/base-url';
import { isEmbedPath } from '../../lib/site/embed';
import { defaultAmbition, scoreScale, type Ambition } from '../../data/partner-strategy';
import { assessPartner } from '../../lib/partner-strategy/assessment';
import {
  emptyMatrix,
  MATRIX_LIMITS,
  type MatrixState,
  type Position,
} from '../../lib/partner-strategy/matrix-state';
import {
  setAmbition,
  setPosition,
  updatePartner,
  addPartner,
} from '../../lib/partner-strategy/matrix-operations';
import { PartnerAssessmentView } from '../partner-matrix/Assessment';
import { RelationSelect } from '../partner-matrix/RelationSelect';
import { MatrixChart } from '../partner-matrix/MatrixChart';
import { AMBITION_CHECK_MARK, loadMatrixFiles } from '../partner-matrix/matrix-io';
import { formatScore } from '../partner-matrix/wording';

/** A one-partner matrix: the same state, rules and chart as the partner matrix. */
function initialState(): { state: MatrixState; partnerId: string } {
  const empty = emptyMatrix();
  const { state, partnerId } = addPartner(empty, empty.goals[0].id, {
    name: 'Mijn partner',
    influence: 4,
    dependency: 7,
  });
  return { state, partnerId };
}

function ScoreSlider(props: {
  id: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <div class="kit-field ambition-check__slider">
      <label for={props.id}>{props.label}</label>
      <span>
        <input
          id={props.id}
          type="range"
          min={scoreScale.min}
          max={scoreScale.max}
          step={scoreScale.step}
          value={props.value}
          aria-valuetext={formatScore(props.value)}
          onInput={(event) =>
            props.onChange(Number((event.currentTarget as HTMLInputElement).value))
          }
        />{' '}
        <input
          type="number"
          min={scoreScale.min}
          max={scoreScale.max}
          step={scoreScale.step}
          value={props.value}
          aria-label={`${props.label} (getal)`}
          onChange={(event) => {
            const value = Number((event.currentTarget as HTMLInputElement).value);
            if (Number.isFinite(value))
              props.onChange(Math.min(10, Math.max(0, Math.round(value * 2) / 2)));
          }}
        />
      </span>
    </div>
  );
}

export default function AmbitionCheck(props: { idPrefix?: string; headingLevel?: 2 | 3 | 4 }) {
  const prefix = props.idPrefix ?? 'ambitie';
  const [{ state, partnerId }, setModel] = useState(initialState);
  const partner = state.partners.find((p) => p.id === partnerId)!;
  const assessment = useMemo(() => assessPartner(partner, state), [partner, state]);
  const update = (next: MatrixState) => setModel({ state: next, partnerId });
  const move = (position: Position) => update(setPosition(state, partnerId, position));
  const ambition = state.ambition;
  const setEnd = (key: keyof Ambition, value: number) =>
    update(setAmbition(state, { ...ambition, [key]: value }));

  const openInMatrix = async () => {
    const { shareFragment } = await loadMatrixFiles();
    const { van } = AMBITION_CHECK_MARK;
    const url = sitePath(`instrumenten/partnermatrix/${await shareFragment(state)}&van=${van}`);
    // In an embedded check (an iframe on a course page) the matrix opens in a new tab.
    if (isEmbedPath(window.location.pathname)) window.open(url, '_blank', 'noopener');
    else window.location.href = url;
  };

  return (
    <div class="ambition-check instrument" data-pagefind-ignore="all">
      <div class="ambition-check__inputs">
        <div class="kit-field">
          <label for={`${prefix}-naam`}>Naam van de partner</label>
          <input
            id={`${prefix}-naam`}
            type="text"
            maxLength={MATRIX_LIMITS.name}
            value={partner.name}
            onInput={(event) => {
              const name = (event.currentTarget as HTMLInputElement).value;
              if (name.trim()) update(updatePartner(state, partnerId, { name }));
            }}
          />
        </div>
        <div class="kit-field">
          <label for={`${prefix}-vorm`}>Vorm van de relatie</label>
          <RelationSelect
            id={`${prefix}-vorm`}
            value={partner.relation}
            onChange={(relation) => update(updatePartner(state, partnerId, { relation }))}
          />
        </div>
        <ScoreSlider
          id={`${prefix}-afhankelijkheid`}
          label="Afhankelijkheid"
          value={partner.dependency}
          onChange={(dependency) => move({ dependency, influence: partner.influence })}
        />
        <ScoreSlider
          id={`${prefix}-invloed`}
          label="Invloed op het doel"
          value={partner.influence}
          onChange={(influence) => move({ influence, dependency: partner.dependency })}
        />
        <fieldset class="ambition-controls">
          <legend>Ambitielijn: vereiste invloed</legend>
          <ScoreSlider
            id={`${prefix}-eis-0`}
            label="Bij geen afhankelijkheid"
            value={ambition.atNoDependency}
            onChange={(v) => setEnd('atNoDependency', v)}
          />
          <ScoreSlider
            id={`${prefix}-eis-10`}
            label="Bij volledige afhankelijkheid"
            value={ambition.atFullDependency}
            onChange={(v) => setEnd('atFullDependency', v)}
          />
          <button
            type="button"
            disabled={
              ambition.atNoDependency === defaultAmbition.atNoDependency &&
              ambition.atFullDependency === defaultAmbition.atFullDependency
            }
            onClick={() => update(setAmbition(state, { ...defaultAmbition }))}
          >
            Terug naar de diagonaal
          </button>
        </fieldset>
      </div>
      <div class="chart-and-details">
        <MatrixChart
          goal={state.goals[0]}
          points={[{ partner, side: assessment.side }]}
          ambition={ambition}
          selectedId={partnerId}
          onSelect={() => undefined}
          onMove={(_id, position) => move(position)}
          onMoveTarget={() => undefined}
        />
        <div aria-live="polite">
          <PartnerAssessmentView
            partner={partner}
            goal={undefined}
            assessment={assessment}
            headingLevel={props.headingLevel}
          />
          <p>
            <button type="button" onClick={() => void openInMatrix()}>
              Open deze partner in de partnermatrix
            </button>
          </p>
        </div>
      </div>
    </div>
  );
}
