import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/**
 * A button that opens the file chooser, with the file input itself hidden but labelled (tests
 * and assistive tech can reach it). The input is emptied after each choice, so choosing the same
 * file again still counts.
 */
export function FileButton(props: {
  children: ComponentChildren;
  /** The hidden input's label, e.g. "Bestand om te importeren". */
  inputLabel: string;
  accept: string;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {props.children}
      </button>
      <input
        ref={input}
        type="file"
        class="sr-only"
        tabIndex={-1}
        aria-label={props.inputLabel}
        accept={props.accept}
        onChange={(event) => {
          const field = event.currentTarget as HTMLInputElement;
          const file = field.files?.[0];
          field.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}
