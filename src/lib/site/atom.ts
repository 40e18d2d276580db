/**
 * An Atom feed per language: one entry per article, in the page language's edition (or the
 * original, marked with xml:lang, when the language has no edition). Built with xmlbuilder2.
 */
import { create } from 'xmlbuilder2';
import { LOCALES, type Lang } from '../../i18n/locales.ts';
import { doiUrl } from '../identifiers/doi.ts';
import { pageEdition } from '../model/editions.ts';
import { authorName } from '../model/names.ts';
import type { ArticleRecord, IssueRecord } from '../model/types.ts';
import type { Journal } from '../../schemas/journal.ts';
import { absolute, paths } from '../model/urls.ts';

/** An ISO date of any precision as an RFC 3339 timestamp (start of the period, UTC). */
export function rfc3339(iso: string): string {
  const [y, m = '01', d = '01'] = iso.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

const articleDate = (a: ArticleRecord) => a.meta.published;

export function atomFeed(journal: Journal, lang: Lang, articles: ArticleRecord[], _issues: IssueRecord[] = []): string {
  const site = journal.siteUrl;
  const self = absolute(site, `/${lang}/feed.xml`);
  const updated = articles.map(articleDate).sort().at(-1) ?? '1970';
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const feed = doc.ele('http://www.w3.org/2005/Atom', 'feed', { 'xml:lang': LOCALES[lang].tag });
  feed.ele('id').txt(self);
  feed.ele('title').txt(journal.title[lang]);
  feed.ele('updated').txt(rfc3339(updated));
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: self });
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: absolute(site, paths.home(lang)) });
  feed.ele('author').ele('name').txt(journal.publisher[lang]);
  for (const a of articles) {
    const { edition } = pageEdition(a, lang);
    const url = absolute(site, paths.article(lang, a.slug));
    const e = feed.ele('entry', edition.lang !== lang ? { 'xml:lang': LOCALES[edition.lang].tag } : {});
    e.ele('id').txt(url);
    e.ele('title').txt(edition.title);
    e.ele('updated').txt(rfc3339(articleDate(a)));
    e.ele('published').txt(rfc3339(articleDate(a)));
    e.ele('link', { rel: 'alternate', type: 'text/html', href: url });
    e.ele('link', { rel: 'related', href: doiUrl(a.meta.doi) });
    for (const au of a.meta.authors) e.ele('author').ele('name').txt(authorName(au, edition.lang).display);
    e.ele('summary').txt(edition.abstract);
    for (const k of edition.keywords) e.ele('category', { term: k });
  }
  return `${doc.end({ prettyPrint: true })}\n`;
}
