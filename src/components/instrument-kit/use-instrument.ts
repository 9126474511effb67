/**
 * The instrument shell: messages, the open document of the work library (autosave, history,
 * tabs), code that loads on first use, and sharing a link. Each island adds its own state
 * reducer and sections; nothing here knows about a particular instrument.
 */
import { useCallback } from 'preact/hooks';
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

  /** Offers a share link (offer-link.ts, loaded with the link code when a link is made). */
  const offerLink = useCallback(
    async (url: string, who: string, exportFile: () => void): Promise<string | null> =>
      (await import('./offer-link')).offerLink(say, url, who, exportFile),
    [say],
  );

  return { work, messages, say, dismiss, withCode, offerLink };
}

export type Instrument<T> = ReturnType<typeof useInstrument<T>>;
