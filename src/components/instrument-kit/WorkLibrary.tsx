import type { InstrumentFormat, WorkDocument } from '../../lib/work-library/document';
import type { WorkApi } from './use-work-document';

const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
const at = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'onbekend' : when.format(date);
};

/** Downloads one piece of work as a file (the file code loads on first use). */
async function exportDocument(doc: WorkDocument) {
  const [{ datedFilename, downloadText }, { toJsonExport }] = await Promise.all([
    import('./browser-files'),
    import('../../lib/instrument-kit/json-export'),
  ]);
  const stem = `${doc.instrument}-${
    doc.title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'werk'
  }`;
  if (doc.damaged !== undefined)
    downloadText(datedFilename(`${stem}-origineel`, 'txt'), doc.damaged, 'text/plain');
  else
    downloadText(
      datedFilename(stem, 'json'),
      toJsonExport(doc.instrument, doc.format, doc.state),
      'application/json',
    );
}

/**
 * The inside of "Mijn werk": every piece of work with open, duplicate, export and delete, and
 * the bin. Loaded when the reader first opens (or points at) Mijn werk.
 */
export function WorkLibrary<T>(props: { work: WorkApi<T>; format: InstrumentFormat<T> }) {
  const { work, format } = props;
  const { library, doc } = work;
  const openable = (d: WorkDocument) => d.damaged === undefined && d.format <= format.format;
  return (
    <>
      <p class="hint">
        Alles wat je hier maakt, staat alleen in deze browser. Naar een andere computer of browser?
        Exporteer het als JSON en importeer het daar.
      </p>
      <p>
        <button
          type="button"
          onClick={() =>
            void library.create(
              format.empty(),
              format.defaultTitle,
              'Je werkt nu in een nieuw, leeg stuk werk. Je eerdere werk staat in Mijn werk.',
            )
          }
        >
          Nieuw, leeg werk
        </button>
      </p>
      <ul class="work-list">
        {library.docs.map((d) => (
          <li key={d.id} aria-current={d.id === doc?.id ? 'true' : undefined}>
            <span class="work-list__title">
              <strong>{d.title}</strong>
              {d.id === doc?.id && ' (open)'}
              <span class="hint">{` gewijzigd ${at(d.changed)}, gemaakt ${at(d.created)}`}</span>
              {d.damaged !== undefined && (
                <span class="field-note">Beschadigd: alleen te exporteren.</span>
              )}
              {d.damaged === undefined && d.format > format.format && (
                <span class="field-note">
                  Gemaakt met een nieuwere versie van Partnerwijzer: we laten het ongemoeid.
                </span>
              )}
            </span>
            <span class="work-list__actions">
              {openable(d) && d.id !== doc?.id && (
                <button
                  type="button"
                  aria-label={`Openen: ${d.title}`}
                  onClick={() => void library.open(d.id)}
                >
                  Openen
                </button>
              )}
              {openable(d) && (
                <button
                  type="button"
                  aria-label={`Dupliceren: ${d.title}`}
                  onClick={() => void library.duplicate(d.id)}
                >
                  Dupliceren
                </button>
              )}
              <button
                type="button"
                aria-label={`Exporteren: ${d.title}`}
                onClick={async () => {
                  await work.flush();
                  await exportDocument(d.id === doc?.id ? { ...d, state: work.state } : d);
                }}
              >
                Exporteren
              </button>
              <button
                type="button"
                aria-label={`Verwijderen: ${d.title}`}
                onClick={() => void library.remove(d.id)}
              >
                Verwijderen
              </button>
            </span>
          </li>
        ))}
      </ul>
      {library.bin.length > 0 && (
        <>
          <h3>Prullenbak</h3>
          <p class="hint">Verwijderd werk blijft hier 30 dagen staan.</p>
          <ul class="work-list">
            {library.bin.map((entry) => (
              <li key={entry.id}>
                <span class="work-list__title">
                  <strong>{entry.doc.title}</strong>
                  <span class="hint">{` verwijderd ${at(entry.deleted)}`}</span>
                </span>
                <span class="work-list__actions">
                  <button
                    type="button"
                    aria-label={`Terugzetten: ${entry.doc.title}`}
                    onClick={() => void library.restore(entry.id)}
                  >
                    Terugzetten
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
