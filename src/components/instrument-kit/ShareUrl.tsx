import type { JSX } from 'preact';

/** A link to copy: a read-only field that selects its text on focus, with its label. */
export function ShareUrl(
  props: { label: string; url: string } & Omit<
    JSX.HTMLAttributes<HTMLInputElement>,
    'label' | 'value' | 'type' | 'readOnly' | 'onFocus'
  >,
) {
  const { label, url, ...input } = props;
  return (
    <p class="share-url">
      <label>
        {label}{' '}
        <input
          {...input}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => (event.currentTarget as HTMLInputElement).select()}
        />
      </label>
    </p>
  );
}
