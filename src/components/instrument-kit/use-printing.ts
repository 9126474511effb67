import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the page is printing: `beforeprint` (the print dialog, the "Afdrukken" button, a PDF)
 * or a print media query that matches (print preview tools). Charts that only paper needs are
 * drawn then, not on every keystroke. The browser renders the change before it lays out the
 * pages, because Preact's update runs right after the event.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('print');
    let dialog = false;
    const update = () => setPrinting(dialog || query.matches);
    const before = () => {
      dialog = true;
      update();
    };
    const after = () => {
      dialog = false;
      update();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query.addEventListener('change', update);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query.removeEventListener('change', update);
    };
  }, []);
  return printing;
}
