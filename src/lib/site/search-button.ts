/**
 * Starlight's search button has the aria-label "Zoeken" while it shows "Zoeken Ctrl K".
 * WCAG 2.5.3 (label in name) wants every visible word in the accessible name, so that a
 * voice-control user can say what they see. This rewrites the button in the rendered HTML:
 * the name becomes the visible text, and the two key caps get a space between them so "Ctrl"
 * and "K" read as two words. It throws when the markup is not what it expects, so that a
 * Starlight update that changes the button fails the build instead of silently bringing the
 * problem back.
 */
export function labelSearchButton(html: string, label: string, ctrlKey: string): string {
  const opening = /<button([^>]*\sdata-open-modal[^>]*)>/.exec(html);
  if (!opening) throw new Error('Search override: the open button was not found.');
  const ariaLabel = ` aria-label="${label}"`;
  if (!opening[1].includes(ariaLabel)) {
    throw new Error('Search override: the open button no longer has the expected aria-label.');
  }
  // The label, the outer <kbd> and the two key caps follow each other without white space,
  // which would read as "ZoekenCtrlK": put a space between the words.
  const keyCaps = new RegExp(
    `(</span>)(<kbd[^>]*>)(<kbd[^>]*>${escapeRegExp(ctrlKey)}</kbd>)(<kbd[^>]*>K</kbd>)`,
  );
  if (!keyCaps.test(html)) throw new Error('Search override: the shortcut markup has changed.');
  const named = `<button${opening[1].replace(ariaLabel, ` aria-label="${label} ${ctrlKey} K"`)}>`;
  return html.replace(opening[0], named).replace(keyCaps, '$1 $2$3 $4');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
