/**
 * Lossless export as a JSON file, wrapped in an envelope that says which instrument and which
 * state version made it. The returned state is untrusted: the instrument migrates and sanitizes it.
 */
import { failure, success, type Outcome } from './result';

export interface ExportEnvelope<T> {
  format: 'partnerwijzer';
  tool: string;
  v: number;
  exportedAt: string;
  state: T;
}

const UNCHANGED = 'Er is niets ingelezen; je eigen gegevens zijn niet aangepast.';

/** Pretty-printed JSON (2 spaces, final newline). */
export function toJsonExport<T>(tool: string, version: number, state: T): string {
  const envelope: ExportEnvelope<T> = {
    format: 'partnerwijzer',
    tool,
    v: version,
    exportedAt: new Date().toISOString(),
    state,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** A foreign tool name, made safe and short enough to show inside a message. */
function displayName(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  const clean = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean || 'onbekend';
}

/**
 * Parses text; JSON.parse errors, not our format, another tool's export, a version above
 * `maxVersion` (when given: pass the instrument's current version) → ok:false with a Dutch
 * message. Returns the raw `state` and its version for the instrument to migrate and sanitize.
 */
export function fromJsonExport(
  text: string,
  tool: string,
  maxVersion?: number,
): Outcome<{ v: number; state: unknown }> {
  let data: unknown;
  try {
    data = JSON.parse(String(text).replace(/^\uFEFF/, ''));
  } catch {
    return failure(
      `Dit bestand is geen geldig JSON-bestand. Misschien is het beschadigd of niet helemaal opgeslagen. ${UNCHANGED}`,
    );
  }
  const e = data as Partial<ExportEnvelope<unknown>> | null;
  if (typeof e !== 'object' || e === null || Array.isArray(e) || e.format !== 'partnerwijzer') {
    return failure(
      `Dit bestand is geen export van Partnerwijzer. Kies een bestand dat je met "Exporteer als JSON" hebt gemaakt. ${UNCHANGED}`,
    );
  }
  if (e.tool !== tool) {
    return failure(
      `Dit bestand hoort bij een ander instrument (${displayName(e.tool)}). Open het in dat instrument. ${UNCHANGED}`,
    );
  }
  if (!Number.isInteger(e.v) || (e.v as number) < 1 || !('state' in e)) {
    return failure(`Dit exportbestand is beschadigd: er ontbreekt een deel. ${UNCHANGED}`);
  }
  if (maxVersion !== undefined && (e.v as number) > maxVersion) {
    return failure(
      `Dit bestand is gemaakt met een nieuwere versie van Partnerwijzer. Laad de pagina opnieuw en probeer het nog eens. ${UNCHANGED}`,
    );
  }
  return success({ v: e.v as number, state: e.state });
}
