import { shareLinkLength } from '../../lib/instrument-kit/share-link-length';
import type { Say } from './use-messages';

/**
 * Offers a share link: on the clipboard when it fits, with a warning when chat or mail may
 * cut it, and instead a file when it is too long for the site to open. Resolves with the link
 * to show, or null when a file is the way.
 */
export async function offerLink(
  say: Say,
  url: string,
  who: string,
  exportFile: () => void,
): Promise<string | null> {
  const size = shareLinkLength(url);
  if (size === 'too-long') {
    say(
      'warning',
      `Deze link zou ${url.length.toLocaleString('nl-NL')} tekens lang worden; zo’n lange link kan de site niet openen. Stuur het werk als bestand: de ontvanger importeert het.`,
      { action: { label: 'Exporteer als JSON', run: exportFile } },
    );
    return null;
  }
  const long =
    size === 'long'
      ? ` Let op: de link is ${url.length.toLocaleString('nl-NL')} tekens lang; sommige mail- en chatprogramma’s knippen zo’n link af. Een bestand is dan veiliger.`
      : '';
  try {
    await navigator.clipboard.writeText(url);
    say('info', `De link staat op je klembord. ${who}${long}`);
  } catch {
    say('info', `Kopieer de link hieronder. ${who}${long}`);
  }
  return url;
}
