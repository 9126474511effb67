import { describe, expect, it } from 'vitest';
import { labelSearchButton } from './search-button';

const starlightMarkup =
  '<site-search><button data-open-modal disabled aria-label="Zoeken" aria-keyshortcuts="Control+K" class="a">' +
  '<svg aria-hidden="true"></svg><span aria-hidden="true">Zoeken</span>' +
  '<kbd class="k"><kbd class="k">Ctrl</kbd><kbd class="k">K</kbd></kbd></button>' +
  '<dialog aria-label="Zoeken"></dialog></site-search>';

describe('labelSearchButton', () => {
  it('names the button after everything it shows', () => {
    const html = labelSearchButton(starlightMarkup, 'Zoeken', 'Ctrl');
    expect(html).toContain('<button data-open-modal disabled aria-label="Zoeken Ctrl K"');
    expect(html).toContain(
      'Zoeken</span> <kbd class="k"><kbd class="k">Ctrl</kbd> <kbd class="k">K</kbd>',
    );
    expect(html).toContain('<dialog aria-label="Zoeken">');
  });

  it('fails loudly when Starlight changes the markup', () => {
    expect(() =>
      labelSearchButton('<button data-open-modal>Zoek</button>', 'Zoeken', 'Ctrl'),
    ).toThrow(/aria-label/);
    expect(() => labelSearchButton('<div></div>', 'Zoeken', 'Ctrl')).toThrow(/not found/);
    const noKeys = starlightMarkup.replace(/<kbd class="k">Ctrl<\/kbd>/, '');
    expect(() => labelSearchButton(noKeys, 'Zoeken', 'Ctrl')).toThrow(/shortcut/);
  });
});
