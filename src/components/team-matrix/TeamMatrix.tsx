import '../instrument-kit/kit.css';
import './team-matrix.css';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { participantLabel } from '../../lib/team-matrix/result';
import type { TeamSession } from '../../lib/team-matrix/session';
import {
  emptyTeamMatrix,
  teamMatrixFormat,
  withResults,
  type TeamMatrixState,
} from '../../lib/team-matrix/team-state';
import { InstrumentFrame } from '../instrument-kit/InstrumentFrame';
import { useInstrument } from '../instrument-kit/use-instrument';
import { PrepareSession } from './PrepareSession';

const loadFiles = () => import('./team-files');
// The two views of a running session load when a session is open: a first visit needs neither.
const loadViews = () => import('./session-views');
type Views = Awaited<ReturnType<typeof loadViews>>;
export type TeamFiles = Awaited<ReturnType<typeof loadFiles>>;
export type TeamKit = ReturnType<typeof useTeamKit>;

function useTeamKit() {
  const kit = useInstrument(teamMatrixFormat);
  const { withCode } = kit;
  const files = useCallback(
    (task: (f: TeamFiles) => Promise<void> | void) => withCode(loadFiles, task),
    [withCode],
  );
  return { ...kit, files };
}

/**
 * The team matrix: a trainer hands out the partners of a matrix with a participant link,
 * every participant scores them on their own device and sends a result back, and the trainer
 * sees per partner everyone's point, the median and where the group disagrees. Each session
 * and each participant's scores are a document in Mijn werk.
 */
export default function TeamMatrix() {
  const kit = useTeamKit();
  const { work, say } = kit;
  const state = work.state;

  /** A participant link opens this participant's scores for that session (new the first time). */
  const openInvite = async (session: TeamSession, warnings: string[]) => {
    const mine = await (await loadFiles()).participantDoc(session.id);
    if (mine) {
      await work.library.open(mine, `Je scores voor “${session.name}” zijn weer geopend.`);
      return;
    }
    const start: TeamMatrixState = { ...emptyTeamMatrix(), role: 'participant', session };
    await work.library.create(
      start,
      `Mijn scores: ${session.name}`,
      `Welkom bij “${session.name}”. Geef elke partner een score en stuur je resultaat daarna terug naar de trainer.`,
    );
    if (warnings.length)
      say('warning', 'De link is geopend, met een paar aanpassingen.', { details: warnings });
  };

  /** A result link opened on the trainer's device joins the session it belongs to. */
  const addFromLink = async (hash: string) => {
    const f = await loadFiles();
    const session = work.state.role === 'trainer' ? work.state.session : null;
    if (!session) {
      say(
        'info',
        'Dit is de link naar het resultaat van een deelnemer. Open de teamsessie waar het bij hoort en plak de link bij “Resultaten verzamelen”.',
      );
      return;
    }
    const read = await f.resultsFromInput({ kind: 'link', text: hash }, session);
    if (!read.ok) return void say('error', read.message);
    const name = participantLabel(read.value[0], work.state.results.length);
    let added = 0;
    const stepId = work.change(`resultaat van ${name} toegevoegd`, (s) => {
      const next = withResults(s, read.value);
      added = next.added.length;
      return next.state;
    });
    say(
      added ? 'info' : 'warning',
      added
        ? `Het resultaat van ${name} is toegevoegd.`
        : `Het resultaat van ${name} stond er al. Er is niets toegevoegd.`,
      {
        details: read.warnings,
        action: stepId ? { label: 'Ongedaan maken', run: () => work.undo(stepId) } : undefined,
      },
    );
  };
  const resultRef = useRef(addFromLink);
  resultRef.current = addFromLink;
  const inviteRef = useRef(openInvite);
  inviteRef.current = openInvite;

  // A link in the address is read once the reader's own work has loaded; it never replaces it.
  useEffect(() => {
    if (!work.ready) return;
    const fromHash = () =>
      kit.files(async (f) => {
        const hash = window.location.hash;
        const kind = f.teamLinkKind(hash);
        if (!kind) return;
        history.replaceState(null, '', window.location.pathname + window.location.search);
        if (kind === 'invite') {
          const read = await f.readInvite(hash);
          if (!read.ok) say('error', read.message);
          else await inviteRef.current(read.value, read.warnings);
        } else await resultRef.current(hash);
      });
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
    // Reads the link once per arrival and per hash change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [work.ready]);

  const [views, setViews] = useState<Views | null>(null);
  const running = state.session !== null;
  useEffect(() => {
    if (running && !views)
      void loadViews()
        .then(setViews)
        .catch(() =>
          say('error', 'Dit deel van de pagina kon niet laden. Laad de pagina opnieuw.'),
        );
  }, [running, views, say]);

  return (
    <InstrumentFrame instrument={kit} format={teamMatrixFormat} class="team-matrix" idPrefix="team">
      {!state.session ? (
        <PrepareSession kit={kit} />
      ) : !views ? (
        <p class="hint">De teamsessie wordt geladen…</p>
      ) : state.role === 'participant' ? (
        <views.ParticipantView kit={kit} session={state.session} />
      ) : (
        <views.TrainerSession kit={kit} session={state.session} />
      )}
    </InstrumentFrame>
  );
}
