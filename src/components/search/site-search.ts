// The search button and dialog of every page (src/components/overrides/Search.astro). Small on
// purpose: the Pagefind UI (./pagefind-ui.ts, with its styles) is imported only when the reader
// reaches for search — pointer over or focus on the button, a click, Ctrl/⌘+K or "/" — and the
// search index only when they search. Until the UI is there, the dialog has a field of our own;
// what the reader typed in it, and where the caret stood, move to Pagefind's field.

// By URL, not as a style import: Astro would put an imported style sheet on every page, even
// one imported only by the lazy module.
import styleSheetUrl from './pagefind-ui.css?url';

/** Where "/" is a character the reader is typing, not the search shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement &&
      !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'color', 'file'].includes(
        target.type,
      ))
  );
}

let styles: Promise<void> | undefined;

/** Adds the Pagefind UI's style sheet (once); resolves when it applies. */
function loadStyles(): Promise<void> {
  styles ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = styleSheetUrl;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => {
      link.remove();
      styles = undefined;
      reject(new Error(`${styleSheetUrl} did not load`));
    });
    document.head.append(link);
  });
  return styles;
}

/** Resolves when no text is being composed in the field (an input method editor). */
function whenNotComposing(input: HTMLInputElement, composing: () => boolean): Promise<void> {
  if (!composing()) return Promise.resolve();
  return new Promise((resolve) => {
    input.addEventListener('compositionend', () => resolve(), { once: true });
  });
}

class SiteSearch extends HTMLElement {
  #loading: Promise<void> | undefined;

  constructor() {
    super();
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const dialogFrame = this.querySelector('.dialog-frame')!;
    const container = this.querySelector<HTMLElement>('#starlight__search');
    const early = this.querySelector<HTMLFormElement>('form[data-search-early]');
    const earlyInput = early?.querySelector('input') ?? null;
    const loadError = this.querySelector<HTMLElement>('[data-search-error]');

    let composing = false;
    earlyInput?.addEventListener('compositionstart', () => (composing = true));
    earlyInput?.addEventListener('compositionend', () => (composing = false));
    // The stand-in field searches nothing by itself: Enter must not send the form.
    early?.addEventListener('submit', (event) => event.preventDefault());

    /** Pagefind's field once the UI is there, else the stand-in. */
    const searchField = () =>
      container?.querySelector<HTMLInputElement>('.pagefind-ui__search-input') ?? earlyInput;

    const load = (): Promise<void> => {
      if (import.meta.env.DEV || !container || !earlyInput) return Promise.resolve();
      // Script and styles load side by side; the UI appears styled, never bare.
      if (this.#loading) return this.#loading;
      if (loadError) loadError.hidden = true;
      this.#loading = Promise.all([import('./pagefind-ui'), loadStyles()])
        .then(async ([{ mountPagefindUI }]) => {
          // Mount between keystrokes, never in the middle of a composed character.
          await whenNotComposing(earlyInput, () => composing);
          const translations = JSON.parse(this.dataset.translations || '{}') as Record<
            string,
            string
          >;
          mountPagefindUI(container, translations);
          handOver(earlyInput, container);
        })
        .catch((error: unknown) => {
          // Offline, or a new deployment replaced the files: say so; opening the search (or
          // pointing at the button) again tries again.
          this.#loading = undefined;
          if (loadError) loadError.hidden = false;
          console.error('Search could not be loaded.', error);
        });
      return this.#loading;
    };

    /** Close the dialog when the reader clicks a link (a result) or outside the dialog. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (
        isLink ||
        (document.body.contains(event.target as Node) &&
          !dialogFrame.contains(event.target as Node))
      ) {
        closeModal();
      }
    };

    const openModal = (event?: MouseEvent) => {
      if (!dialog.open) {
        dialog.showModal();
        document.body.toggleAttribute('data-search-modal-open', true);
        window.addEventListener('click', onClick);
      }
      searchField()?.focus();
      event?.stopPropagation();
      void load();
    };

    const closeModal = () => dialog.close();

    openButton.addEventListener('click', openModal);
    openButton.addEventListener('pointerenter', () => void load());
    openButton.addEventListener('focus', () => void load());
    openButton.disabled = false;
    closeButton.addEventListener('click', closeModal);

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    window.addEventListener('keydown', (event) => {
      if (event.defaultPrevented) return;
      // Another modal dialog (an instrument's question) keeps the keyboard.
      const otherModal = [...document.querySelectorAll('dialog[open]')].some(
        (other) => other !== dialog && other.matches(':modal'),
      );
      if (otherModal) return;
      // Ctrl+K and ⌘+K open and close, as in Starlight (also with Caps Lock on).
      if (
        (event.metaKey || event.ctrlKey) &&
        (event.key === 'k' || (event.key === 'K' && !event.shiftKey))
      ) {
        if (dialog.open) closeModal();
        else openModal();
        event.preventDefault();
        return;
      }
      // "/" opens, unless the reader is typing it.
      if (
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !dialog.open &&
        !isTyping(event.target)
      ) {
        event.preventDefault();
        openModal();
      }
    });
  }
}

/**
 * Moves what the reader typed in the stand-in field to Pagefind's field (which searches for
 * it), with the caret and focus, and removes the stand-in. Runs in one task, so no keystroke
 * falls between the two fields.
 */
function handOver(earlyInput: HTMLInputElement, container: HTMLElement): void {
  const input = container.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  if (!input) return;
  // Pagefind names its field by `title` only; like the stand-in, it gets a label (axe:
  // label-title-only).
  input.setAttribute('aria-label', earlyInput.getAttribute('aria-label') ?? input.title);
  const hadFocus = document.activeElement === earlyInput;
  const { value, selectionStart, selectionEnd, selectionDirection } = earlyInput;
  if (value) {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (hadFocus) {
    input.focus();
    input.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
  }
  earlyInput.form?.remove();
}

customElements.define('site-search', SiteSearch);
