// Fitting a chart into a beamer view. A chart is laid out for a width and drawn `scale` times
// larger (so 12 px text shows at 24 px and more); the width it is laid out for shrinks until the
// drawn chart fits the height of the view. Pure, so it is unit-tested.

/** Text of 12 px and more in a layout shows at 24 px and more on the beamer. */
export const BEAMER_SCALE = 2;

/**
 * The layout of `lay(width)` that fits `box` when drawn `scale` times larger: as wide as the
 * box allows, narrower in steps of 20 px while it is too high, never below `minWidth`.
 */
export function fitToBox<T extends { width: number; height: number }>(
  box: { width: number; height: number },
  lay: (width: number) => T,
  scale = BEAMER_SCALE,
  minWidth = 240,
): T {
  let width = Math.max(minWidth, Math.floor(box.width / scale));
  let layout = lay(width);
  while (layout.height * scale > box.height && width - 20 >= minWidth) {
    width -= 20;
    layout = lay(width);
  }
  return layout;
}
