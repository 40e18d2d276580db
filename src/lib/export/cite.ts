/**
 * The cite panel's texts: the article's CSL item formatted in each offered style, at build
 * time, with terms in the page's language. The panel prints all of them; JS only picks and copies.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Lang } from '~/i18n/locales.ts';
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

const JOINER = '\u2060';

/**
 * citeproc reads `<b>`, `<i>`, `<sup>`… inside field values as formatting. Content is text, so
 * every `<` gets an invisible word joiner that keeps citeproc from seeing a tag; citeproc then
 * escapes it like any character, and the joiner is removed from the output again.
 */
function asPlainText<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/</g, `<${JOINER}`) as T;
  if (Array.isArray(value)) return value.map(asPlainText) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asPlainText(v)])) as T;
  return value;
}

/**
 * One bibliography entry for `item` in `template`, with the locale `locale`. citeproc runs once
 * (HTML); the plain text is that HTML's text, exactly what the page shows and the copy button
 * copies, instead of a second citeproc run in text mode (half the cite panel's cost).
 */
export function formatEntry(item: CslItem, template: string, locale: string): { html: string; text: string } {
  const cite = new Cite([asPlainText(item)]);
  const html = entryHtml(cite.format('bibliography', { format: 'html', template, lang: locale }) as string).replaceAll(JOINER, '');
  const text = toString(fromHtml(html, { fragment: true })).trim();
  return { html, text };
}

/** The article in every offered style, in the panel's order, with terms in `lang`. */
export function formatCitations(item: CslItem, lang: Lang): FormattedCitation[] {
  return STYLES.map((s) => ({ style: s.id, ...formatEntry(item, s.template, CSL_LOCALE[lang]) }));
}
