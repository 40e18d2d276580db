/**
 * Google Scholar (Highwire Press) `citation_*` tags, projected from the edition's CSL item.
 * Zotero and Scholar read only these (not JSON-LD), so they are complete on their own: every
 * author in byline order with institution and ORCID, the journal, pages, DOI, keywords,
 * references. One language per tag: everything is in the edition's language and script.
 * Each function returns [] when its data is absent; `highwireTags` composes them in order.
 */
import { doiUrl } from '../identifiers/doi.ts';
import { orcidUrl } from '../identifiers/orcid.ts';
import { pageEdition } from '../model/editions.ts';
import { affiliationIn } from './affiliation.ts';
import type { ArticleRecord } from '../model/types.ts';
import { absolute } from '../model/urls.ts';
import { meta, type HeadTag } from '../head/tags.ts';
import type { Lang } from '../../i18n/locales.ts';
import { isoFromCsl, type CslItem } from './csl.ts';
import { pdfPath } from '../pdf/paths.ts';

const tag = (name: string, value: string | undefined): HeadTag[] => (value ? [meta(name, value)] : []);

/** Scholar wants dates as YYYY/MM/DD (or YYYY). */
export const scholarDate = (iso: string) => iso.replace(/-/g, '/');

const title = (item: CslItem) => tag('citation_title', item.title);

/** Each author, then that author's institutions and ORCID, as Scholar pairs them by position. */
function authors(item: CslItem, rec: ArticleRecord, lang: Lang): HeadTag[] {
  return rec.meta.authors.flatMap((a, i) => {
    const n = item.author?.[i];
    if (!n) return [];
    return [
      meta('citation_author', n.given ? `${n.family}, ${n.given}` : n.family),
      ...a.affiliations.map((id) => meta('citation_author_institution', affiliationIn(rec.meta, id, lang))),
      ...(a.orcid ? [meta('citation_author_orcid', orcidUrl(a.orcid))] : []),
      ...(a.email && a.corresponding ? [meta('citation_author_email', a.email)] : []),
    ];
  });
}

const dates = (item: CslItem) => {
  const iso = isoFromCsl(item.issued);
  return iso ? [meta('citation_publication_date', scholarDate(iso)), meta('citation_date', scholarDate(iso))] : [];
};

const journal = (item: CslItem) => [
  ...tag('citation_journal_title', item['container-title']),
  ...tag('citation_journal_abbrev', item['container-title-short']),
  ...tag('citation_publisher', item.publisher),
  ...tag('citation_issn', item.ISSN),
  ...tag('citation_volume', item.volume),
  ...tag('citation_issue', item.issue),
];

function pages(item: CslItem): HeadTag[] {
  const [first, last] = (item.page ?? '').split('-');
  return [...tag('citation_firstpage', first), ...tag('citation_lastpage', last ?? first)];
}

const identifiers = (item: CslItem) => [...tag('citation_doi', item.DOI), ...tag('citation_language', item.language)];

const keywords = (item: CslItem) => (item.keyword ? item.keyword.split(', ').map((k) => meta('citation_keywords', k)) : []);

const urls = (item: CslItem, rec: ArticleRecord, lang: Lang) => {
  // The publisher's own PDF (version of record) when the model names one, else our typeset edition.
  const pdf = rec.meta.pdf ?? pdfPath(rec, lang);
  return [
    ...tag('citation_abstract_html_url', item.URL),
    ...tag('citation_fulltext_html_url', item.URL),
    ...(pdf ? [meta('citation_pdf_url', absolute(rec.journal.siteUrl, pdf))] : []),
  ];
};

/** The reference as printed, plus its DOI or URL so Scholar can link it. */
const references = (rec: ArticleRecord) =>
  rec.meta.references.map((r) => meta('citation_reference', [r.text, r.DOI ? doiUrl(r.DOI) : r.URL].filter(Boolean).join(' ')));

/** All Highwire tags for the article page in `lang`, from `item` (= articleCsl(rec, lang)). */
export function highwireTags(item: CslItem, rec: ArticleRecord, lang: Lang): HeadTag[] {
  const textLang = pageEdition(rec, lang).edition.lang;
  return [
    ...title(item),
    ...authors(item, rec, textLang),
    ...dates(item),
    ...journal(item),
    ...pages(item),
    ...identifiers(item),
    ...keywords(item),
    ...urls(item, rec, lang),
    ...references(rec),
  ];
}
