import type { ComponentChildren } from 'preact';
import type { InstrumentFormat } from '../../lib/work-library/document';
import { Messages } from './Messages';
import type { Instrument } from './use-instrument';
import { WorkBar } from './WorkBar';

/**
 * What every instrument shows around its own sections: the messages, the name of the open work
 * with its save status, and Mijn werk. Until the work has loaded (and while another piece of
 * work opens) the sections are inert, so nothing typed or clicked then can be lost.
 */
export function InstrumentFrame<T>(props: {
  instrument: Instrument<T>;
  format: InstrumentFormat<T>;
  class: string;
  idPrefix: string;
  children: ComponentChildren;
}) {
  const { work, messages, dismiss } = props.instrument;
  return (
    <div
      class={`${props.class} instrument`}
      data-ready={work.ready ? '' : undefined}
      data-busy={work.busy ? '' : undefined}
      data-pagefind-ignore="all"
      data-save-status={work.status}
    >
      <Messages messages={messages} onDismiss={dismiss} />
      <WorkBar work={work} format={props.format} idPrefix={props.idPrefix} />
      {!work.ready && <p class="hint">Je werk wordt geladen…</p>}
      <div class="instrument-body" inert={!work.ready || work.busy}>
        {props.children}
      </div>
    </div>
  );
}

/** Undo and redo of the open work, with what they would take back. */
export function HistoryButtons<T>(props: { instrument: Instrument<T> }) {
  const { work } = props.instrument;
  return (
    <>
      <button
        type="button"
        disabled={!work.undoLabel}
        aria-label={work.undoLabel ? `Ongedaan maken: ${work.undoLabel}` : undefined}
        onClick={() => work.undo()}
      >
        Ongedaan maken
        {work.undoLabel ? <span class="history-label">{`: ${work.undoLabel}`}</span> : null}
      </button>
      <button
        type="button"
        disabled={!work.redoLabel}
        aria-label={work.redoLabel ? `Opnieuw: ${work.redoLabel}` : undefined}
        onClick={() => work.redo()}
      >
        Opnieuw
        {work.redoLabel ? <span class="history-label">{`: ${work.redoLabel}`}</span> : null}
      </button>
    </>
  );
}
