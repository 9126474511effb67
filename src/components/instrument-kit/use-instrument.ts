/**
 * The instrument shell: messages, the open document of the work library (autosave, history,
 * tabs), code that loads on first use, and sharing a link. Each island adds its own state
 * reducer and sections; nothing here knows about a particular instrument.
 */
import { useCallback } from 'preact/hooks';
import { shareLinkLength } from '../../lib/instrument-kit/share-link-length';
import type { InstrumentFormat } from '../../lib/work-library/document';
import { useMessages } from './use-messages';
import { useWorkDocument } from './use-work-document';

export function useInstrument<T>(format: InstrumentFormat<T>) {
  const { messages, say, dismiss } = useMessages();
  const work = useWorkDocument(format, say);

  /** Runs a feature once its code has loaded; a failure is a message, not a crash. */
  const withCode = useCallback(
    <F>(load: () => Promise<F>, task: (code: F) => Promise<void> | void) => {
      void load()
        .then(task)
        .catch((error: unknown) =>
          say(
            'error',
            `Dat lukte niet: ${(error as Error)?.message ?? String(error)}. Je gegevens zijn niet aangepast.`,
          ),
        );
    },
    [say],
  );

  /**
   * Offers a share link: on the clipboard when it fits, with a warning when chat or mail may
   * cut it, and instead a file when it is too long for the site to open.
   */
  const offerLink = useCallback(
    async (url: string, who: string, exportFile: () => void): Promise<string | null> => {
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
    },
    [say],
  );

  return { work, messages, say, dismiss, withCode, offerLink };
}

export type Instrument<T> = ReturnType<typeof useInstrument<T>>;
