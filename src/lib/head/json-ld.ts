/**
 * schema.org `ScholarlyArticle` JSON-LD for one edition. Each edition is its own work in its own
 * language; translations point at the original with `translationOfWork`, and the original lists
 * its translations in `workTranslation`, by the `@id` of their pages. Projected from the view.
 */
import { LOCALES } from '~/i18n/locales.ts';
import { doiUrl } from '~/lib/identifiers/doi.ts';
import { orcidUrl } from '~/lib/identifiers/orcid.ts';
import { pageRange, type EditionView } from '~/lib/model/view.ts';

type Json = Record<string, unknown>;

/** The `@id` of an edition's work: its page URL with a fragment. */
export const workId = (pageUrl: string) => `${pageUrl}#article`;

const authors = (v: EditionView): Json[] =>
  v.authors.map((a) => ({
    '@type': a.name.group ? 'Organization' : 'Person',
    name: a.name.display,
    ...(a.name.group ? {} : { familyName: a.name.family, givenName: a.name.given }),
    ...(a.orcid ? { identifier: orcidUrl(a.orcid), sameAs: orcidUrl(a.orcid) } : {}),
    affiliation: a.affiliations.map((x) => ({ '@type': 'Organization', name: x.text })),
  }));

/** Issue → volume (when the journal numbers volumes) → periodical with its ISSN. */
function isPartOf(v: EditionView): Json {
  const periodical: Json = {
    '@type': 'Periodical',
    name: v.journal.title,
    ...(v.journal.issn.length ? { issn: v.journal.issn } : {}),
    publisher: { '@type': 'Organization', name: v.journal.publisher },
  };
  const volume: Json | undefined = v.issue.volume ? { '@type': 'PublicationVolume', volumeNumber: v.issue.volume, isPartOf: periodical } : undefined;
  return {
    '@type': 'PublicationIssue',
    issueNumber: v.issue.number,
    ...(v.issue.published ? { datePublished: v.issue.published.iso } : {}),
    isPartOf: volume ?? periodical,
  };
}

function translations(v: EditionView): Json {
  const original = v.others.find((o) => o.lang === v.originalLang);
  if (original) return { translationOfWork: { '@id': workId(original.url) } };
  return v.others.length ? { workTranslation: v.others.map((o) => ({ '@id': workId(o.url) })) } : {};
}

const citations = (v: EditionView) =>
  v.references.map((r) => ({
    '@type': 'CreativeWork',
    name: r.text,
    ...(r.DOI ? { identifier: doiUrl(r.DOI), sameAs: doiUrl(r.DOI) } : r.URL ? { url: r.URL } : {}),
  }));

/** The edition's own PDF as a MediaObject (a fallback page has none). */
const pdfEncoding = (v: EditionView, pdf: string | undefined): Json =>
  pdf ? { encoding: { '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: pdf, inLanguage: LOCALES[v.lang].tag } } : {};

/** The JSON-LD object for the article page the view describes; `pdf` is the edition's own PDF, if any. */
export function scholarlyArticle(v: EditionView, pdf?: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': workId(v.editionUrl),
    url: v.url,
    headline: v.fullTitle,
    name: v.fullTitle,
    inLanguage: v.tag,
    author: authors(v),
    datePublished: v.published.iso,
    isPartOf: isPartOf(v),
    pageStart: String(v.pages.first),
    pageEnd: String(v.pages.last),
    pagination: pageRange(v.pages),
    identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: v.doi },
    sameAs: doiUrl(v.doi),
    keywords: v.keywords,
    abstract: v.abstract,
    publisher: { '@type': 'Organization', name: v.journal.publisher },
    ...(v.license ? { license: `https://spdx.org/licenses/${v.license}.html` } : {}),
    ...translations(v),
    ...pdfEncoding(v, pdf),
    citation: citations(v),
  };
}
