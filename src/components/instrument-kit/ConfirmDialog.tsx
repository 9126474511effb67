import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A question before something big, on the platform's modal <dialog>: focus moves into it (to the
 * safe choice), Escape cancels, and focus returns to the button that opened it. The dialog
 * closes in the same event as the choice, so the page is usable again at once.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children?: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement | null>(null);
  const cancel = useRef<HTMLButtonElement | null>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && props.open && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
      cancel.current?.focus();
    }
  }, [props.open]);
  const finish = (choice: () => void) => {
    if (dialog.current?.open) dialog.current.close();
    if (opener.current instanceof HTMLElement) opener.current.focus();
    opener.current = null;
    choice();
  };
  return (
    <dialog
      ref={dialog}
      class="kit-dialog"
      aria-labelledby="kit-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        finish(props.onCancel);
      }}
    >
      <h2 id="kit-dialog-title">{props.title}</h2>
      {props.children}
      <div class="kit-dialog__buttons">
        <button type="button" onClick={() => finish(props.onConfirm)}>
          {props.confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={() => finish(props.onCancel)}>
          Annuleren
        </button>
      </div>
    </dialog>
  );
}
