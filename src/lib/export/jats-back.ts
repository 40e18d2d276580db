/**
 * The reference list as JATS `ref-list`: each reference keeps the id the page uses (`ref-3`),
 * its printed text as `mixed-citation` and its CSL-JSON fields as `element-citation`.
 */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { TFunction } from '../../i18n/index.ts';
import type { Reference } from '../../schemas/reference.ts';
import { xmlText as s } from './sanitize.ts';

/** CSL item types as JATS `publication-type` values (JATS4R's list). */
const PUBLICATION_TYPE: Record<Reference['type'], string> = {
  'article-journal': 'journal',
  book: 'book',
  chapter: 'book',
  report: 'report',
  webpage: 'webpage',
  post: 'webpage',
  dataset: 'data',
  'article-newspaper': 'newspaper',
};

function date(el: XMLBuilder, iso: string): void {
  const [y, m, d] = iso.split('-');
  el.ele('year', { 'iso-8601-date': iso }).txt(y!);
  if (m) el.ele('month').txt(m);
  if (d) el.ele('day').txt(d);
}

/** Titles: a work inside a container has its own title and the container as `source`. */
function titles(el: XMLBuilder, r: Reference): void {
  if (r.title && r.containerTitle) {
    el.ele(r.type === 'chapter' ? 'chapter-title' : 'article-title').txt(s(r.title));
    el.ele('source').txt(s(r.containerTitle));
  } else if (r.title ?? r.containerTitle) el.ele('source').txt(s((r.title ?? r.containerTitle)!));
}

function pages(el: XMLBuilder, page: string): void {
  const m = /^\s*(\w+)\s*[–-]\s*(\w+)\s*$/.exec(page);
  if (m) el.ele('fpage').txt(s(m[1]!)).up().ele('lpage').txt(s(m[2]!));
  else if (/^\s*\w+\s*$/.test(page)) el.ele('fpage').txt(s(page.trim()));
  else el.ele('page-range').txt(s(page));
}

/** The structured citation: authors, titles, date, publisher, volume, pages, DOI, URL, access date. */
function elementCitation(ref: XMLBuilder, r: Reference): void {
  const el = ref.ele('element-citation', { 'publication-type': PUBLICATION_TYPE[r.type] });
  if (r.author?.length) {
    const pg = el.ele('person-group', { 'person-group-type': 'author' });
    for (const a of r.author) {
      const n = pg.ele('name');
      n.ele('surname').txt(s(a.family));
      if (a.given) n.ele('given-names').txt(s(a.given));
    }
  }
  titles(el, r);
  if (r.issued) date(el, r.issued);
  if (r.publisherPlace) el.ele('publisher-loc').txt(s(r.publisherPlace));
  if (r.publisher) el.ele('publisher-name').txt(s(r.publisher));
  if (r.volume) el.ele('volume').txt(s(r.volume));
  if (r.issue) el.ele('issue').txt(s(r.issue));
  if (r.page) pages(el, r.page);
  if (r.DOI) el.ele('pub-id', { 'pub-id-type': 'doi' }).txt(s(r.DOI));
  if (r.URL) el.ele('ext-link', { 'ext-link-type': 'uri', 'xlink:href': s(r.URL) }).txt(s(r.URL));
  if (r.accessed) el.ele('date-in-citation', { 'content-type': 'access-date', 'iso-8601-date': r.accessed }).txt(r.accessed);
}

/** `back` with the reference list, titled in the original's language; nothing when there are no references. */
export function back(parent: XMLBuilder, references: Reference[], t: TFunction): void {
  if (!references.length) return;
  const list = parent.ele('back').ele('ref-list');
  list.ele('title').txt(s(t('article.references')));
  references.forEach((r, i) => {
    const ref = list.ele('ref', { id: r.id, ...(r.language ? { 'xml:lang': r.language } : {}) });
    ref.ele('label').txt(String(i + 1));
    ref.ele('mixed-citation', { 'publication-type': PUBLICATION_TYPE[r.type] }).txt(s(r.text));
    elementCitation(ref, r);
  });
}
