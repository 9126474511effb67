import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Whether the page is printing: `beforeprint` (the print dialog, the "Afdrukken" button, a PDF)
 * or a print media query that matches (print preview tools). Charts that only paper needs are
 * drawn then, not on every keystroke. The browser renders the change before it lays out the
 * pages, because Preact's update runs right after the event.
 *
 * While the print dialog is open the document's title starts with the work's title: browsers
 * print it with the date at the top of every page, and a PDF gets it as its file name.
 */
export function usePrinting(workTitle?: string): boolean {
  const [printing, setPrinting] = useState(false);
  const titleRef = useRef(workTitle);
  titleRef.current = workTitle;
  useEffect(() => {
    const query = window.matchMedia('print');
    /** The page's own title while the print dialog is open, else null. */
    let pageTitle: string | null = null;
    const restoreTitle = () => {
      if (pageTitle !== null) document.title = pageTitle;
      pageTitle = null;
    };
    const update = (event: Event) => {
      if (event.type === 'afterprint') restoreTitle();
      else if (event.type === 'beforeprint') {
        pageTitle ??= document.title;
        const work = titleRef.current?.trim();
        if (work) document.title = `${work} – ${pageTitle}`;
      }
      setPrinting(pageTitle !== null || query.matches);
    };
    const events = ['beforeprint', 'afterprint'];
    for (const type of events) window.addEventListener(type, update);
    query.addEventListener('change', update);
    return () => {
      restoreTitle();
      for (const type of events) window.removeEventListener(type, update);
      query.removeEventListener('change', update);
    };
  }, []);
  return printing;
}
