/**
 * The cite panel's texts: the article's CSL item formatted in each offered style, at build
 * time, with terms in the page's language. The panel prints all of them; JS only picks and copies.
 */
import type { Lang } from '../../i18n/locales.ts';
import { CSL_LOCALE, Cite, STYLES, type CiteStyle } from './citation-js.ts';
import type { CslItem } from './csl.ts';

export interface FormattedCitation {
  style: CiteStyle['id'];
  /** HTML from citeproc (italics as <i>), escaped by citeproc; printed with set:html. */
  html: string;
  /** The same entry as plain text, for copying. */
  text: string;
}

/** The `csl-entry` inner HTML, without citeproc's wrapper divs. */
function entryHtml(html: string): string {
  const m = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*<\/div>\s*$/.exec(html);
  if (!m) throw new Error(`citeproc returned no entry: ${html.slice(0, 200)}`);
  return m[1]!.trim();
}

/** One bibliography entry for `item` in `template`, with the locale `locale`. */
export function formatEntry(item: CslItem, template: string, locale: string): { html: string; text: string } {
  const cite = new Cite([item]);
  const html = entryHtml(cite.format('bibliography', { format: 'html', template, lang: locale }) as string);
  const text = (cite.format('bibliography', { format: 'text', template, lang: locale }) as string).trim();
  return { html, text };
}

/** The article in every offered style, in the panel's order, with terms in `lang`. */
export function formatCitations(item: CslItem, lang: Lang): FormattedCitation[] {
  return STYLES.map((s) => ({ style: s.id, ...formatEntry(item, s.template, CSL_LOCALE[lang]) }));
}
