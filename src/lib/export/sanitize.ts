/**
 * One sanitizer per output format, for text that comes from content (an outsider's words):
 * whatever the text holds, the file keeps its structure. RIS and EndNote are line formats
 * (a line break would start a new tag or record); XML 1.0 forbids some characters outright.
 * BibTeX's escaping lives with its writer (bibtex.ts).
 */

/** Line breaks of every kind (CR, LF, NEL, LS, PS, VT, FF), with the blanks around them. */
const BREAKS = /[ \t]*[\r\n\u0085\u2028\u2029\v\f]+[ \t]*/g;
/** C0/C1 controls other than tab, which no tagged-line reader expects inside a value. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/** A value for one RIS/EndNote tag line: never a line break, never a control character. */
export function lineValue(s: string): string {
  return s.replace(BREAKS, ' ').replace(CONTROLS, '').replace(/\t/g, ' ').trim();
}

/** A tagged line `[tag, value]` of a line format, or none when the value is empty after cleaning. */
export function taggedLine(tag: string, value: string | undefined, clean: (s: string) => string = lineValue): [string, string][] {
  const v = value === undefined ? '' : clean(value);
  return v ? [[tag, v]] : [];
}

/**
 * Characters XML 1.0 does not allow (§2.2 Char): C0 controls except tab, LF and CR, U+FFFE,
 * U+FFFF, and UTF-16 surrogates that are not part of a pair.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for xmlbuilder2's `txt()` and attributes: characters XML 1.0 forbids are dropped, and
 * every `&` is escaped here, because xmlbuilder2 leaves text that looks like a reference
 * (`&nbsp;`, `&#0;`) unescaped, which is an undefined entity or a forbidden character in the
 * file. xmlbuilder2 in turn leaves our `&amp;` alone and escapes `<`, `>` and quotes.
 */
export function xmlText(s: string): string {
  return s.replace(XML_FORBIDDEN, '').replace(/&/g, '&amp;');
}

/** Attributes with every value passed through `xmlText`. */
export function xmlAttrs(attrs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, xmlText(v)]));
}
