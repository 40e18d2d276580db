/**
 * An Atom feed per language: one entry per article, in the page language's edition (or the
 * original, marked with xml:lang, when the language has no edition), from the edition view.
 * Built with xmlbuilder2; content text goes through `xmlText`.
 */
import { create } from 'xmlbuilder2';
import { LOCALES, type Lang } from '~/i18n/locales.ts';
import { xmlAttrs, xmlText } from '~/lib/export/sanitize.ts';
import { doiUrl } from '~/lib/identifiers/doi.ts';
import { dateParts, rfc3339 } from '~/lib/identifiers/iso-date.ts';
import type { ArticleRecord } from '~/lib/model/types.ts';
import { absolute, paths } from '~/lib/model/urls.ts';
import { editionView } from '~/lib/model/view.ts';
import type { Journal } from '~/schemas/journal.ts';

/** The Atom feed of the articles in `lang`. */
export function atomFeed(journal: Journal, lang: Lang, articles: ArticleRecord[]): string {
  const site = journal.siteUrl;
  const self = absolute(site, paths.feed(lang));
  const updated = articles.map((a) => a.meta.published).sort().at(-1) ?? '1970';
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const feed = doc.ele('http://www.w3.org/2005/Atom', 'feed', { 'xml:lang': LOCALES[lang].tag });
  feed.ele('id').txt(self);
  feed.ele('title').txt(xmlText(journal.title[lang]));
  feed.ele('updated').txt(rfc3339(dateParts(updated)));
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: self });
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: absolute(site, paths.home(lang)) });
  feed.ele('author').ele('name').txt(xmlText(journal.publisher[lang]));
  for (const a of articles) {
    const v = editionView(a, lang);
    const e = feed.ele('entry', v.textLang !== lang ? { 'xml:lang': v.tag } : {});
    e.ele('id').txt(v.url);
    e.ele('title').txt(xmlText(v.title));
    e.ele('updated').txt(rfc3339(v.published));
    e.ele('published').txt(rfc3339(v.published));
    e.ele('link', { rel: 'alternate', type: 'text/html', href: v.url });
    e.ele('link', { rel: 'related', href: doiUrl(v.doi) });
    for (const au of v.authors) e.ele('author').ele('name').txt(xmlText(au.name.display));
    e.ele('summary').txt(xmlText(v.abstract));
    for (const k of v.keywords) e.ele('category', xmlAttrs({ term: k }));
  }
  return `${doc.end({ prettyPrint: true })}\n`;
}
