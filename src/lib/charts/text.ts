// How much room chart text takes, and wrapping it to a width. Pure (no DOM), so the layout of
// every chart can be worked out and unit-tested without a browser. The widths are estimates on
// the generous side for the sans-serif fonts a reader's system gives: a label that is laid out
// a little too wide only costs some space, one laid out too narrow would overlap.

const NARROW = new Set("iljtfrI.,:;'|!()[] ");
const WIDE = new Set('mwMW@%&');

/** The estimated width in pixels of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.34;
    else if (WIDE.has(char)) em += 0.9;
    else if (char >= 'A' && char <= 'Z') em += 0.72;
    else em += 0.6;
  }
  return em * fontSize;
}

/**
 * `text` in lines of at most `maxWidth` pixels, broken between words; a word that is longer
 * than a line on its own is broken inside. Never shortened: every character stays.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const joined = line ? `${line} ${word}` : word;
    if (textWidth(joined, fontSize) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of word) {
      if (line && textWidth(line + char, fontSize) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** The width of the widest of `lines`. */
export function linesWidth(lines: readonly string[], fontSize: number): number {
  return Math.max(0, ...lines.map((line) => textWidth(line, fontSize)));
}

/** One line of text on a chart, laid out: (x, y) is the start (or end, or middle) of its baseline. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  muted?: boolean;
}

/**
 * `text` wrapped to `maxWidth` as lines from baseline `y` down, `lineHeight` apart. `next` is
 * where the baseline of a line after them would go.
 */
export function textBlock(
  text: string,
  at: { x: number; y: number; maxWidth: number; lineHeight: number },
  style: Omit<TextLine, 'x' | 'y' | 'text'>,
): { lines: TextLine[]; next: number } {
  const lines = wrapText(text, at.maxWidth, style.size).map((line, i) => ({
    ...style,
    x: at.x,
    y: at.y + i * at.lineHeight,
    text: line,
  }));
  return { lines, next: at.y + lines.length * at.lineHeight };
}

/** The box a laid-out line takes (estimated): left, top, right, bottom. */
export function lineBox(line: TextLine): [number, number, number, number] {
  const width = textWidth(line.text, line.size);
  const left =
    line.anchor === 'end' ? line.x - width : line.anchor === 'middle' ? line.x - width / 2 : line.x;
  return [left, line.y - line.size, left + width, line.y + line.size * 0.3];
}
