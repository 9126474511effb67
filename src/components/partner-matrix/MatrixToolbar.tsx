import { useState, type MutableRef } from 'preact/hooks';
import { emptyMatrix, type MatrixState } from '../../lib/partner-strategy/matrix-state';
import { withShownNames } from '../../lib/partner-strategy/partner-names';
import { assessPartner } from '../../lib/partner-strategy/assessment';
import { FileButton } from '../instrument-kit/FileButton';
import { HistoryButtons } from '../instrument-kit/InstrumentFrame';
import { Toolbar } from '../instrument-kit/Messages';
import type { Instrument } from '../instrument-kit/use-instrument';
import { loadMatrixFiles } from './matrix-io';

/** The buttons' work, with the file and link code it needs: loaded when a button is first used. */
const loadToolbarActions = () => import('./toolbar-actions');
type ToolbarActions = Awaited<ReturnType<typeof loadToolbarActions>>;
const loadBeamer = () => import('./matrix-beamer');

/**
 * "Bestand en delen": examples, import, exports, the share link, print, undo/redo and reset.
 * What a file or link brings in opens as new work (openAsNew), never over the reader's own.
 */
export function MatrixToolbar(props: {
  kit: Instrument<MatrixState>;
  svgRef: MutableRef<SVGSVGElement | null>;
  openAsNew: (next: MatrixState, title: string, what: string, warnings?: string[]) => Promise<void>;
  onShareUrl: (url: string | null) => void;
  onPrint: () => void;
  onReset: () => void;
}) {
  const { work, withCode } = props.kit;
  const svgRef = props.svgRef;
  const [examples, setExamples] = useState<{ id: string; title: string }[]>([]);
  const loadExamples = () => {
    if (examples.length === 0) {
      void loadMatrixFiles().then((files) =>
        setExamples(files.matrixExamples.map(({ id, title }) => ({ id, title }))),
      );
    }
  };
  const files = (task: (f: ToolbarActions) => Promise<void> | void) =>
    withCode(loadToolbarActions, task);
  /** What the buttons need from the page, read when a button is used. */
  const context = () => ({
    kit: props.kit,
    svg: svgRef.current,
    openAsNew: props.openAsNew,
    onShareUrl: props.onShareUrl,
  });
  const exportJson = () => files((f) => f.exportJson(work.state));
  const exportCsv = () => files((f) => f.exportCsv(work.state));
  const exportSvg = () => files((f) => f.exportChart('svg', context()));
  const exportPng = () => files((f) => f.exportChart('png', context()));
  const makeShareLink = () => files((f) => f.makeShareLink(context()));
  const importFile = (file: File) => files((f) => f.importFile(context(), file));

  return (
    <Toolbar label="Bestand en delen">
      <label class="kit-field">
        <span>Voorbeeld</span>
        <select
          aria-label="Begin met een voorbeeld"
          onFocus={loadExamples}
          onPointerDown={loadExamples}
          value=""
          onChange={(event) => {
            const id = (event.currentTarget as HTMLSelectElement).value;
            (event.currentTarget as HTMLSelectElement).value = '';
            if (id === 'leeg')
              void work.library.create(
                emptyMatrix(),
                'Nieuwe partnermatrix',
                'Je werkt nu in een nieuwe, lege partnermatrix. Je eerdere werk staat in Mijn werk.',
              );
            else if (id) window.location.hash = `voorbeeld=${id}`;
          }}
        >
          <option value="">Kies…</option>
          <option value="leeg">Leeg beginnen</option>
          {examples.map((example) => (
            <option key={example.id} value={example.id}>
              {example.title}
            </option>
          ))}
        </select>
      </label>
      <FileButton
        inputLabel="Bestand om te importeren"
        accept=".json,.csv,.txt,application/json,text/csv"
        onFile={importFile}
      >
        Importeer JSON of CSV
      </FileButton>
      <button type="button" onClick={exportJson}>
        Exporteer als JSON
      </button>
      <button type="button" onClick={exportCsv}>
        Exporteer als CSV
      </button>
      <button type="button" onClick={exportSvg}>
        Grafiek als SVG
      </button>
      <button type="button" onClick={exportPng}>
        Grafiek als PNG
      </button>
      <button type="button" onClick={makeShareLink}>
        Deellink maken
      </button>
      <button
        type="button"
        onClick={() =>
          withCode(loadBeamer, (b) =>
            b.openMatrixBeamer(
              withShownNames(work.state),
              svgRef.current?.dataset.goalId,
              (partner) => assessPartner(partner, work.state).side,
            ),
          )
        }
      >
        Op de beamer tonen
      </button>
      <button type="button" onClick={props.onPrint}>
        Afdrukken
      </button>
      <HistoryButtons instrument={props.kit} />
      <button type="button" onClick={props.onReset}>
        Opnieuw beginnen
      </button>
    </Toolbar>
  );
}
