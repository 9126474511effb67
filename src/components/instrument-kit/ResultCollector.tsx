import './result-collector.css';
import { useRef, useState } from 'preact/hooks';
import type {
  CollectInput,
  CollectSummary,
  Collector,
  CollectWords,
} from '../../lib/instrument-kit/collect-results';
import { FileButton } from './FileButton';
import { FormField } from './FormField';

const loadMoves = () => import('./collect-moves');
type Moves = Awaited<ReturnType<typeof loadMoves>>;

const NO_LINKS: CollectSummary = {
  kind: 'error',
  text: 'Er staat geen link naar een resultaat in de geplakte tekst. Kopieer de hele link, ook het deel vanaf #. Er is niets toegevoegd.',
  details: [],
};

const UNREADABLE: CollectSummary = {
  kind: 'error',
  text: 'De resultaten konden niet worden gelezen. Probeer het nog eens. Er is niets toegevoegd.',
  details: [],
};

/**
 * Takes many results in one move: files dropped on the zone or chosen at once, and a pasted
 * text with any number of links (one per line or a whole chat message). After every move the
 * instrument gets the new results (duplicates and unreadable input left out) and one Dutch
 * summary to show.
 */
export function ResultCollector<T>(props: {
  id: string;
  /** Label of the hidden multiple file input, e.g. "JSON-bestanden om toe te voegen". */
  fileLabel: string;
  accept: string;
  collector: Collector<T>;
  /** Fragment parameters that make a link a result link (default: "data"). */
  fragmentKeys?: string[];
  existing: readonly T[];
  limit?: number;
  words: CollectWords;
  /** Called after every move, also when nothing was added (the summary says why). */
  onCollect: (added: T[], summary: CollectSummary) => void;
}) {
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  // The latest props, for a move that finishes after a re-render.
  const latest = useRef(props);
  latest.current = props;
  // Moves run one after another; what a move added counts as present for the next one, also
  // before the instrument has re-rendered with it.
  const queue = useRef(Promise.resolve());
  const justAdded = useRef<{ before: readonly T[]; items: T[] }>({ before: [], items: [] });

  const collect = (read: (moves: Moves) => Promise<CollectInput[]>): Promise<boolean> => {
    const move = queue.current.then(async () => {
      setBusy(true);
      try {
        const moves = await loadMoves();
        const inputs = await read(moves);
        const { collector, existing, limit, words, onCollect } = latest.current;
        if (justAdded.current.before !== existing)
          justAdded.current = { before: existing, items: [] };
        const present = [...existing, ...justAdded.current.items];
        const collected = await moves.collectResults(inputs, present, collector, limit);
        justAdded.current.items.push(...collected.added);
        onCollect(collected.added, moves.summarize(collected, collector.name, words));
        return collected.reports.every((r) => r.status !== 'unreadable');
      } finally {
        setBusy(false);
      }
    });
    queue.current = move.then(
      () => undefined,
      () => undefined,
    );
    return move;
  };
  /** Runs a move; if its code or a file cannot be read at all, says so instead of failing. */
  const guarded = (run: () => Promise<boolean>): Promise<boolean> =>
    run().catch(() => {
      latest.current.onCollect([], UNREADABLE);
      return false;
    });
  const addFiles = (files: File[]) =>
    void guarded(() => collect((moves) => Promise.all(files.map(moves.fileInput))));
  const addText = (text: string): Promise<boolean> =>
    guarded(async () => {
      const links = (await loadMoves()).linksInText(text, props.fragmentKeys);
      if (!links.length) {
        latest.current.onCollect([], NO_LINKS);
        return false;
      }
      return collect(async () =>
        links.map((link, index) => ({ kind: 'link', source: `link ${index + 1}`, text: link })),
      );
    });

  return (
    <div class="result-collector" data-collecting={busy || undefined}>
      <div
        class="result-drop"
        data-dragging={dragging || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const data = event.dataTransfer;
          const files = [...(data?.files ?? [])];
          if (files.length) addFiles(files);
          else if (data?.getData('text/plain')) void addText(data.getData('text/plain'));
        }}
      >
        <p>Sleep de bestanden hierheen, zoveel als je wilt, of</p>
        <FileButton multiple inputLabel={props.fileLabel} accept={props.accept} onFiles={addFiles}>
          Kies bestanden
        </FileButton>
      </div>
      <form
        class="result-paste"
        onSubmit={(event) => {
          event.preventDefault();
          if (!pasted.trim()) return;
          void addText(pasted).then((allRead) => allRead && setPasted(''));
        }}
      >
        <FormField
          id={`${props.id}-plak`}
          label="Plak links naar resultaten"
          hint="Eén link of veel tegelijk: één per regel, of een heel chatbericht met links erin."
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={pasted}
              onInput={(event) => setPasted((event.currentTarget as HTMLTextAreaElement).value)}
            />
          )}
        </FormField>
        <button type="submit">Links toevoegen</button>
      </form>
    </div>
  );
}
