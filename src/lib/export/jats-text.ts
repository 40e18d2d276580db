/**
 * Text for the JATS file. Two things xmlbuilder2 does not do for us:
 * - it writes characters that XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF)
 *   as they are, which makes the file ill-formed;
 * - it leaves anything that looks like an entity reference (`&nbsp;`, `&amp;`) unescaped, so
 *   `&nbsp;` in a title becomes an undefined entity and `&amp;` loses its text.
 * Every string from content passes through `xmlSafe` before it is written as text or as an
 * attribute value. (A shared sanitizer for all XML exporters is planned in src/lib/export; this
 * one is local to JATS until then.)
 */

// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * The text ready for xmlbuilder2: characters XML 1.0 cannot hold removed, and every `&`
 * written as `&amp;` (xmlbuilder2 keeps an existing `&amp;` as it is, so it is escaped once).
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;');
}
