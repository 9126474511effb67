/**
 * A long inventory (hundreds of partners, eight fields each) costs the browser more to style,
 * lay out and composite on every keystroke than the reader can wait. Beyond WINDOW_FROM rows,
 * only the rows near the screen are in the page; spacer rows keep the table's height, so the
 * scroll bar and the page stay as they were. Keyboard users are not cut off: the rows around
 * the focused one are always there, and moving focus scrolls, which moves the window.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export const WINDOW_FROM = 150;
export const OVERSCAN = 12;

export interface RowRange {
  first: number;
  /** One past the last row shown. */
  end: number;
}

/** Which rows to show, from where the table body is on screen. Pure. */
export function visibleRange(options: {
  count: number;
  /** Top of the table body relative to the viewport (negative when scrolled past). */
  bodyTop: number;
  viewportHeight: number;
  rowHeight: number;
  overscan?: number;
  /** A row that must be included (the selected or focused one). */
  keep?: number | null;
}): RowRange {
  const { count, bodyTop, viewportHeight, overscan = OVERSCAN, keep = null } = options;
  const rowHeight = Math.max(1, options.rowHeight);
  let first = Math.floor(-bodyTop / rowHeight) - overscan;
  let end = Math.ceil((viewportHeight - bodyTop) / rowHeight) + overscan;
  if (keep !== null && keep >= 0 && keep < count && (keep < first || keep >= end)) {
    // The kept row is off screen (about to be scrolled to): show the rows around it instead.
    first = keep - overscan;
    end = keep + overscan + 1;
  }
  first = Math.max(0, Math.min(first, count));
  end = Math.max(first, Math.min(end, count));
  return { first, end };
}

/**
 * The rows of `count` to render: all of them up to WINDOW_FROM, else those near the screen.
 * `bodyRef` is the table body; `keep` a row index that must be rendered.
 */
export function useRowWindow(
  count: number,
  bodyRef: { current: HTMLTableSectionElement | null },
  keep: number | null,
): RowRange & { rowHeight: number } {
  const windowed = count > WINDOW_FROM;
  const rowHeight = useRef(56);
  const [range, setRange] = useState<RowRange>({ first: 0, end: Math.min(count, 40) });

  useEffect(() => {
    if (!windowed) return;
    let frame = 0;
    /** `keep`: the selected row, right after it was selected (so it can be focused). */
    const update = (keepRow: number | null) => {
      frame = 0;
      const body = bodyRef.current;
      if (!body) return;
      const row = body.querySelector<HTMLElement>('tr[data-partner-id]');
      const measured = row?.getBoundingClientRect().height;
      if (measured && measured > 8) rowHeight.current = measured;
      // The row holding focus stays, so Tab and Shift+Tab always have a next row to go to.
      const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
        'tr[data-row-index]',
      );
      const focusedIndex =
        focused && body.contains(focused) ? Number(focused.dataset.rowIndex) : null;
      const next = visibleRange({
        count,
        bodyTop: body.getBoundingClientRect().top,
        viewportHeight: window.innerHeight,
        rowHeight: rowHeight.current,
        keep: keepRow ?? focusedIndex,
      });
      setRange((current) =>
        current.first === next.first && current.end === next.end ? current : next,
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => update(null));
    };
    update(keep);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [windowed, count, keep, bodyRef]);

  if (!windowed) return { first: 0, end: count, rowHeight: rowHeight.current };
  return { ...range, end: Math.min(range.end, count), rowHeight: rowHeight.current };
}
