/**
 * BibTeX download, written by citation-js from the edition's CSL item, plus the fields its
 * classic BibTeX mapping leaves out but Zotero's BibTeX importer reads (`abstract` →
 * abstractNote, `language`, `keywords` → tags; zotero/translators BibTeX.js `fieldMap` and
 * `processField`). Unicode is kept (UTF-8 Cyrillic, `asciiOnly` off in citation-js.ts); since
 * citation-js then escapes nothing, the characters special to BibTeX/LaTeX are escaped here
 * first, in every text field except the verbatim ones (url, doi). The key is the ASCII
 * citation key.
 */
import { Cite } from './citation-js.ts';
import type { CslItem, CslName } from './csl.ts';
import { lineValue } from './sanitize.ts';

/**
 * A brace must never open or close a field: BibTeX counts braces even after a backslash, so a
 * lone `\}` would end the value. Balanced braces are written `\{`/`\}` (read back by BibTeX,
 * biber, citation-js and Zotero); in a value whose braces do not balance, every brace becomes
 * `\textbraceleft{}`/`\textbraceright{}`, which has no brace of its own to count.
 */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** True when every `}` closes an earlier `{` and none stays open. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Escapes LaTeX's special characters in one pass, on one line. @example escapeBibtex('R&D 5%') === 'R\\&D 5\\%' */
export function escapeBibtex(s: string): string {
  const text = lineValue(s);
  const braces = balanced(text) ? SPECIAL : { ...SPECIAL, '{': '\\textbraceleft{}', '}': '\\textbraceright{}' };
  return text.replace(/[\\{}&%$#_~^]/g, (c) => braces[c]!);
}

/** A verbatim field (url, doi) cannot escape: braces and backslashes are percent-encoded. */
export function verbatimBibtex(s: string): string {
  return lineValue(s).replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const VERBATIM = new Set(['id', 'citation-key', 'type', 'URL', 'DOI', 'ISSN', 'issued', 'accessed', 'language']);

/** The item with its text fields escaped for BibTeX; names, dates and identifiers stay structured. */
export function escapeItem(item: CslItem): CslItem {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (typeof v === 'string' && !VERBATIM.has(k)) out[k] = escapeBibtex(v);
    else if (typeof v === 'string' && (k === 'URL' || k === 'DOI')) out[k] = verbatimBibtex(v);
    else if (k === 'author') out[k] = (v as CslName[]).map((n) => Object.fromEntries(Object.entries(n).map(([part, text]) => [part, escapeBibtex(String(text))])));
    else out[k] = v;
  }
  return out as unknown as CslItem;
}

/** The fields Zotero imports from a .bib that citation-js's BibTeX output omits. */
function extraFields(item: CslItem): string {
  const fields: [string, string | undefined][] = [
    ['abstract', item.abstract && escapeBibtex(item.abstract)],
    ['keywords', item.keyword && escapeBibtex(item.keyword)],
    ['language', item.language && escapeBibtex(item.language)],
  ];
  return fields.flatMap(([k, v]) => (v ? [`\t${k} = {${v}},\n`] : [])).join('');
}

/** The `.bib` file for one edition of the article. */
export function toBibtex(item: CslItem): string {
  const entry = (new Cite([escapeItem(item)]).format('bibtex', { format: 'text' }) as string).trim();
  return `${entry.replace(/\n\}$/, `\n${extraFields(item)}}`)}\n`;
}
