/**
 * Text for the JATS file. xmlbuilder2 escapes `&`, `<` and `>`, but it writes characters that
 * XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF) as they are, which makes the
 * file ill-formed. Every string from content passes through `xmlSafe` before it is written.
 * (A shared sanitizer for all XML exporters is planned in src/lib/export; this one is local
 * to JATS until then.)
 */

// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with every character XML 1.0 cannot hold removed, so no content can break the file. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}
