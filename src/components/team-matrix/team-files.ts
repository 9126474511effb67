// The team matrix's ways in and out, loaded on first use: the link codec, result files, the
// trainer's partner matrices in the work library and adopting the team's positions into one.
import { createId } from '../../lib/instrument-kit/ids';
import { fromJsonExport, toJsonExport } from '../../lib/instrument-kit/json-export';
import { failure, success, type Outcome } from '../../lib/instrument-kit/result';
import { matrixFormat } from '../../lib/partner-strategy/matrix-format';
import type { MatrixState } from '../../lib/partner-strategy/matrix-state';
import { adoptPositions, matrixFromSession, type TeamPosition } from '../../lib/team-matrix/adopt';
import { sanitizeResult, type ParticipantResult } from '../../lib/team-matrix/result';
import type { TeamSession } from '../../lib/team-matrix/session';
import { LINK_VERSION, readResult } from '../../lib/team-matrix/team-links';
import { teamMatrixFormat } from '../../lib/team-matrix/team-state';
import { readDocument, uniqueTitle } from '../../lib/work-library/document';
import { LibraryError, MSG_UNAVAILABLE, openLibrary } from '../../lib/work-library/library';
import { openChannel, lastKey, openKey, writeKey } from '../instrument-kit/work-session';
import { matrixFromFragment } from '../partner-matrix/matrix-io';

export {
  inviteFragment,
  readInvite,
  resultFragment,
  teamLinkKind,
} from '../../lib/team-matrix/team-links';
export { downloadText, shareUrl } from '../instrument-kit/browser-files';

const RESULT_TOOL = 'teammatrix-resultaat';
const MATRIX = matrixFormat.instrument;

export const resultJson = (result: ParticipantResult) =>
  toJsonExport(RESULT_TOOL, LINK_VERSION, result);

/** A collected input: a result link, or the text of a result file. */
export async function resultsFromInput(
  input: { kind: 'file' | 'link'; text: string },
  session: TeamSession,
): Promise<Outcome<ParticipantResult[]>> {
  let read: Outcome<ParticipantResult>;
  if (input.kind === 'link') read = await readResult(input.text, session);
  else {
    const envelope = fromJsonExport(input.text, RESULT_TOOL, LINK_VERSION);
    read = envelope.ok ? sanitizeResult(envelope.value.state, session) : envelope;
  }
  return read.ok ? success([read.value], read.warnings) : read;
}

async function withLibrary<R>(run: (lib: Awaited<ReturnType<typeof openLibrary>>) => Promise<R>) {
  let lib: Awaited<ReturnType<typeof openLibrary>> | null = null;
  try {
    lib = await openLibrary();
    return await run(lib);
  } catch (error) {
    throw new Error(error instanceof LibraryError ? error.message : MSG_UNAVAILABLE);
  } finally {
    lib?.close();
  }
}

/** The participant's own scores for a session, if this browser has them already. */
export const participantDoc = (sessionId: string): Promise<string | null> =>
  withLibrary(async (lib) => {
    const docs = await lib.list(teamMatrixFormat.instrument);
    const mine = docs.find((doc) => {
      const read = readDocument(doc, teamMatrixFormat);
      return (
        read.kind === 'ok' &&
        read.state.role === 'participant' &&
        read.state.session?.id === sessionId
      );
    });
    return mine?.id ?? null;
  });

export interface MatrixChoice {
  id: string;
  title: string;
  partners: number;
}

/** The reader's partner matrices with partners to score, newest first. */
export const listMatrices = (): Promise<MatrixChoice[]> =>
  withLibrary(async (lib) =>
    (await lib.list(MATRIX)).flatMap((doc) => {
      const read = readDocument(doc, matrixFormat);
      return read.kind === 'ok' && read.state.partners.length
        ? [{ id: doc.id, title: doc.title, partners: read.state.partners.length }]
        : [];
    }),
  );

/** One of the reader's partner matrices. */
export const readMatrix = (id: string): Promise<Outcome<MatrixState>> =>
  withLibrary(async (lib) => {
    const doc = await lib.get(id);
    const read = doc && readDocument(doc, matrixFormat);
    return read?.kind === 'ok'
      ? success(read.state)
      : failure('Deze partnermatrix kan niet worden geopend. Kies een andere.');
  });

/** A matrix from a pasted share link of the partner matrix (or a prepared example). */
export async function matrixFromLink(text: string): Promise<Outcome<MatrixState>> {
  const at = text.indexOf('#');
  const load = await matrixFromFragment(at === -1 ? '' : text.trim().slice(at));
  return load.kind === 'loaded'
    ? load.outcome
    : failure(
        'In deze tekst staat geen deellink van de partnermatrix. Kopieer de hele link, ook het deel vanaf #.',
      );
}

export interface Adopted {
  kind: 'created' | 'updated';
  docId: string;
  title: string;
  changed: number;
  missing: number;
}

/**
 * Writes the team's positions into the session's team matrix document. The first time, that is
 * a new partner matrix (a copy of the trainer's matrix, or the session's partners when that
 * matrix is gone); after that, the same document is updated, as one step of its history, so
 * "Ongedaan maken" in the partner matrix takes it back. The trainer's own matrix is never
 * written. The partner matrix opens with the team's document from now on.
 */
export const adoptTeam = (
  session: TeamSession,
  sourceId: string | null,
  teamDocId: string | null,
  positions: ReadonlyMap<string, TeamPosition>,
): Promise<Adopted> =>
  withLibrary(async (lib) => {
    const channel = openChannel(() => undefined);
    const tab = createId('tab');
    const remember = (id: string) => {
      writeKey('localStorage', lastKey(MATRIX), id);
      writeKey('sessionStorage', openKey(MATRIX), id);
    };
    try {
      const team = teamDocId ? await lib.get(teamDocId) : undefined;
      const read = team && team.instrument === MATRIX ? readDocument(team, matrixFormat) : null;
      if (team && read?.kind === 'ok') {
        const adopted = adoptPositions(read.state, positions);
        if (adopted.changed) {
          const result = await lib.commit({
            id: team.id,
            base: { revision: team.revision, state: read.state },
            state: adopted.state,
            format: matrixFormat,
            title: team.title,
          });
          const step = {
            id: createId('stap'),
            docId: team.id,
            at: Date.now(),
            label: 'teamposities overgenomen',
            before: read.state,
            after: adopted.state,
            undone: false,
          };
          await lib.writeSteps([step], []);
          const { id, revision } = result.doc;
          channel.post({ type: 'saved', instrument: MATRIX, docId: id, revision, tab });
        }
        remember(team.id);
        return { kind: 'updated', docId: team.id, title: team.title, ...adopted };
      }
      const source = sourceId ? await lib.get(sourceId) : undefined;
      const base = source && readDocument(source, matrixFormat);
      const adopted = adoptPositions(
        base?.kind === 'ok' ? base.state : matrixFromSession(session),
        positions,
      );
      const taken = (await lib.list(MATRIX)).map((doc) => doc.title);
      const title = uniqueTitle(`${session.name} (team)`, taken);
      const doc = await lib.create(MATRIX, title, matrixFormat.format, adopted.state);
      channel.post({ type: 'library', instrument: MATRIX, tab });
      remember(doc.id);
      return { kind: 'created', docId: doc.id, title, ...adopted };
    } finally {
      channel.close();
    }
  });
