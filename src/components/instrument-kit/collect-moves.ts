// What collecting results needs once the reader drops, chooses or pastes: loaded on first use,
// so an instrument page does not pay for it up front.
import type { CollectInput } from '../../lib/instrument-kit/collect-results';
import { decodeTextFile } from '../../lib/instrument-kit/text-file';
import { readFileBytes } from './browser-files';

export { collectResults, linksInText, summarize } from '../../lib/instrument-kit/collect-results';

/** A chosen or dropped file as text, or why it is not text. */
export async function fileInput(file: File): Promise<CollectInput> {
  const text = decodeTextFile(await readFileBytes(file));
  return text.ok
    ? { kind: 'file', source: file.name, text: text.value, warnings: text.warnings }
    : { kind: 'file', source: file.name, unreadable: text.message };
}
