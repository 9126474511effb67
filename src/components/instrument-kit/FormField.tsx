import type { ComponentChildren } from 'preact';

/**
 * A label, its control, and optional hint and error tied to the control with aria-describedby.
 * `children` receives the props the control needs.
 */
export function FormField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  class?: string;
  children: (control: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: 'true';
  }) => ComponentChildren;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`kit-field${props.class ? ` ${props.class}` : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children({
        id: props.id,
        'aria-describedby': describedBy,
        'aria-invalid': props.error ? 'true' : undefined,
      })}
      {props.hint && (
        <span id={hintId} class="hint">
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={errorId} class="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}
