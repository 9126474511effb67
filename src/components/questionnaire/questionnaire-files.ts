// File and link features of the questionnaire instruments, loaded on first use.
import { fromJsonExport, toJsonExport } from '../../lib/instrument-kit/json-export';
import { failure, success, type Outcome } from '../../lib/instrument-kit/result';
import {
  buildFragment,
  decodeSharePayload,
  encodeSharePayload,
  parseFragment,
} from '../../lib/instrument-kit/share-link';
import { decodeTextFile } from '../../lib/instrument-kit/text-file';
import type { QDefinition } from '../../lib/questionnaire/definition';
import { sanitizeResponse, type QResponse } from '../../lib/questionnaire/response';
import { responseToCsv, teamToCsv } from '../../lib/questionnaire/response-csv';
import { emptyScan, sanitizeScan, type ScanState } from '../../lib/questionnaire/scan-state';

import { shareUrl } from '../instrument-kit/browser-files';

export { datedFilename, downloadText, readFileBytes } from '../instrument-kit/browser-files';
import { datedFilename } from '../instrument-kit/browser-files';
export const responseCsv = responseToCsv;
export const teamCsv = teamToCsv;

export async function shareLink(own: QResponse): Promise<string> {
  return shareUrl(buildFragment({ data: await encodeSharePayload(own) }));
}

/** A pasted link (or just its "#data=…" part) to someone's result. */
export async function responseFromLink(
  def: QDefinition,
  text: string,
): Promise<Outcome<QResponse>> {
  const hashAt = text.indexOf('#');
  const params = parseFragment(hashAt >= 0 ? text.slice(hashAt) : `#${text}`);
  if (params.data === undefined) {
    return failure(
      'Dit is geen link naar een resultaat van deze scan. Je eigen antwoorden zijn niet aangepast.',
    );
  }
  const decoded = await decodeSharePayload(params.data);
  if (!decoded.ok) return decoded;
  const response = sanitizeResponse(def, decoded.value);
  return response.ok
    ? response
    : failure(`${response.message} Je eigen antwoorden zijn niet aangepast.`);
}

export const scanJson = (tool: string, scan: ScanState) => toJsonExport(tool, 1, scan);

/**
 * Respondents from the text of a JSON file: our export of a whole scan (own answers and team)
 * or a single result.
 */
export function responsesFromText(
  def: QDefinition,
  tool: string,
  text: string,
): Outcome<QResponse[]> {
  const envelope = fromJsonExport(text, tool, 1);
  if (!envelope.ok) return envelope;
  const state = envelope.value.state as { own?: unknown; team?: unknown } | null;
  const candidates: unknown[] =
    state && typeof state === 'object' && 'own' in state
      ? [state.own, ...(Array.isArray(state.team) ? state.team : [])]
      : [state];
  const responses: QResponse[] = [];
  const warnings: string[] = [];
  candidates.forEach((candidate, index) => {
    const result = sanitizeResponse(def, candidate);
    if (result.ok) {
      const answered = Object.keys(result.value.answers).length > 0;
      if (answered) responses.push(result.value);
      warnings.push(...result.warnings);
    } else warnings.push(`Resultaat ${index + 1} is overgeslagen: ${result.message}`);
  });
  if (responses.length === 0) return failure('Er staan geen ingevulde resultaten in dit bestand.');
  return success(responses, warnings);
}

/** What the comparison reads when results are collected: a result link or a JSON file's text. */
export async function responsesFromInput(
  def: QDefinition,
  tool: string,
  input: { kind: 'file' | 'link'; text: string },
): Promise<Outcome<QResponse[]>> {
  if (input.kind === 'file') return responsesFromText(def, tool, input.text);
  const result = await responseFromLink(def, input.text);
  return result.ok ? success([result.value], result.warnings) : result;
}

/** "quickscan-samenwerkingsvermogen-anna-de-vries-2026-12-01.json": whose and which, at a glance. */
export function exportFilename(tool: string, respondent: string, extension: string): string {
  const who = respondent
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return datedFilename(who ? `${tool}-${who}` : tool, extension);
}

/**
 * A JSON file opened as the reader's own work: our export of a whole scan (answers and
 * comparison) or a single shared result (which becomes the answers).
 */
export function scanFromFile(
  def: QDefinition,
  tool: string,
  bytes: Uint8Array,
): Outcome<ScanState> {
  const text = decodeTextFile(bytes);
  if (!text.ok) return text;
  const envelope = fromJsonExport(text.value, tool, 1);
  if (!envelope.ok) return envelope;
  const state = envelope.value.state as { own?: unknown } | null;
  if (state && typeof state === 'object' && 'own' in state) {
    const scan = sanitizeScan(def, state);
    return scan.ok ? success(scan.value, [...text.warnings, ...scan.warnings]) : scan;
  }
  const response = sanitizeResponse(def, state);
  if (!response.ok) return response;
  return success({ ...emptyScan(def), own: response.value }, [
    ...text.warnings,
    ...response.warnings,
  ]);
}
