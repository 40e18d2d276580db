/**
 * CSL-JSON items: one per edition, projected from the edition view (src/lib/model/view.ts), and
 * one per reference. The cite panel, the CSL-JSON and BibTeX downloads read them.
 */
import type { Lang } from '~/i18n/locales.ts';
import { dateParts, type DateParts } from '~/lib/identifiers/iso-date.ts';
import type { ArticleRecord } from '~/lib/model/types.ts';
import { editionView, pageRange, type EditionView } from '~/lib/model/view.ts';
import type { Reference } from '~/schemas/reference.ts';

/** A CSL name: a person's parts, or a `literal` for a group author. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
export interface CslDate {
  'date-parts': [number, number?, number?][];
}

/** The CSL-JSON variables this project fills (a subset of the CSL 1.0.2 schema). */
export interface CslItem {
  id: string;
  type: string;
  'citation-key'?: string;
  title?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  'container-title'?: string;
  'container-title-short'?: string;
  publisher?: string;
  'publisher-place'?: string;
  ISSN?: string;
  volume?: string;
  issue?: string;
  page?: string;
  'page-first'?: string;
  DOI?: string;
  URL?: string;
  language?: string;
  abstract?: string;
  keyword?: string;
  license?: string;
}

/** Date parts as CSL writes them. @example cslDate(dateParts('2022-03')) → {'date-parts': [[2022, 3]]} */
export function cslDate(p: DateParts): CslDate {
  const parts: [number, number?, number?] = [p.year];
  if (p.month) parts.push(p.month);
  if (p.day) parts.push(p.day);
  return { 'date-parts': [parts] };
}

/** Drops undefined fields so the JSON and every projection only see what is known. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/**
 * The CSL item of an edition view: that edition's title, abstract and keywords, the authors as
 * that edition spells them, the journal's name in that language. CSL has one `keyword` string;
 * it is joined here for CSL consumers only, and no other output reads it back.
 */
export function cslItem(v: EditionView): CslItem {
  return compact<CslItem>({
    id: v.citationKey,
    type: 'article-journal',
    'citation-key': v.citationKey,
    title: v.fullTitle,
    author: v.authors.map((a): CslName => (a.name.group ? { literal: a.name.family } : { family: a.name.family, given: a.name.given })),
    issued: cslDate(v.published),
    'container-title': v.journal.title,
    'container-title-short': v.journal.abbreviation,
    // The publisher, but not its place: styles print a journal's place as part of its name.
    publisher: v.journal.publisher,
    ISSN: v.journal.issn[0],
    volume: v.issue.volume,
    issue: v.issue.number,
    page: pageRange(v.pages),
    'page-first': String(v.pages.first),
    DOI: v.doi,
    URL: v.url,
    language: v.tag,
    abstract: v.abstract,
    keyword: v.keywords.join(', '),
    license: v.license,
  });
}

/** The CSL item of the article page in `lang` (a language without an edition shows the original). */
export function articleCsl(rec: ArticleRecord, lang: Lang): CslItem {
  return cslItem(editionView(rec, lang));
}

/** One cited work as a CSL-JSON item; its `id` is the reference's (`ref-3`). */
export function referenceCsl(r: Reference, defaultLanguage: string): CslItem {
  return compact<CslItem>({
    id: r.id,
    type: r.type,
    title: r.title ?? r.text,
    author: r.author?.map((a) => compact({ family: a.family, given: a.given })),
    issued: r.issued ? cslDate(dateParts(r.issued)) : undefined,
    accessed: r.accessed ? cslDate(dateParts(r.accessed)) : undefined,
    'container-title': r.containerTitle,
    publisher: r.publisher,
    'publisher-place': r.publisherPlace,
    volume: r.volume,
    issue: r.issue,
    page: r.page,
    DOI: r.DOI,
    URL: r.URL,
    language: r.language ?? defaultLanguage,
  });
}

/** Every reference of the article as CSL-JSON, in the article's order. */
export function referencesCsl(rec: ArticleRecord): CslItem[] {
  return rec.meta.references.map((r) => referenceCsl(r, rec.meta.originalLanguage));
}
