/** sitemap.xml with hreflang alternates, robots.txt and the Atom feeds, from the model. */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { atomFeed } from '../../src/lib/site/atom.ts';
import { dateParts, rfc3339 } from '../../src/lib/identifiers/iso-date.ts';
import { journalPages, robotsTxt, sitemapXml } from '../../src/lib/site/sitemap.ts';
import type { IssueRecord } from '../../src/lib/model/types.ts';
import { loadRecord } from '../helpers/article-record.ts';

const rec = loadRecord();
const issue: IssueRecord = rec.issue;
const site = 'https://journal.example.org';
const xmlTree = (xml: string) => fromHtml(xml.replace(/^<\?xml[^>]*>/, ''), { fragment: true, space: 'svg' });

describe('sitemap.xml', () => {
  const xml = sitemapXml(site, journalPages([issue], [rec]), 'en');
  const urls = selectAll('url', xmlTree(xml));
  it('lists home, issue and article pages in every language', () => {
    const locs = urls.map((u) => (selectAll('loc', u)[0]!.children[0] as { value: string }).value);
    expect(locs).toEqual(['en/', 'kk/', 'ru/', 'en/issues/2022-4/', 'kk/issues/2022-4/', 'ru/issues/2022-4/', 'en/articles/bloggers-and-the-state/', 'kk/articles/bloggers-and-the-state/', 'ru/articles/bloggers-and-the-state/'].map((p) => `${site}/${p}`));
  });
  it('gives every URL its language alternates and an x-default', () => {
    for (const u of urls) {
      const links = selectAll('xhtml\\:link', u).map((l) => `${l.properties.hrefLang} ${l.properties.href}`);
      expect(links).toHaveLength(4);
      expect(links.at(-1)).toMatch(/^x-default https:\/\/journal\.example\.org\/en\//);
    }
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain('<lastmod>2022</lastmod>');
  });
  it('leaves out a language that has no edition of an article', () => {
    const enOnly = structuredClone(rec);
    delete enOnly.editions.kk;
    const x = sitemapXml(site, journalPages([], [enOnly]), 'en');
    expect(x).not.toContain('/kk/articles/');
    expect(x).toContain('hreflang="ru" href="https://journal.example.org/ru/articles/bloggers-and-the-state/"');
  });
});

it('robots.txt allows crawling and names the sitemap', () => {
  expect(robotsTxt(site)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://journal.example.org/sitemap.xml\n');
});

describe('Atom feed', () => {
  it('has one entry per article in the page language, with authors as that edition writes them', () => {
    const xml = atomFeed(rec.journal, 'ru', [rec]);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">');
    expect(xml).toContain(`<title>${rec.editions.ru!.title}</title>`);
    expect(xml).toContain('<name>Н.Ж. Кошкенов</name>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://journal.example.org/ru/feed.xml"/>');
    expect(xml).toContain('<updated>2022-01-01T00:00:00Z</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });
  it('marks an entry shown in the original language with xml:lang', () => {
    const noKk = structuredClone(rec);
    delete noKk.editions.kk;
    expect(atomFeed(noKk.journal, 'kk', [noKk])).toContain('<entry xml:lang="en">');
  });
  it('writes ISO dates of any precision as RFC 3339', () => {
    expect(rfc3339(dateParts('2022'))).toBe('2022-01-01T00:00:00Z');
    expect(rfc3339(dateParts('2022-03-09'))).toBe('2022-03-09T00:00:00Z');
  });
});
