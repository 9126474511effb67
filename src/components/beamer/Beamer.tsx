import './beamer.css';
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface BeamerSlide {
  /** What the slide shows: "Doel: Minder eenzaamheid". */
  heading: string;
  /** The slide for a room of `box` pixels (the part of the view beside the controls). */
  render: (box: { width: number; height: number }) => ComponentChildren;
  /** What goes beside it, under the controls (a legend), for the same room. */
  aside?: (box: { width: number; height: number }) => ComponentChildren;
}

interface Props {
  /** The instrument, above the heading: "Partnermatrix". */
  title: string;
  slides: BeamerSlide[];
  start?: number;
  onClose: () => void;
}

const STEP: Record<string, number> = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 };

/** The size of the element `ref` is put on, followed as it changes. */
function useBox() {
  const ref = useRef<HTMLDivElement | null>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) =>
      setBox({
        width: Math.floor(entry.contentRect.width),
        height: Math.floor(entry.contentRect.height),
      }),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, box] as const;
}

/**
 * A view for a beamer: the platform's modal <dialog> over the whole window (focus stays inside,
 * Escape closes it), full screen where the browser allows it. One slide at a time; the arrow
 * keys (and a presenter's Page Up/Down) and two buttons step through them.
 */
function Beamer(props: Props) {
  const dialog = useRef<HTMLDialogElement | null>(null);
  const [index, setIndex] = useState(props.start ?? 0);
  const [mainRef, box] = useBox();
  const count = props.slides.length;
  const step = (delta: number) => setIndex((i) => (i + delta + count) % count);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    d.showModal();
    // Full screen is a bonus: without it the dialog already covers the window.
    d.requestFullscreen?.().catch(() => undefined);
    // Escape in full screen only leaves full screen: close the view with it.
    const onFullscreen = () => {
      if (!document.fullscreenElement && d.open) d.close();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => document.removeEventListener('fullscreenchange', onFullscreen);
  }, []);

  const close = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    dialog.current?.close();
  };
  const slide = props.slides[index];
  return (
    <dialog
      ref={dialog}
      class="beamer"
      aria-labelledby="beamer-heading"
      onClose={props.onClose}
      onKeyDown={(event) => {
        const delta = STEP[event.key];
        if (!delta || count < 2) return;
        event.preventDefault();
        step(delta);
      }}
    >
      {/* Focusable: a chart taller than the window can be scrolled with the keyboard. */}
      <div
        class="beamer__main"
        ref={mainRef}
        tabIndex={0}
        role="region"
        aria-labelledby="beamer-heading"
      >
        {box.width > 0 && slide.render(box)}
      </div>
      <div class="beamer__side">
        <p class="beamer__title">{props.title}</p>
        <h2 id="beamer-heading" class="beamer__heading">
          {slide.heading}
        </h2>
        <p class="beamer__count" aria-live="polite">{`${index + 1} van ${count}`}</p>
        <p class="beamer__buttons">
          {count > 1 && (
            <>
              <button type="button" onClick={() => step(-1)}>
                ← Vorige
              </button>
              <button type="button" onClick={() => step(1)} autofocus>
                Volgende →
              </button>
            </>
          )}
          <button type="button" onClick={close}>
            Sluiten
          </button>
        </p>
        {box.width > 0 && slide.aside?.(box)}
        <p class="beamer__hint">
          {count > 1 ? 'Pijltjestoetsen: vorige en volgende. ' : ''}Esc: terug naar de pagina.
        </p>
      </div>
    </dialog>
  );
}

/**
 * Opens the beamer view over the page. When it closes, it is gone and focus is back on what
 * had it before (the button that opened it).
 */
export function openBeamer(props: Omit<Props, 'onClose'>): void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const host = document.createElement('div');
  document.body.append(host);
  const onClose = () => {
    render(null, host);
    host.remove();
    opener?.focus();
  };
  render(<Beamer {...props} onClose={onClose} />, host);
}
