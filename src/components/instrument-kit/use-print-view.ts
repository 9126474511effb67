import { useEffect, useState } from 'preact/hooks';

export interface PrintView {
  /** The page is being printed (or shown as print): time to draw what only paper needs. */
  printing: boolean;
  /** The day of printing, for the report's header; null until the page runs in a browser. */
  printedOn: Date | null;
}

/**
 * Whether the page is printing: `beforeprint` (the print dialog, the "Afdrukken" button, a PDF)
 * or a print media query that matches (print preview tools). Charts that only paper needs are
 * drawn then, not on every keystroke. The browser renders the change before it lays out the
 * pages, because Preact's update runs right after the event.
 */
export function usePrintView(): PrintView {
  const [view, setView] = useState<PrintView>({ printing: false, printedOn: null });
  useEffect(() => {
    const query = window.matchMedia('print');
    let dialog = false;
    const update = () => setView({ printing: dialog || query.matches, printedOn: new Date() });
    const before = () => {
      dialog = true;
      update();
    };
    const after = () => {
      dialog = false;
      update();
    };
    update();
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query.addEventListener('change', update);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query.removeEventListener('change', update);
    };
  }, []);
  return view;
}
