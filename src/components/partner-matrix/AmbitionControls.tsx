import { defaultAmbition, scoreScale, type Ambition } from '../../data/partner-strategy';
import { formatScore } from './wording';

/** The ambition line: how much influence a partner must at least have, at both ends. */
export function AmbitionControls(props: {
  ambition: Ambition;
  onChange: (ambition: Ambition) => void;
}) {
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
