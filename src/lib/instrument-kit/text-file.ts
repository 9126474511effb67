/**
 * Turns the bytes of a chosen file into text. UTF-8 first (what we export, and Excel's
 * "CSV UTF-8"); otherwise windows-1252, which is what Excel on Windows writes for plain "CSV".
 */
import { failure, success, type Outcome } from './result';

const MAX_BYTES = 5 * 1024 * 1024;
const SNIFF_BYTES = 8 * 1024;
const UNCHANGED = 'Er is niets ingelezen; je eigen gegevens zijn niet aangepast.';

/** windows-1252 code points for bytes 0x80–0x9F (the rest equals the byte value, as in WHATWG). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chunk.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    if (chunk.length === 0x4000) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/**
 * Decodes file bytes: UTF-8 (BOM stripped); UTF-16 when the file starts with its BOM (Excel's
 * "Unicode text"); if the bytes are not valid UTF-8, falls back to windows-1252 (Excel on
 * Windows) and says so in a warning. Binary content (NUL bytes in the first 8 KB) or size > 5 MB
 * → ok:false with Dutch message. Empty file → ok:false "Dit bestand is leeg. …".
 */
export function decodeTextFile(bytes: Uint8Array): Outcome<string> {
  const length = bytes?.length ?? 0;
  if (length === 0) return failure(`Dit bestand is leeg. ${UNCHANGED}`);
  if (length > MAX_BYTES) {
    return failure(
      `Dit bestand is te groot (meer dan 5 MB). Kies een kleiner bestand. ${UNCHANGED}`,
    );
  }
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    try {
      return success(
        new TextDecoder(b0 === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes),
      );
    } catch {
      // Not really UTF-16: fall through to the checks below.
    }
  }
  if (b0 === 0x50 && b1 === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return failure(
      `Dit is een Excel-werkmap of een ander ingepakt bestand, geen tekstbestand. Sla het in Excel op als CSV en kies dat bestand. ${UNCHANGED}`,
    );
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return failure(
      `Dit bestand bevat geen tekst, maar bijvoorbeeld een afbeelding of een werkmap. Kies een CSV- of JSON-bestand. ${UNCHANGED}`,
    );
  }
  try {
    return success(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return success(decodeWindows1252(bytes), [
      'Dit bestand is niet als UTF-8 opgeslagen. We hebben het gelezen als Windows-tekst, zoals oudere Excel-versies dat opslaan. Controleer of letters als é, ë en € goed zijn overgekomen.',
    ]);
  }
}
