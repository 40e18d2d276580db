/**
 * sitemap.xml with hreflang alternates (`xhtml:link`), as search engines read them: every URL
 * lists itself and each language version, plus `x-default`. Built with xmlbuilder2; every text
 * and attribute goes through `xmlText`.
 */
import { create } from 'xmlbuilder2';
import { LANGS, LOCALES, type Lang } from '~/i18n/locales.ts';
import { xmlAttrs, xmlText } from '~/lib/export/sanitize.ts';
import { editionLangs } from '~/lib/model/editions.ts';
import type { ArticleRecord, IssueRecord } from '~/lib/model/types.ts';
import { absolute, paths } from '~/lib/model/urls.ts';

export interface SitemapPage {
  /** The same page per language; only indexable language versions. */
  versions: Partial<Record<Lang, string>>;
  /** W3C datetime (an ISO date at any precision). */
  lastmod?: string;
}

/** Pages of the journal: home and issue pages in every language, article pages that have an edition. */
export function journalPages(issues: IssueRecord[], articles: ArticleRecord[]): SitemapPage[] {
  const all = (f: (l: Lang) => string) => Object.fromEntries(LANGS.map((l) => [l, f(l)]));
  return [
    { versions: all((l) => paths.home(l)) },
    ...issues.map((i) => ({ versions: all((l) => paths.issue(l, i.slug)), lastmod: i.published })),
    ...articles.map((a) => ({
      versions: Object.fromEntries(editionLangs(a).map((l) => [l, paths.article(l, a.slug)])),
      lastmod: a.meta.published,
    })),
  ];
}

/** The sitemap of `pages` with hreflang alternates; `defaultLang` is the `x-default`. */
export function sitemapXml(site: string, pages: SitemapPage[], defaultLang: Lang): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const set = doc.ele('http://www.sitemaps.org/schemas/sitemap/0.9', 'urlset', { 'xmlns:xhtml': 'http://www.w3.org/1999/xhtml' });
  for (const p of pages) {
    const langs = LANGS.filter((l) => p.versions[l]);
    for (const l of langs) {
      const u = set.ele('url');
      u.ele('loc').txt(xmlText(absolute(site, p.versions[l]!)));
      if (p.lastmod) u.ele('lastmod').txt(xmlText(p.lastmod));
      if (langs.length < 2) continue;
      for (const alt of langs)
        u.ele('http://www.w3.org/1999/xhtml', 'xhtml:link', xmlAttrs({ rel: 'alternate', hreflang: LOCALES[alt].tag, href: absolute(site, p.versions[alt]!) }));
      const def = p.versions[defaultLang] ?? p.versions[langs[0]!]!;
      u.ele('http://www.w3.org/1999/xhtml', 'xhtml:link', xmlAttrs({ rel: 'alternate', hreflang: 'x-default', href: absolute(site, def) }));
    }
  }
  return `${doc.end({ prettyPrint: true })}\n`;
}

/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL. */
export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absolute(site, '/sitemap.xml')}\n`;
}
