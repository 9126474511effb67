import { relationForms, type RelationForm } from '../../data/partner-strategy';

/** The form of a relation (subsidie, opdracht, …), as used in the matrix and the check. */
export function RelationSelect(props: {
  id?: string;
  label?: string;
  value: RelationForm;
  onChange: (value: RelationForm) => void;
}) {
  return (
    <select
      id={props.id}
      aria-label={props.label}
      value={props.value}
      onChange={(event) =>
        props.onChange((event.currentTarget as HTMLSelectElement).value as RelationForm)
      }
    >
      {relationForms.map((form) => (
        <option key={form.id} value={form.id}>
          {form.label}
        </option>
      ))}
    </select>
  );
}
