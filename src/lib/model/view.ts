/**
 * One derived view of an article edition: everything a page, a head tag or an export prints
 * about the article in one language, computed once from the record. Outputs read these fields
 * and never re-derive them (no string joined here is split elsewhere; authors carry their own
 * affiliations, so no two lists are paired by index).
 */
import { LANGS, LOCALES, langOfScript, type Lang } from '~/i18n/locales.ts';
import type { Reference } from '~/schemas/reference.ts';
import { resolveAffiliation, type ResolvedAffiliation } from './affiliations.ts';
import { citationKey } from './citation-key.ts';
import { dateParts, type DateParts } from '~/lib/identifiers/iso-date.ts';
import { pageEdition } from './editions.ts';
import { authorName, pick, type InLang, type PersonName } from './names.ts';
import type { ArticleRecord } from './types.ts';
import { absolute, paths } from './urls.ts';

export interface AuthorView {
  /** The name in the edition's script. */
  name: PersonName;
  /** The Latin spelling (Crossref, citation keys). */
  latin: PersonName;
  orcid?: string;
  email?: string;
  corresponding: boolean;
  /** The author's role in the edition's language, else the original's, else any. */
  role?: InLang;
  /** This author's affiliations, resolved in the edition's language, in the order given. */
  affiliations: ResolvedAffiliation[];
}

/** Another language edition of the same article. */
export interface OtherEdition {
  lang: Lang;
  title: string;
  abstract: string;
  keywords: string[];
  url: string;
}

export interface EditionView {
  slug: string;
  /** The page's language. */
  lang: Lang;
  /** The language of the edition shown (the original's for a missing edition). */
  textLang: Lang;
  /** BCP 47 tag of `textLang`. */
  tag: string;
  originalLang: Lang;
  citationKey: string;
  title: string;
  subtitle?: string;
  /** Title and subtitle as one string, `Title: Subtitle`. */
  fullTitle: string;
  abstract: string;
  keywords: string[];
  authors: AuthorView[];
  journal: { title: string; abbreviation?: string; publisher: string; issn: string[]; siteUrl: string };
  issue: { volume?: string; number: string; published?: DateParts };
  pages: { first: number; last: number };
  published: DateParts;
  doi: string;
  /** The page in `lang`. */
  url: string;
  /** The page of the edition shown (`textLang`): the work JSON-LD describes. */
  editionUrl: string;
  pdfUrl?: string;
  license?: string;
  /** Every other edition that has a file, in site order. */
  others: OtherEdition[];
  references: Reference[];
}

/** A page range as citations print it: `15-22`, or one page. */
export function pageRange(p: { first: number; last: number }): string {
  return p.first === p.last ? String(p.first) : `${p.first}-${p.last}`;
}

/** The article's authors in byline order, named and affiliated as the language `lang` writes them. */
export function authorViews(rec: ArticleRecord, lang: Lang): AuthorView[] {
  const latin = langOfScript('Latn');
  return rec.meta.authors.map((a) => ({
    name: authorName(a, lang),
    latin: authorName(a, latin),
    ...(a.orcid ? { orcid: a.orcid } : {}),
    ...(a.email ? { email: a.email } : {}),
    corresponding: a.corresponding,
    ...withRole(pick(a.role, lang, rec.meta.originalLanguage)),
    affiliations: a.affiliations.map((id) => resolveAffiliation(rec.meta, id, lang)),
  }));
}

const withRole = (role: InLang | null) => (role ? { role } : {});

/**
 * The affiliations of a byline, each once, in order of first mention: the numbering the page,
 * the JATS `aff` labels and the PDF share (author `k` of affiliation `n` cites `n + 1`).
 */
export function bylineAffiliations(authors: AuthorView[]): ResolvedAffiliation[] {
  return [...new Map(authors.flatMap((a) => a.affiliations).map((x) => [x.id, x])).values()];
}

/** The journal and issue as the edition in `lang` names them (the abbreviation only in Latin script). */
function journalAndIssue(rec: ArticleRecord, lang: Lang): Pick<EditionView, 'journal' | 'issue'> {
  const { journal, issue } = rec;
  const abbreviated = LOCALES[lang].script === 'Latn' && journal.abbreviation;
  return {
    journal: {
      title: journal.title[lang],
      ...(abbreviated ? { abbreviation: abbreviated } : {}),
      publisher: journal.publisher[lang],
      issn: journal.issn.map((i) => i.value),
      siteUrl: journal.siteUrl,
    },
    issue: { ...(issue.volume ? { volume: issue.volume } : {}), number: String(issue.number), ...(issue.published ? { published: dateParts(issue.published) } : {}) },
  };
}

/** Every edition file other than `lang`'s, in site order. */
function otherEditions(rec: ArticleRecord, lang: Lang): OtherEdition[] {
  return LANGS.filter((l) => l !== lang && rec.editions[l]).map((l) => ({
    lang: l,
    title: rec.editions[l]!.title,
    abstract: rec.editions[l]!.abstract,
    keywords: [...rec.editions[l]!.keywords],
    url: absolute(rec.journal.siteUrl, paths.article(l, rec.slug)),
  }));
}

/** The view of `rec` for its page in `lang` (a missing edition shows the original's text). */
export function editionView(rec: ArticleRecord, lang: Lang): EditionView {
  const { meta } = rec;
  const { edition } = pageEdition(rec, lang);
  const textLang = edition.lang;
  const site = rec.journal.siteUrl;
  return {
    slug: rec.slug,
    lang,
    textLang,
    tag: LOCALES[textLang].tag,
    originalLang: meta.originalLanguage,
    citationKey: citationKey(rec),
    title: edition.title,
    ...(edition.subtitle ? { subtitle: edition.subtitle } : {}),
    fullTitle: edition.subtitle ? `${edition.title}: ${edition.subtitle}` : edition.title,
    abstract: edition.abstract,
    keywords: [...edition.keywords],
    authors: authorViews(rec, textLang),
    ...journalAndIssue(rec, textLang),
    pages: { first: meta.pages.first, last: meta.pages.last },
    published: dateParts(meta.published),
    doi: meta.doi,
    url: absolute(site, paths.article(lang, rec.slug)),
    editionUrl: absolute(site, paths.article(textLang, rec.slug)),
    ...(meta.pdf ? { pdfUrl: absolute(site, meta.pdf) } : {}),
    ...(meta.license ? { license: meta.license } : {}),
    others: otherEditions(rec, textLang),
    references: meta.references,
  };
}
