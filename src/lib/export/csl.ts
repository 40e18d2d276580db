/**
 * The one canonical intermediate: a CSL-JSON item for the article (one per edition language)
 * and one for each reference. Every citation projection — head tags, the cite panel, BibTeX,
 * RIS, EndNote, Crossref — reads these items or the model they come from, never a second shape.
 */
import { LOCALES, type Lang } from '../../i18n/locales.ts';
import type { Reference } from '../../schemas/reference.ts';
import { pageEdition } from '../model/editions.ts';
import { authorName } from '../model/names.ts';
import type { ArticleRecord } from '../model/types.ts';
import { absolute, paths } from '../model/urls.ts';
import { citationKey } from './citation-key.ts';

export interface CslName {
  family: string;
  given?: string;
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

/** An ISO date string (YYYY, YYYY-MM, YYYY-MM-DD) as CSL date-parts. @example cslDate('2022-03') → {'date-parts': [[2022, 3]]} */
export function cslDate(iso: string): CslDate {
  const parts = iso.split('-').map(Number) as [number, number?, number?];
  return { 'date-parts': [parts] };
}

/** The inverse of `cslDate`, for exporters that need ISO text back. */
export function isoFromCsl(d: CslDate | undefined): string | undefined {
  const p = d?.['date-parts']?.[0];
  if (!p) return undefined;
  return p.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
}

/** Drops undefined fields so the JSON and every projection only see what is known. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** The page range as CSL writes it: `15-22`, or one page. */
export function pageRange(first: number, last: number): string {
  return first === last ? String(first) : `${first}-${last}`;
}

/**
 * The article as the edition in `lang` presents it: that edition's title, abstract and
 * keywords, the authors as that edition spells them, the journal's name in that language.
 * A language without an edition falls back to the original (as its page does).
 */
export function articleCsl(rec: ArticleRecord, lang: Lang): CslItem {
  const { meta, journal, issue } = rec;
  const { edition } = pageEdition(rec, lang);
  const title = edition.subtitle ? `${edition.title}: ${edition.subtitle}` : edition.title;
  return compact<CslItem>({
    id: citationKey(rec),
    type: 'article-journal',
    'citation-key': citationKey(rec),
    title,
    author: meta.authors.map((a) => {
      const n = authorName(a, edition.lang);
      return { family: n.family, given: n.given };
    }),
    issued: cslDate(meta.published),
    'container-title': journal.title[edition.lang],
    'container-title-short': edition.lang === 'en' ? journal.abbreviation : undefined,
    // The publisher, but not its place: styles print a journal's place as part of its name.
    publisher: journal.publisher[edition.lang],
    ISSN: journal.issn[0]?.value,
    volume: issue.volume,
    issue: String(issue.number),
    page: pageRange(meta.pages.first, meta.pages.last),
    'page-first': String(meta.pages.first),
    DOI: meta.doi,
    URL: absolute(journal.siteUrl, paths.article(lang, rec.slug)),
    language: LOCALES[edition.lang].tag,
    abstract: edition.abstract,
    keyword: edition.keywords.join(', '),
    license: meta.license ?? undefined,
  });
}

/** One cited work as a CSL-JSON item; its `id` is the reference's (`ref-3`). */
export function referenceCsl(r: Reference, defaultLanguage: string): CslItem {
  return compact<CslItem>({
    id: r.id,
    type: r.type,
    title: r.title ?? r.text,
    author: r.author?.map((a) => compact({ family: a.family, given: a.given })),
    issued: r.issued ? cslDate(r.issued) : undefined,
    accessed: r.accessed ? cslDate(r.accessed) : undefined,
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
