/**
 * Text from users, made safe to keep and to compare: the one place for the character classes
 * that every instrument cleans with (partner matrix names and notes, respondent names).
 * Pure TypeScript, no DOM.
 *
 * The regular expressions use the u flag and Unicode property escapes (Safari 11.1 and later),
 * no look-behind (older Safari cannot parse that). With the u flag a valid surrogate pair is one
 * code point, so \p{Cs} only matches a lone surrogate and emoji are never touched.
 */

/**
 * Characters we never keep: C0 and C1 control characters and DEL, the bidi controls (U+061C,
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the BOM (U+FEFF), the 66 noncharacters
 * (U+FDD0–U+FDEF and U+nFFFE, U+nFFFF in every plane) and lone surrogates. What is left is
 * allowed in XML 1.0 (so it survives XMLSerializer for the SVG and PNG export) and turns no
 * text around.
 */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\p{Noncharacter_Code_Point}\p{Cs}\uFEFF]/gu;

/**
 * What cannot be seen: whitespace, the default-ignorable characters (zero-width space, joiner
 * and non-joiner, word joiner, soft hyphen, BOM, bidi controls, variation selectors, Hangul
 * fillers, tag characters, …), the Braille blank (U+2800) and everything in UNSAFE. A name of
 * only these is no name; two names that differ only in these are the same name.
 */
const INVISIBLE =
  /[\s\p{Default_Ignorable_Code_Point}\u2800\p{Cc}\p{Bidi_Control}\p{Noncharacter_Code_Point}\p{Cs}]/gu;

/** Line breaks (CR LF counts as one) and tabs: on one line, each becomes a space. */
const BREAKS = /\r\n|[\t\n\v\f\r\u2028\u2029]/g;

export interface CleanedText {
  text: string;
  /** Invisible or direction-changing characters were removed. */
  cleaned: boolean;
  /** The text was longer than the limit and was cut. */
  cut: boolean;
}

/**
 * Text from a user, made safe to keep: only strings, numbers and booleans count as text;
 * control characters, bidi controls, noncharacters and lone surrogates are removed (a newline
 * survives in multi-line text, a tab becomes a space, in single-line text every line break
 * becomes a space); cut at `limit` UTF-16 units without splitting an emoji. `trim: false` is
 * for editing, so that typing a space works.
 */
export function cleanText(
  value: unknown,
  limit: number,
  multiline: boolean,
  trim = true,
): CleanedText {
  let text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : '';
  // No needless work on a huge string: what lies far beyond the limit is cut anyway.
  let cut = text.length > limit * 8;
  if (cut) text = text.slice(0, limit * 8);
  const spaced = multiline
    ? text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/\t/g, ' ')
    : text.replace(BREAKS, ' ');
  let out = spaced.replace(UNSAFE, (c) => (multiline && c === '\n' ? c : ''));
  const cleaned = out !== spaced;
  if (trim) out = out.trim();
  if (out.length > limit) {
    out = out.slice(0, limit);
    if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
    if (trim) out = out.trimEnd();
    cut = true;
  }
  return { text: out, cleaned, cut };
}

/**
 * One line of text as it is being typed: line breaks and tabs become a space; control
 * characters, bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), the BOM,
 * noncharacters and lone surrogates go. Spaces stay where they are (typing "Anna " keeps the
 * space), nothing is cut: trim and limit when the text is kept.
 */
export function cleanTypedText(value: string): string {
  return typeof value === 'string' ? value.replace(BREAKS, ' ').replace(UNSAFE, '') : '';
}

/**
 * True when nothing of the name can be seen: empty, or only spaces and invisible characters
 * (zero-width space, joiners, word joiner, soft hyphen, BOM, bidi controls, variation
 * selectors, …). Such a name is refused where names are kept.
 */
export function isBlankName(text: string): boolean {
  return typeof text !== 'string' || text.replace(INVISIBLE, '') === '';
}

/** For the UI: why a name of only invisible characters was not taken. */
export const BLANK_NAME_MESSAGE =
  'Deze naam bestaat alleen uit spaties of onzichtbare tekens. Typ een naam die je kunt lezen.';

/**
 * Key for comparing names: compatibility-normalised (NFKC: full-width letters and ligatures
 * become plain ones), lower case, without spaces and invisible characters. So "Gemeente  Utrecht",
 * "gemeenteutrecht", "Ｇｅｍｅｅｎｔｅ Utrecht" and "Ge\u200Bmeente Utrecht" have the same key.
 */
const nameKeys = new Map<string, string>();

export function nameKey(name: string): string {
  const text = String(name);
  const known = nameKeys.get(text);
  if (known !== undefined) return known;
  const visible = text.replace(INVISIBLE, '');
  const key = visible.normalize('NFKC').toLocaleLowerCase('nl').replace(INVISIBLE, '');
  // Every render of a 500-partner matrix asks for every name's key: remember recent ones.
  if (nameKeys.size > 5000) nameKeys.clear();
  nameKeys.set(text, key);
  return key;
}

/**
 * The keys (see nameKey) of the names that occur more than once, so that the UI can flag
 * them. Blank names are left out.
 */
export function duplicateNames(names: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const name of names) {
    const key = nameKey(name);
    if (key === '') continue;
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return twice;
}
