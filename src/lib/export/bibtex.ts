/**
 * BibTeX download, written by citation-js from the edition's CSL item. Unicode is kept (UTF-8
 * Cyrillic, `asciiOnly` off in citation-js.ts); since citation-js then escapes nothing, the
 * characters special to BibTeX/LaTeX are escaped here first, in every text field except the
 * verbatim ones (url, doi). The key is the ASCII citation key.
 */
import { Cite } from './citation-js.ts';
import type { CslItem, CslName } from './csl.ts';

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

/** Escapes LaTeX's special characters in one pass. @example escapeBibtex('R&D 5%') === 'R\\&D 5\\%' */
export function escapeBibtex(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c]!);
}

const VERBATIM = new Set(['id', 'citation-key', 'type', 'URL', 'DOI', 'ISSN', 'issued', 'accessed', 'language']);

/** The item with its text fields escaped for BibTeX; names, dates and identifiers stay structured. */
export function escapeItem(item: CslItem): CslItem {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (typeof v === 'string' && !VERBATIM.has(k)) out[k] = escapeBibtex(v);
    else if (k === 'author') out[k] = (v as CslName[]).map((n) => ({ family: escapeBibtex(n.family), ...(n.given ? { given: escapeBibtex(n.given) } : {}) }));
    else out[k] = v;
  }
  return out as unknown as CslItem;
}

/** The `.bib` file for one edition of the article. */
export function toBibtex(item: CslItem): string {
  return `${(new Cite([escapeItem(item)]).format('bibtex', { format: 'text' }) as string).trim()}\n`;
}
