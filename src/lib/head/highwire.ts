/**
 * Google Scholar (Highwire Press) `citation_*` tags, projected from the edition view.
 * Zotero and Scholar read only these (not JSON-LD), so they are complete on their own: every
 * author in byline order with institution and ORCID, the journal, pages, DOI, keywords,
 * references. One language per tag: everything is in the edition's language and script.
 * Each function returns [] when its data is absent; `highwireTags` composes them in order.
 */
import { doiUrl } from '~/lib/identifiers/doi.ts';
import { orcidUrl } from '~/lib/identifiers/orcid.ts';
import { pad2, type DateParts } from '~/lib/identifiers/iso-date.ts';
import type { EditionView } from '~/lib/model/view.ts';
import { meta, type HeadTag } from './tags.ts';

const tag = (name: string, value: string | undefined): HeadTag[] => (value ? [meta(name, value)] : []);

/** Scholar wants dates as YYYY/MM/DD (or YYYY). */
export const scholarDate = (d: DateParts) => [String(d.year), ...(d.month ? [pad2(d.month)] : []), ...(d.day ? [pad2(d.day)] : [])].join('/');

/** Each author, then that author's institutions and ORCID, as Scholar pairs them by position. */
const authors = (v: EditionView): HeadTag[] =>
  v.authors.flatMap((a) => [
    meta('citation_author', a.name.sorted),
    ...a.affiliations.map((x) => meta('citation_author_institution', x.text)),
    ...(a.orcid ? [meta('citation_author_orcid', orcidUrl(a.orcid))] : []),
    ...(a.email && a.corresponding ? [meta('citation_author_email', a.email)] : []),
  ]);

const dates = (v: EditionView) => [meta('citation_publication_date', scholarDate(v.published)), meta('citation_date', scholarDate(v.published))];

const journal = (v: EditionView) => [
  ...tag('citation_journal_title', v.journal.title),
  ...tag('citation_journal_abbrev', v.journal.abbreviation),
  ...tag('citation_publisher', v.journal.publisher),
  ...tag('citation_issn', v.journal.issn[0]),
  ...tag('citation_volume', v.issue.volume),
  ...tag('citation_issue', v.issue.number),
];

const pages = (v: EditionView) => [meta('citation_firstpage', String(v.pages.first)), meta('citation_lastpage', String(v.pages.last))];

const identifiers = (v: EditionView) => [meta('citation_doi', v.doi), meta('citation_language', v.tag)];

const keywords = (v: EditionView) => v.keywords.map((k) => meta('citation_keywords', k));

/** `pdf`: the edition's own typeset PDF (absolute URL), used when the model names no publisher's PDF. */
const urls = (v: EditionView, pdf: string | undefined) => [
  meta('citation_abstract_html_url', v.url),
  meta('citation_fulltext_html_url', v.url),
  // The publisher's own PDF (version of record) when the model names one, else our typeset edition.
  ...tag('citation_pdf_url', v.pdfUrl ?? pdf),
];

/** The reference as printed, plus its DOI or URL so Scholar can link it. */
const references = (v: EditionView) =>
  v.references.map((r) => meta('citation_reference', [r.text, r.DOI ? doiUrl(r.DOI) : r.URL].filter(Boolean).join(' ')));

/** All Highwire tags for the article page the view describes; `pdf` is the edition's own PDF, if any. */
export function highwireTags(v: EditionView, pdf?: string): HeadTag[] {
  return [
    ...tag('citation_title', v.fullTitle),
    ...authors(v),
    ...dates(v),
    ...journal(v),
    ...pages(v),
    ...identifiers(v),
    ...keywords(v),
    ...urls(v, pdf),
    ...references(v),
  ];
}
