/**
 * What Pagefind is given for one built page. The shipped HTML is never changed: the indexer
 * gets a copy in which
 * - every figure and table inside `data-pagefind-body` becomes a record of its own (content
 *   type `figure` / `table`, a deep link to its id, the section it sits in), and is ignored in
 *   the page record, so a hit in a table cell is reported once, as the table;
 * - in Kazakh, the stems that Pagefind's prefix matching cannot reach (`кітабы` → `кітап`)
 *   are added after the words they come from (see kk-stem.ts).
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, Text } from 'hast';
import { kkExtraStems } from './kk-stem.ts';
import { isLang, LOCALES } from '~/i18n/locales.ts';

/** A Pagefind custom record (the shape of pagefind's `CustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PreparedPage {
  /** The page as the indexer should read it. */
  html: string;
  /** Primary language subtag from `<html lang>`. */
  language: string;
  /** Figures and tables, one record each. */
  records: SearchRecord[];
}

/**
 * Not part of a figure's searchable content: controls, download links, live-region status,
 * the disclosure label, and anything hidden or marked data-pagefind-ignore.
 */
const FIGURE_SKIP = new Set(['svg', 'script', 'style', 'button', 'template', 'nav', 'summary']);
const SKIP_ATTRS = ['dataPagefindIgnore', 'hidden', 'ariaHidden'];

function className(el: Element): string[] {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}

function attr(el: Element, name: string): string | undefined {
  const v = el.properties[name];
  return v === undefined || v === null || v === false ? undefined : String(v);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The figure kind of an element, or null when it is not a numbered figure or table. */
function figureKind(el: Element): 'figure' | 'table' | null {
  if (el.tagName !== 'figure') return null;
  const id = attr(el, 'id') ?? '';
  if (className(el).includes('table-figure') || id.startsWith('table-')) return 'table';
  if (id.startsWith('fig-')) return 'figure';
  return null;
}

/** Visible, searchable text of a figure: caption, description, table cells, source line. */
function figureText(el: Element): string {
  const keep = (c: Element): boolean =>
    !FIGURE_SKIP.has(c.tagName) &&
    !SKIP_ATTRS.some((a) => attr(c, a) !== undefined) &&
    !(c.tagName === 'a' && attr(c, 'download') !== undefined) &&
    attr(c, 'role') !== 'status';
  const prune = (node: Element): Element => ({
    ...node,
    children: node.children.filter((c) => c.type !== 'element' || keep(c)).map((c) => (c.type === 'element' ? prune(c) : c)),
  });
  return squash(toText(prune(el), { whitespace: 'normal' }));
}

/**
 * Prepares one built page for Pagefind. Returns null when the page has no
 * `data-pagefind-body` (language chooser, lists, search page, fallbacks): it is not indexed.
 * @param url the page's URL path, e.g. `/kk/articles/bloggers-and-the-state/`
 */
export function prepareForIndex(html: string, url: string): PreparedPage | null {
  if (!html.includes('data-pagefind-body')) return null;
  const tree: Root = fromHtml(html);
  const htmlEl = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
  const language = (htmlEl && attr(htmlEl, 'lang')?.split('-')[0]?.toLowerCase()) || 'en';
  const kk = isLang(language) && LOCALES[language].stemmer === 'kk-stem';

  let title = '';
  let section = '';
  const found: { el: Element; kind: 'figure' | 'table'; section: string }[] = [];

  const walk = (node: Element, inBody: boolean, stems = true) => {
    const body = inBody || attr(node, 'dataPagefindBody') !== undefined;
    if (/^h[1-6]$/.test(node.tagName)) {
      const text = squash(toText(node));
      if (node.tagName === 'h1' && !title) title = text;
      else if (body && attr(node, 'id') && node.tagName !== 'h1') section = text;
    }
    const kind = body ? figureKind(node) : null;
    if (kind) {
      found.push({ el: node, kind, section });
      return;
    }
    for (let i = 0; i < node.children.length; i++) {
      const c = node.children[i]!;
      if (c.type === 'element' && body && kk && stems && labelsResults(c)) {
        // Headings, titles and filter values are shown in results: their stems go after them.
        const extra = kkExtraStems(toText(c));
        if (extra.length) node.children.splice(++i, 0, { type: 'text', value: ` ${extra.join(' ')} ` });
        walk(c, body, false);
      } else if (c.type === 'element') walk(c, body, stems);
      else if (c.type === 'text' && body && kk && stems) addStems(c);
    }
  };
  for (const c of tree.children) if (c.type === 'element') walk(c, false);

  const records = found.map(({ el, kind, section: sec }): SearchRecord => {
    const id = attr(el, 'id')!;
    const caption = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
    let content = figureText(el);
    if (kk) content = [content, ...kkExtraStems(content)].join(' ');
    el.properties.dataPagefindIgnore = 'all';
    return {
      url: `${url}#${id}`,
      content,
      language,
      // Pagefind (1.5+) searches metadata, so the article title and the section heading go in
      // filters, which are not searched: otherwise every figure would match the title's words.
      meta: { title: caption ? squash(toText(caption)) : id, language },
      filters: { article: [title], type: [kind], ...(sec ? { section: [sec] } : {}) },
    };
  });

  return { html: toHtml(tree), language, records };
}

/** Elements whose text Pagefind shows as a result's title or section, or stores as meta or filter. */
function labelsResults(el: Element): boolean {
  const fromText = (v: string | undefined) => v !== undefined && !v.includes(':');
  return /^h[1-6]$/.test(el.tagName) || fromText(attr(el, 'dataPagefindMeta')) || fromText(attr(el, 'dataPagefindFilter'));
}

function addStems(node: Text) {
  const stems = kkExtraStems(node.value);
  if (stems.length) node.value = `${node.value} ${stems.join(' ')} `;
}
