/**
 * The only way content reaches Typst source: as string literals in code mode. Content is
 * written by outsiders, so no text is ever spliced into Typst markup, where `#`, `$`, `*`,
 * `_`, `<`, `@`, `=` and friends would mean something; a string literal only needs its
 * quote, its backslash and control characters escaped.
 */

/** A Typst string literal holding `s` exactly. @example str('a "b" \\') === '"a \\"b\\" \\\\"' */
export function str(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || (code >= 0x2028 && code <= 0x2029)) out += `\\u{${code.toString(16)}}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Ids become Typst labels; only the characters a label may hold are allowed. */
const LABEL_RE = /^[A-Za-z][A-Za-z0-9_.:-]*$/;

/** True when `id` can be a Typst label (and so a link target). */
export const isLabel = (id: string) => LABEL_RE.test(id);

/** A `label("…")` expression for a link target; throws on an id no label can carry. */
export function label(id: string): string {
  if (!isLabel(id)) throw new Error(`"${id}" cannot be a PDF link target (expected letters, digits, -, _, ., :)`);
  return `label(${str(id)})`;
}

/** Joins inline content expressions with `+`; `[]` (empty content) when there are none. */
export function join(parts: string[]): string {
  const kept = parts.filter(Boolean);
  return kept.length ? kept.join(' + ') : '[]';
}

/** A Typst array literal of expressions (with the trailing comma a one-element array needs). */
export function array(items: string[]): string {
  return items.length ? `(${items.join(', ')},)` : '()';
}

/** Content `expr` carrying the label `id`, so links and the outline can point at it. */
export function labelled(expr: string, id: string): string {
  if (!isLabel(id)) throw new Error(`"${id}" cannot be a PDF link target (expected letters, digits, -, _, ., :)`);
  return `[#${expr} <${id}>]`;
}
