import { useRef, useState } from 'preact/hooks';
import {
  MATRIX_LIMITS,
  urgencies,
  type Goal,
  type PartnerRow,
  type Position,
  type Urgency,
} from '../../lib/partner-strategy/matrix-state';
import { parseDecimal } from '../../lib/instrument-kit/decimal';
import { BLANK_NAME_MESSAGE, isBlankName } from '../../lib/instrument-kit/text-clean';
import { NAME_PLACEHOLDER, shownName } from '../../lib/partner-strategy/partner-names';
import { nameKey } from '../../lib/partner-strategy/values';
import { pure } from '../instrument-kit/pure';
import { RelationSelect } from './RelationSelect';
import { useRowWindow } from './row-window';
import { formatScore, partnerCount } from './wording';

export interface InventoryActions {
  updatePartner: (id: string, patch: Partial<PartnerRow>) => void;
  removePartner: (id: string) => void;
  movePartner: (id: string, offset: -1 | 1) => void;
  addTarget: (id: string) => void;
  select: (id: string) => void;
}

/** Ids of partners whose name another partner of the same goal also has. */
function duplicateNames(partners: PartnerRow[]): Set<string> {
  const seen = new Map<string, string[]>();
  for (const partner of partners) {
    if (partner.name === '') continue;
    const key = `${partner.goalId}\u0000${nameKey(partner.name)}`;
    seen.set(key, [...(seen.get(key) ?? []), partner.id]);
  }
  return new Set([...seen.values()].filter((ids) => ids.length > 1).flat());
}

/** A score field that accepts "7,5" and "7.5", and says so when the text is not a score. */
function ScoreField(props: {
  label: string;
  value: number | null;
  optional?: boolean;
  onCommit: (value: number | null) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (props.value === null ? '' : formatScore(props.value));
  const parsed = draft === null ? props.value : parseDecimal(draft);
  const invalid =
    draft !== null &&
    (parsed === null ? !props.optional : Number.isNaN(parsed) || parsed < 0 || parsed > 10);
  return (
    <span class="score-field">
      <input
        type="text"
        inputMode="decimal"
        size={4}
        aria-label={props.label}
        aria-invalid={invalid}
        value={shown}
        onInput={(event) => {
          const text = (event.currentTarget as HTMLInputElement).value;
          setDraft(text);
          const value = parseDecimal(text);
          if (value === null ? props.optional : !Number.isNaN(value) && value >= 0 && value <= 10) {
            props.onCommit(value);
          }
        }}
        onBlur={() => setDraft(null)}
      />
      {invalid && <span class="field-error">Vul een getal van 0 tot 10 in.</span>}
    </span>
  );
}

/**
 * Why a typed name is not taken, or null. A name that is empty, or only spaces and invisible
 * characters (zero-width space, bidi controls, …), is not taken: the previous name stays, and
 * the field says why. A partner just added has no previous name: its field may stay empty until
 * the reader types one.
 */
function nameError(draft: string | null, previous: string): string | null {
  if (draft === null || !isBlankName(draft)) return null;
  const empty = draft.trim() === '';
  if (previous === '') return empty ? null : BLANK_NAME_MESSAGE;
  return `${empty ? 'Een naam is nodig.' : BLANK_NAME_MESSAGE} De vorige naam blijft staan.`;
}

function TextField(props: {
  label: string;
  value: string;
  max: number;
  required?: boolean;
  placeholder?: string;
  onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const error = props.required ? nameError(draft, props.value) : null;
  return (
    <span class="text-field">
      <input
        type="text"
        aria-label={props.label}
        maxLength={props.max}
        placeholder={props.placeholder}
        aria-invalid={error !== null}
        value={draft ?? props.value}
        onInput={(event) => {
          const text = (event.currentTarget as HTMLInputElement).value;
          setDraft(text);
          if (!props.required || !isBlankName(text)) props.onCommit(text);
        }}
        onBlur={() => setDraft(null)}
      />
      {error && <span class="field-error">{error}</span>}
    </span>
  );
}

/** The column heading, shown above the field when the partner is a card (narrow screens). */
const CardLabel = (props: { children: string }) => (
  <span class="card-label" aria-hidden="true">
    {props.children}
  </span>
);

interface RowProps {
  partner: PartnerRow;
  index: number;
  count: number;
  goals: Goal[];
  selected: boolean;
  /** Another partner of the same goal has this name. */
  duplicate: boolean;
  actions: InventoryActions;
}

const PartnerRowView = pure(function PartnerRowView(props: RowProps) {
  const { partner, actions, goals } = props;
  const name = shownName(partner.name, props.index);
  const setTarget = (patch: Partial<Position> | null) =>
    actions.updatePartner(partner.id, {
      target:
        patch === null
          ? null
          : {
              influence: partner.influence,
              dependency: partner.dependency,
              ...partner.target,
              ...patch,
            },
    });
  return (
    <tr
      data-partner-id={partner.id}
      data-row-index={props.index}
      aria-rowindex={props.index + 2}
      class={props.selected ? 'is-selected' : undefined}
      onFocusIn={() => actions.select(partner.id)}
    >
      <th scope="row">
        <CardLabel>Partner</CardLabel>
        <TextField
          label={`Naam van partner ${props.index + 1}`}
          value={partner.name}
          placeholder={NAME_PLACEHOLDER}
          max={MATRIX_LIMITS.name}
          required
          onCommit={(value) => actions.updatePartner(partner.id, { name: value })}
        />
        {props.duplicate && <span class="field-note">Deze naam staat al bij hetzelfde doel.</span>}
      </th>
      <td>
        <CardLabel>Doel</CardLabel>
        <select
          aria-label={`Doel van ${name}`}
          value={partner.goalId}
          onChange={(event) =>
            actions.updatePartner(partner.id, {
              goalId: (event.currentTarget as HTMLSelectElement).value,
            })
          }
        >
          {goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <CardLabel>Vorm</CardLabel>
        <RelationSelect
          label={`Vorm van de relatie met ${name}`}
          value={partner.relation}
          onChange={(relation) => actions.updatePartner(partner.id, { relation })}
        />
      </td>
      <td>
        <CardLabel>Invloed (0–10)</CardLabel>
        <ScoreField
          label={`Invloed van ${name}`}
          value={partner.influence}
          onCommit={(value) =>
            value !== null && actions.updatePartner(partner.id, { influence: value })
          }
        />
      </td>
      <td>
        <CardLabel>Afhankelijkheid (0–10)</CardLabel>
        <ScoreField
          label={`Afhankelijkheid van ${name}`}
          value={partner.dependency}
          onCommit={(value) =>
            value !== null && actions.updatePartner(partner.id, { dependency: value })
          }
        />
      </td>
      <td class="target-cell">
        <CardLabel>Gewenste positie</CardLabel>
        {partner.target ? (
          <span class="target-fields">
            <ScoreField
              label={`Gewenste invloed van ${name}`}
              value={partner.target.influence}
              onCommit={(value) => value !== null && setTarget({ influence: value })}
            />
            <ScoreField
              label={`Gewenste afhankelijkheid van ${name}`}
              value={partner.target.dependency}
              onCommit={(value) => value !== null && setTarget({ dependency: value })}
            />
            <button type="button" class="link-button" onClick={() => setTarget(null)}>
              Wissen<span class="sr-only"> (gewenste positie van {name})</span>
            </button>
          </span>
        ) : (
          <button type="button" class="link-button" onClick={() => actions.addTarget(partner.id)}>
            Toevoegen<span class="sr-only"> (gewenste positie van {name})</span>
          </button>
        )}
      </td>
      <td class="notes-cell">
        <CardLabel>Opmerkingen</CardLabel>
        <TextField
          label={`Opmerkingen bij ${name}`}
          value={partner.notes}
          max={MATRIX_LIMITS.notes}
          onCommit={(value) => actions.updatePartner(partner.id, { notes: value })}
        />
      </td>
      <td class="row-buttons">
        <button
          type="button"
          aria-label={`${name} omhoog in de lijst`}
          disabled={props.index === 0}
          onClick={() => actions.movePartner(partner.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`${name} omlaag in de lijst`}
          disabled={props.index === props.count - 1}
          onClick={() => actions.movePartner(partner.id, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={`${name} verwijderen`}
          onClick={() => actions.removePartner(partner.id)}
        >
          Verwijderen
        </button>
      </td>
    </tr>
  );
});

export function PartnerInventory(props: {
  partners: PartnerRow[];
  goals: Goal[];
  selectedId: string | null;
  actions: InventoryActions;
}) {
  const duplicates = duplicateNames(props.partners);
  const count = props.partners.length;
  const body = useRef<HTMLTableSectionElement | null>(null);
  const selectedIndex = props.selectedId
    ? props.partners.findIndex((p) => p.id === props.selectedId)
    : -1;
  const { first, end, rowHeight } = useRowWindow(
    count,
    body,
    selectedIndex >= 0 ? selectedIndex : null,
  );
  const spacer = (rows: number, where: string) =>
    rows > 0 && (
      <tr class="inventory-spacer" aria-hidden="true" key={where}>
        <td colSpan={8} style={{ height: `${rows * rowHeight}px` }} />
      </tr>
    );
  return (
    <div
      class="table-scroll inventory-scroll"
      tabIndex={0}
      role="region"
      aria-label="Inventarisatie van partners"
    >
      <table class="inventory" aria-rowcount={count + 1} data-rows={count}>
        <caption>
          Partners (stap 1 en 2)
          {end - first < count && (
            <span class="hint">
              {` — ${count} partners; rij ${first + 1} tot ${end} staat nu in beeld`}
            </span>
          )}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Partner</th>
            <th scope="col">Doel</th>
            <th scope="col">Vorm</th>
            <th scope="col">Invloed (0–10)</th>
            <th scope="col">Afhankelijkheid (0–10)</th>
            <th scope="col">Gewenste positie</th>
            <th scope="col">Opmerkingen</th>
            <th scope="col">
              <span class="sr-only">Volgorde en verwijderen</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {spacer(first, 'voor')}
          {props.partners.slice(first, end).map((partner, offset) => (
            <PartnerRowView
              duplicate={duplicates.has(partner.id)}
              key={partner.id}
              partner={partner}
              index={first + offset}
              count={count}
              goals={props.goals}
              selected={props.selectedId === partner.id}
              actions={props.actions}
            />
          ))}
          {spacer(count - end, 'na')}
        </tbody>
      </table>
    </div>
  );
}

export const GoalList = function GoalList(props: {
  goals: Goal[];
  partnerCount: (goalId: string) => number;
  onUpdate: (id: string, patch: Partial<Goal>) => void;
  onRemove: (id: string) => void;
}) {
  return (
    <ul class="goal-list">
      {props.goals.map((goal, index) => (
        <li key={goal.id}>
          <TextField
            label={`Naam van doel ${index + 1}`}
            value={goal.name}
            max={MATRIX_LIMITS.name}
            required
            onCommit={(value) => props.onUpdate(goal.id, { name: value })}
          />
          <label>
            Urgentie{' '}
            <select
              value={goal.urgency}
              onChange={(event) =>
                props.onUpdate(goal.id, {
                  urgency: (event.currentTarget as HTMLSelectElement).value as Urgency,
                })
              }
            >
              {urgencies.map((urgency) => (
                <option key={urgency.id} value={urgency.id}>
                  {urgency.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={props.goals.length === 1}
            onClick={() => props.onRemove(goal.id)}
          >
            Doel verwijderen
            <span class="sr-only">
              {' '}
              ({goal.name}, {partnerCount(props.partnerCount(goal.id))})
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
};
