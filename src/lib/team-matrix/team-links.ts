/**
 * The team matrix's links: the trainer's participant link ("#deelnemen=…", the session) and a
 * participant's result link ("#resultaat=…"). Both use the kit's share codec; the payload
 * names what it is and its version, and is validated like any other way in. Never throws;
 * every refusal is a Dutch message.
 */
import { failure, success, type Outcome } from '../instrument-kit/result';
import {
  buildFragment,
  decodeSharePayload,
  encodeSharePayload,
  parseFragment,
} from '../instrument-kit/share-link';
import { sanitizeResult, type ParticipantResult } from './result';
import { isRecord, own, sanitizeSession, type TeamSession } from './session';

export const INVITE_KEY = 'deelnemen';
export const RESULT_KEY = 'resultaat';
export const LINK_VERSION = 1;
const INVITE_KIND = 'teammatrix-uitnodiging';
const RESULT_KIND = 'teammatrix-resultaat';

const UNCHANGED = 'Je eigen gegevens zijn niet aangepast.';

export const inviteFragment = async (session: TeamSession) =>
  buildFragment({
    [INVITE_KEY]: await encodeSharePayload({ kind: INVITE_KIND, v: LINK_VERSION, session }),
  });

export const resultFragment = async (result: ParticipantResult) =>
  buildFragment({
    [RESULT_KEY]: await encodeSharePayload({ kind: RESULT_KIND, v: LINK_VERSION, result }),
  });

/** Which of the two links a hash (or a whole address) holds, if any. */
export function teamLinkKind(text: string): 'invite' | 'result' | null {
  const hash = String(text).slice(String(text).indexOf('#'));
  if (!hash.startsWith('#')) return null;
  const params = parseFragment(hash);
  if (params[INVITE_KEY] !== undefined) return 'invite';
  return params[RESULT_KEY] !== undefined ? 'result' : null;
}

/** The payload's body, once codec, kind and version are right. */
async function readPayload(text: string, key: string, kind: string): Promise<Outcome<unknown>> {
  const at = String(text).indexOf('#');
  const params = parseFragment(at === -1 ? String(text) : String(text).slice(at));
  const encoded = params[key];
  if (encoded === undefined)
    return failure(
      `Dit is geen link van de teammatrix, of hij is niet helemaal gekopieerd. ${UNCHANGED}`,
    );
  const decoded = await decodeSharePayload(encoded);
  if (!decoded.ok) return decoded;
  const payload = decoded.value;
  if (!isRecord(payload) || own(payload, 'kind') !== kind)
    return failure(`Deze link hoort niet bij dit onderdeel van de teammatrix. ${UNCHANGED}`);
  const v = own(payload, 'v');
  if (typeof v === 'number' && v > LINK_VERSION)
    return failure(
      `Deze link is gemaakt met een nieuwere versie van Partnerwijzer. Laad de pagina opnieuw en open de link nog een keer. ${UNCHANGED}`,
    );
  if (v !== LINK_VERSION)
    return failure(`Deze link is beschadigd: het versienummer klopt niet. ${UNCHANGED}`);
  return success(payload);
}

/** The session in a participant link (a whole address or only its hash). */
export async function readInvite(text: string): Promise<Outcome<TeamSession>> {
  const payload = await readPayload(text, INVITE_KEY, INVITE_KIND);
  if (!payload.ok) return payload;
  const session = sanitizeSession(own(payload.value as Record<string, unknown>, 'session'));
  return session.ok
    ? session
    : failure(
        `Deze deelnemerslink bevat geen bruikbare teammatrix. ${session.message} ${UNCHANGED}`,
      );
}

/** The result in a result link; with a session, it must belong to it. */
export async function readResult(
  text: string,
  session?: TeamSession,
): Promise<Outcome<ParticipantResult>> {
  const payload = await readPayload(text, RESULT_KEY, RESULT_KIND);
  if (!payload.ok) return payload;
  const result = sanitizeResult(own(payload.value as Record<string, unknown>, 'result'), session);
  return result.ok ? result : failure(`${result.message} ${UNCHANGED}`);
}
