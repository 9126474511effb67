import type { ComponentChildren } from 'preact';

export type MessageKind = 'info' | 'warning' | 'error';

export interface KitMessage {
  id: number;
  kind: MessageKind;
  text: string;
  /** Extra lines, e.g. the rows an import skipped. Rendered as text. */
  details?: string[];
  action?: { label: string; run: () => void };
}

const KIND_LABEL: Record<MessageKind, string> = {
  info: 'Melding',
  warning: 'Let op',
  error: 'Er ging iets mis',
};

/** The instrument's messages: announced politely to screen readers, dismissable. */
export function Messages(props: { messages: KitMessage[]; onDismiss: (id: number) => void }) {
  return (
    <div class="kit-messages" role="status" aria-live="polite">
      {props.messages.map((message) => (
        <div
          key={message.id}
          class={`kit-message kit-message--${message.kind}`}
          data-message={message.id}
        >
          <p>
            <strong>{KIND_LABEL[message.kind]}:</strong> {message.text}
          </p>
          {message.details && message.details.length > 0 && (
            <ul>
              {message.details.slice(0, 20).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
              {message.details.length > 20 && <li>… en nog {message.details.length - 20}</li>}
            </ul>
          )}
          <div class="kit-message__buttons">
            {message.action && (
              <button type="button" onClick={message.action.run}>
                {message.action.label}
              </button>
            )}
            <button type="button" onClick={() => props.onDismiss(message.id)}>
              Sluiten
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}

export function Toolbar(props: { label: string; children: ComponentChildren }) {
  return (
    <div class="kit-toolbar" role="group" aria-label={props.label}>
      {props.children}
    </div>
  );
}
