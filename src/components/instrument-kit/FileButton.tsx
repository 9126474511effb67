import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/**
 * A button that opens the file chooser, with the file input itself hidden but labelled (tests
 * and assistive tech can reach it). The input is emptied after each choice, so choosing the same
 * file again still counts. With `multiple`, the reader may choose many files at once.
 */
export function FileButton(
  props: {
    children: ComponentChildren;
    /** The hidden input's label, e.g. "Bestand om te importeren". */
    inputLabel: string;
    accept: string;
  } & (
    | { multiple?: false; onFile: (file: File) => void }
    | { multiple: true; onFiles: (files: File[]) => void }
  ),
) {
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
        multiple={props.multiple}
        onChange={(event) => {
          const field = event.currentTarget as HTMLInputElement;
          const files = [...(field.files ?? [])];
          field.value = '';
          if (props.multiple) {
            if (files.length) props.onFiles(files);
          } else if (files[0]) props.onFile(files[0]);
        }}
      />
    </>
  );
}
