/**
 * What Pagefind is given for one built page. The shipped HTML is never changed: the indexer
 * gets a copy in which
 * - every figure and table inside `data-pagefind-body` becomes a record of its own (content
 *   type `figure` / `table`, a deep link to its id, the section it sits in; its text is chosen
 *   by figure-record.ts), and is ignored in the page record, so a hit in a table cell is
 *   reported once, as the table;
 * - in Kazakh, the stems that Pagefind's prefix matching cannot reach (`кітабы` → `кітап`,
 *   see kk-stem.ts) go into a `stems` metadata field of the page or record. Pagefind (1.5+)
 *   searches metadata but builds excerpts from the content only, so stems help matching and
 *   never show in a result; the result list does not print that field.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { figureRecordText } from './figure-record.ts';
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
  const pageStems = new Set<string>();
  const found: { el: Element; kind: 'figure' | 'table'; section: string }[] = [];

  const walk = (node: Element, inBody: boolean) => {
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
    for (const c of node.children) {
      if (c.type === 'element') {
        if (!body || attr(c, 'dataPagefindIgnore') === undefined) walk(c, body);
      } else if (c.type === 'text' && body && kk) for (const s of kkExtraStems(c.value)) pageStems.add(s);
    }
  };
  for (const c of tree.children) if (c.type === 'element') walk(c, false);

  const records = found.map(({ el, kind, section: sec }): SearchRecord => {
    const id = attr(el, 'id')!;
    const caption = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
    const content = figureRecordText(el);
    const stems = kk ? kkExtraStems(content) : [];
    el.properties.dataPagefindIgnore = 'all';
    return {
      url: `${url}#${id}`,
      content,
      language,
      // Pagefind (1.5+) searches metadata, so the article title and the section heading go in
      // filters, which are not searched: otherwise every figure would match the title's words.
      meta: { title: caption ? squash(toText(caption)) : id, language, ...(stems.length ? { stems: stems.join(' ') } : {}) },
      filters: { article: [title], type: [kind], ...(sec ? { section: [sec] } : {}) },
    };
  });

  const bodyEl = htmlEl?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'body');
  if (pageStems.size && bodyEl) {
    // Attribute-form metadata (no text of its own): searched, never part of an excerpt.
    bodyEl.children.push({ type: 'element', tagName: 'span', properties: { dataPagefindMeta: `stems:${[...pageStems].join(' ')}` }, children: [] });
  }
  if (htmlEl) slim(htmlEl);
  return { html: toHtml(tree), language, records };
}

const hasPagefindAttr = (el: Element) => Object.keys(el.properties).some((k) => k.startsWith('dataPagefind'));

/**
 * What Pagefind reads of a page and nothing else: `<html lang>`, the title, every element that
 * carries a `data-pagefind-*` attribute (bodies whole but for what `data-pagefind-ignore="all"`
 * leaves out, such as the figures indexed as records of their own; metadata and filters) and the
 * elements around them. The head's metadata, navigation, scripts and footers go: Pagefind would parse
 * them only to skip them (a fifth of the indexing time of a journal).
 */
function slim(htmlEl: Element): void {
  const ignoredWhole = (el: Element) => attr(el, 'dataPagefindIgnore') === 'all';
  const drop = (el: Element) => {
    el.children = el.children.filter((c) => c.type !== 'element' || !ignoredWhole(c));
    for (const c of el.children) if (c.type === 'element') drop(c);
  };
  const keep = (el: Element): boolean => {
    if (ignoredWhole(el)) return false;
    if (hasPagefindAttr(el) || el.tagName === 'title') {
      drop(el);
      return true;
    }
    el.children = el.children.filter((c) => c.type === 'element' && keep(c));
    return el.children.length > 0 || el.tagName === 'head' || el.tagName === 'body';
  };
  keep(htmlEl);
}
