// The quiet notice that a new version of the site is ready. Loaded only when there is one
// (./register-sw.ts). The page reloads only when the reader presses the button: they may be
// typing, and the instruments save their work when the page goes (pagehide).

// By URL, not as a style import: Astro would put an imported style sheet on every page.
import styleSheetUrl from './update-notice.css?url';

const MESSAGE = 'Er is een nieuwe versie van Partnerwijzer. Herlaad de pagina om hem te gebruiken.';

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

/** Lets the waiting version take over, then reloads; reloads at once if it already has. */
function reloadWithNewVersion(registration: ServiceWorkerRegistration): void {
  const waiting = registration.waiting;
  if (!waiting) {
    location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  });
  waiting.postMessage('activate');
}

export function showUpdateNotice(registration: ServiceWorkerRegistration): void {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = styleSheetUrl;
  // Shown once styled, so it never flashes as plain text at the end of the page.
  const show = () => {
    notice.hidden = false;
    const text = document.createElement('p');
    text.textContent = MESSAGE;
    const actions = document.createElement('div');
    actions.append(
      button('Pagina herladen', () => reloadWithNewVersion(registration)),
      button('Later', () => notice.remove()),
    );
    // Filled after it is in the page, so that screen readers announce it.
    notice.append(text, actions);
  };
  link.addEventListener('load', show, { once: true });
  link.addEventListener('error', show, { once: true });
  document.head.append(link);
  document.body.append(notice);
}
