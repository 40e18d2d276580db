/**
 * schema.org `ScholarlyArticle` JSON-LD for one edition. Each edition is its own work in its own
 * language; translations point at the original with `translationOfWork`, and the original lists
 * its translations in `workTranslation`, by the `@id` of their pages.
 */
import { LANGS, LOCALES, type Lang } from '../../i18n/locales.ts';
import { doiUrl } from '../identifiers/doi.ts';
import { orcidUrl } from '../identifiers/orcid.ts';
import { pageEdition } from '../model/editions.ts';
import { affiliationIn } from './affiliation.ts';
import type { ArticleRecord } from '../model/types.ts';
import { absolute, paths } from '../model/urls.ts';
import { isoFromCsl, type CslItem } from './csl.ts';
import { pdfPath } from '../pdf/paths.ts';

type Json = Record<string, unknown>;

/** The `@id` of an edition's work: its page URL with a fragment. */
export const workId = (rec: ArticleRecord, lang: Lang) => `${absolute(rec.journal.siteUrl, paths.article(lang, rec.slug))}#article`;

function authors(item: CslItem, rec: ArticleRecord, lang: Lang): Json[] {
  return rec.meta.authors.map((a, i) => {
    const n = item.author![i]!;
    return {
      '@type': 'Person',
      name: n.given ? `${n.given} ${n.family}` : n.family,
      familyName: n.family,
      ...(n.given ? { givenName: n.given } : {}),
      ...(a.orcid ? { identifier: orcidUrl(a.orcid), sameAs: orcidUrl(a.orcid) } : {}),
      affiliation: a.affiliations.map((id) => ({ '@type': 'Organization', name: affiliationIn(rec.meta, id, lang) })),
    };
  });
}

/** Issue → volume (when the journal numbers volumes) → periodical with its ISSN. */
function isPartOf(item: CslItem, rec: ArticleRecord): Json {
  const periodical: Json = {
    '@type': 'Periodical',
    name: item['container-title'],
    ...(rec.journal.issn.length ? { issn: rec.journal.issn.map((i) => i.value) } : {}),
    publisher: { '@type': 'Organization', name: item.publisher },
  };
  const volume: Json | undefined = item.volume ? { '@type': 'PublicationVolume', volumeNumber: item.volume, isPartOf: periodical } : undefined;
  return {
    '@type': 'PublicationIssue',
    issueNumber: item.issue,
    ...(rec.issue.published ? { datePublished: rec.issue.published } : {}),
    isPartOf: volume ?? periodical,
  };
}

function translations(rec: ArticleRecord, lang: Lang): Json {
  const { edition } = pageEdition(rec, lang);
  const original = rec.meta.originalLanguage;
  if (edition.lang !== original) return { translationOfWork: { '@id': workId(rec, original) } };
  const others = LANGS.filter((l) => l !== original && rec.editions[l]);
  return others.length ? { workTranslation: others.map((l) => ({ '@id': workId(rec, l) })) } : {};
}

const citations = (rec: ArticleRecord) =>
  rec.meta.references.map((r) => ({
    '@type': 'CreativeWork',
    name: r.text,
    ...(r.DOI ? { identifier: doiUrl(r.DOI), sameAs: doiUrl(r.DOI) } : r.URL ? { url: r.URL } : {}),
  }));

/** The edition's own PDF as a MediaObject (a fallback page has none). */
function pdfEncoding(rec: ArticleRecord, lang: Lang): Json {
  const pdf = pdfPath(rec, lang);
  if (!pdf) return {};
  return { encoding: { '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: absolute(rec.journal.siteUrl, pdf), inLanguage: LOCALES[lang].tag } };
}

/** The JSON-LD object for the article page in `lang`, from `item` (= articleCsl(rec, lang)). */
export function scholarlyArticle(item: CslItem, rec: ArticleRecord, lang: Lang): Json {
  const textLang = pageEdition(rec, lang).edition.lang;
  const [first, last] = (item.page ?? '').split('-');
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': workId(rec, textLang),
    url: item.URL,
    headline: item.title,
    name: item.title,
    inLanguage: item.language,
    author: authors(item, rec, textLang),
    datePublished: isoFromCsl(item.issued),
    isPartOf: isPartOf(item, rec),
    ...(first ? { pageStart: first, pageEnd: last ?? first, pagination: item.page } : {}),
    ...(item.DOI ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: item.DOI }, sameAs: doiUrl(item.DOI) } : {}),
    ...(item.keyword ? { keywords: item.keyword.split(', ') } : {}),
    ...(item.abstract ? { abstract: item.abstract } : {}),
    publisher: { '@type': 'Organization', name: item.publisher },
    ...(item.license ? { license: `https://spdx.org/licenses/${item.license}.html` } : {}),
    ...translations(rec, lang),
    ...pdfEncoding(rec, lang),
    citation: citations(rec),
  };
}
