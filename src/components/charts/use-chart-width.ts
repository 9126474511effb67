import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The width in pixels of the element `ref` is put on, followed as it changes (ResizeObserver),
 * so a chart can lay itself out for the room it has instead of shrinking. `fallback` until it
 * is measured, and while the element is not shown (width 0: a hidden print copy, a closed tab).
 */
export function useChartWidth<T extends Element>(fallback: number) {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry.contentRect.width);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
