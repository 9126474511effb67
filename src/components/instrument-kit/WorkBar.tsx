import { useEffect, useState } from 'preact/hooks';
import type { InstrumentFormat } from '../../lib/work-library/document';
import { useOnDemand } from './use-on-demand';
import type { SaveStatus, WorkApi } from './use-work-document';

const loadWorkLibrary = () => import('./WorkLibrary');

const STATUS_TEXT: Record<SaveStatus, string> = {
  loading: 'Je werk wordt geladen…',
  pending: 'Wijzigingen worden bewaard…',
  saved: 'Alles is bewaard in deze browser.',
  error: 'Niet bewaard: zie de melding hierboven.',
  memory: 'Alleen in dit venster: herladen wist het. Exporteer het als JSON om het te bewaren.',
};

/** The name of the open work, whether it is saved, and "Mijn werk": every piece of work. */
export function WorkBar<T>(props: {
  work: WorkApi<T>;
  format: InstrumentFormat<T>;
  idPrefix: string;
}) {
  const { work, format, idPrefix } = props;
  const { library, doc } = work;
  const [title, setTitle] = useState(doc?.title ?? '');
  useEffect(() => setTitle(doc?.title ?? ''), [doc?.id, doc?.title]);

  // The list of work loads when the reader reaches for it: pointing at or focusing the summary
  // already starts it, so it is usually there by the time Mijn werk opens.
  const panel = useOnDemand(loadWorkLibrary);
  const Panel = panel.module?.WorkLibrary;
  const load = () => void panel.request();

  return (
    <section class="work-bar" aria-labelledby={`${idPrefix}-werk`}>
      <h2 id={`${idPrefix}-werk`} class="sr-only">
        Mijn werk
      </h2>
      <div class="work-current">
        <div class="kit-field">
          <label for={`${idPrefix}-titel`}>Naam van dit werk</label>
          <input
            id={`${idPrefix}-titel`}
            type="text"
            maxLength={80}
            value={title}
            onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
            onChange={() => doc && title !== doc.title && void library.rename(doc.id, title)}
          />
        </div>
        <p class="work-status" data-save-status={work.status}>
          {STATUS_TEXT[work.status]}
        </p>
      </div>
      <details
        class="work-library"
        onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && load()}
      >
        <summary onPointerEnter={load} onFocus={load}>
          {`Mijn werk (${library.docs.length})`}
        </summary>
        {Panel ? (
          <Panel work={work} format={format} />
        ) : panel.failed ? (
          <p class="field-note">
            Mijn werk kon niet worden geladen. Sluit Mijn werk en open het opnieuw om het nog eens
            te proberen.
          </p>
        ) : (
          <p class="hint">Mijn werk wordt geladen…</p>
        )}
      </details>
    </section>
  );
}
