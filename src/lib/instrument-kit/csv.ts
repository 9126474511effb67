/**
 * CSV that round-trips through Dutch Excel: ';' separator, CRLF, UTF-8 with BOM, decimal comma.
 * Import accepts ';', ',' and tab files (Excel in other locales, Google Sheets, LibreOffice).
 */
import { PLAIN_NUMBER } from './decimal';
import { failure, success, type Outcome } from './result';

export { formatDecimal, parseDecimal } from './decimal';

const MAX_CSV_CHARS = 5_000_000;
/** Fields a spreadsheet would run as a formula (optionally behind apostrophes we added or the user typed). */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** Fields written without quotes: an unsigned number with a point or no decimals ("8", "0.5"). */
const BARE = /^\d+(?:\.\d+)?$/;

function escapeField(field: string): string {
  let f = String(field);
  if (f === '' || BARE.test(f)) return f;
  if (FORMULA_START.test(f) && !PLAIN_NUMBER.test(f)) f = `'${f}`;
  return `"${f.replace(/"/g, '""')}"`;
}

/**
 * Serialises rows: ';' separator, CRLF line ends (also after the last row), prefixes a UTF-8
 * BOM. Every field is written between double quotes (doubling the quotes inside), except an
 * empty field and an unsigned number without a comma ("8"): a reader that naively splits a row
 * on ; or , gets pieces that start with a quote or a digit, never with = + - or @ (text after
 * a ; or , inside a quoted field is another matter; a real CSV reader keeps it in the field).
 * Neutralises spreadsheet formula injection: a field starting with = + - @ tab or CR that is
 * not a plain number ("-7,5" stays as is) gets a leading apostrophe ('). A field that already
 * starts with apostrophes before such a character gets one more, so `unescapeFormula` restores
 * every field exactly.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(escapeField).join(';') + '\r\n').join('');
}

/**
 * Removes the leading ' that toCsv added before = + - @ tab CR. parseCsv does NOT do this
 * itself (a CSV from elsewhere may carry a meaningful apostrophe); callers that read back their
 * own exports apply it to each text field.
 */
export function unescapeFormula(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}

export interface ParsedCsv {
  rows: string[][];
  separator: ';' | ',' | '\t';
}

/** The separator that occurs most often outside quotes in the first record (ties: ; then , then tab). */
function detectSeparator(text: string, start: number): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      if (c === '\n' || c === '\r') break;
      if (c === ';' || c === ',' || c === '\t') counts[c]++;
    }
  }
  if (counts[','] > counts[';'] && counts[','] >= counts['\t']) return ',';
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return ';';
}

/**
 * Parses RFC-4180-ish CSV: strips a BOM, honours an Excel "sep=;" first line, otherwise detects
 * the separator from the first line, handles quoted fields with separators/newlines/doubled
 * quotes, CRLF/LF/CR line ends, drops fully empty trailing lines. Lenient like Excel: a quote in
 * the middle of an unquoted field, or text after a closing quote, is kept as text. An unterminated
 * quote → ok:false. Text over 5_000_000 chars → ok:false. Apostrophes added by toCsv are kept:
 * see unescapeFormula. Fields are not trimmed.
 */
export function parseCsv(text: string): Outcome<ParsedCsv> {
  if (typeof text !== 'string') text = '';
  if (text.length > MAX_CSV_CHARS) {
    return failure(
      'Dit CSV-bestand is te groot om in te lezen (meer dan 5 miljoen tekens). Er is niets ingelezen; je eigen gegevens zijn niet aangepast.',
    );
  }
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let separator: ';' | ',' | '\t';
  const sep = /^sep=([;,\t])[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(i, i + 10));
  if (sep) {
    separator = sep[1] as ';' | ',' | '\t';
    i += sep[0].length;
  } else {
    separator = detectSeparator(text, i);
  }

  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let started = false; // the current field has content or an (empty) quoted part
  let line = 1;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"' && !started) {
      // Quoted field: read up to the closing quote; "" inside is one quote.
      const openedOn = line;
      started = true;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          return failure(
            `Dit CSV-bestand is niet goed opgebouwd: op regel ${openedOn} begint een tekst tussen aanhalingstekens (") die nergens wordt afgesloten. Er is niets ingelezen; je eigen gegevens zijn niet aangepast.`,
          );
        }
        const part = text.slice(i, q);
        line += countLineBreaks(part);
        field += part;
        if (text[q + 1] !== '"') {
          i = q + 1;
          break;
        }
        field += '"';
        i = q + 2;
      }
    } else if (c === separator || c === '\r' || c === '\n') {
      row.push(field);
      field = '';
      started = false;
      if (c === separator) {
        i++;
      } else {
        rows.push(row);
        row = [];
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
      }
    } else {
      // Plain text up to the next separator, line end or quote; a stray quote is kept as text.
      let j = i + 1;
      while (j < n) {
        const d = text[j];
        if (d === separator || d === '\r' || d === '\n' || d === '"') break;
        j++;
      }
      field += text.slice(i, j);
      started = true;
      i = j;
    }
  }
  // The last line, unless the text ended with a line break.
  if (started || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((f) => f === '')) rows.pop();
  return success({ rows, separator });
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '\n' || (c === '\r' && text[k + 1] !== '\n')) count++;
  }
  return count;
}
