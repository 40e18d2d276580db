/**
 * The built site's citation metadata, read back from the files: each edition's head parsed and
 * compared with the model, the downloads parsed with citation-js, the deposit validated.
 * TEST_DIST_DIR points the test at another build while developing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { articleHead } from '../../src/lib/head/article.ts';
import { articleCsl } from '../../src/lib/export/csl.ts';
import { crossrefDeposit } from '../../src/lib/export/crossref.ts';
import { formatCitations } from '../../src/lib/export/cite.ts';
import { loadRecord } from '../helpers/article-record.ts';
import { ARTICLE, LANGS, dist } from '../helpers/site.ts';
import { validateCrossref } from '../helpers/xmllint.ts';

const out = dist;
const read = (p: string) => fs.readFileSync(path.join(out, p.endsWith('/') ? `${p}index.html` : p), 'utf8');
const rec = loadRecord(ARTICLE);
const articlePath = (lang: string) => `/${lang}/articles/${ARTICLE}/`;

/** name/property → content, and xml:lang, of every meta in the head, in document order. */
function headMetas(html: string): string[] {
  const head = select('head', fromHtml(html))!;
  return selectAll('meta', head)
    .filter((m) => /^(citation_|DC\.|article:)/.test(String(m.properties.name ?? m.properties.property ?? '')))
    .map((m) => `${m.properties.name ?? m.properties.property}${m.properties.xmlLang ? `@${m.properties.xmlLang}` : ''}=${m.properties.content}`);
}

describe('article head, parsed back from each built edition', () => {
  for (const lang of LANGS) {
    it(`matches the model for the ${lang} edition, tag for tag`, () => {
      const html = read(articlePath(lang));
      const expected = articleHead(rec, lang)
        .filter((t) => t.tag === 'meta')
        .map((t) => `${t.attrs.name ?? t.attrs.property}${t.attrs['xml:lang'] ? `@${t.attrs['xml:lang']}` : ''}=${t.attrs.content}`);
      expect(headMetas(html)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(40);
      const ld = selectAll('script[type="application/ld+json"]', fromHtml(html));
      expect(ld).toHaveLength(1);
      const script = articleHead(rec, lang).find((t) => t.tag === 'script')!;
      expect(JSON.parse(toString(ld[0]!))).toEqual(JSON.parse(script.content!));
    });
  }
  it('declares the Dublin Core schema and the language feed', () => {
    const head = select('head', fromHtml(read(articlePath('kk'))))!;
    expect(select('link[rel="schema.DC"]', head)).toBeTruthy();
    expect(select('link[type="application/atom+xml"]', head)?.properties.href).toBe('https://journal.example.org/kk/feed.xml');
  });
});

describe('cite panel in the built page', () => {
  for (const lang of LANGS) {
    it(`prints all six ${lang} citations and links the four downloads`, () => {
      const tree = fromHtml(read(articlePath(lang)));
      const panel = select('[data-cite-panel]', tree)!;
      const entries = selectAll('[data-cite-style] .csl-entry', panel).map((e) => toString(e).trim());
      expect(entries).toEqual(formatCitations(articleCsl(rec, lang), lang).map((c) => c.text));
      const links = selectAll('a[data-download]', panel).map((a) => String((a as Element).properties.href));
      expect(links).toEqual(['cite.bib', 'cite.ris', 'cite.enw', 'cite.json', 'article.pdf'].map((f) => `${articlePath(lang)}${f}`));
      for (const l of links) expect(fs.existsSync(path.join(out, l))).toBe(true);
    });
  }
});

describe('downloads, parsed back with citation-js', () => {
  for (const lang of LANGS) {
    it(`give the ${lang} edition's metadata in BibTeX and RIS`, () => {
      const item = articleCsl(rec, lang);
      for (const file of ['cite.bib', 'cite.ris']) {
        const back = new Cite(read(`${articlePath(lang)}${file}`)).data[0]!;
        expect(back.title, file).toBe(item.title);
        expect(back.author, file).toEqual(item.author);
        expect(back.DOI, file).toBe(item.DOI);
        expect(back.page, file).toBe(item.page);
        expect(back['container-title'], file).toBe(item['container-title']);
      }
      expect(JSON.parse(read(`${articlePath(lang)}cite.json`))).toEqual([item]);
      expect(read(`${articlePath(lang)}cite.enw`)).toContain(`%T ${item.title}\n`);
    });
  }
});

describe('site files', () => {
  it('the Crossref deposit is the model output and validates against the XSD (needs ../shared)', (ctx) => {
    const xml = read(`/articles/${ARTICLE}/crossref.xml`);
    const timestamp = /<timestamp>(\d{14})<\/timestamp>/.exec(xml)![1]!;
    expect(xml).toBe(crossrefDeposit(rec, { timestamp }));
    const r = validateCrossref(xml, ctx);
    expect(r.status, r.out).toBe(0);
  });
  it('robots.txt names the sitemap, which lists every edition with hreflang alternates', () => {
    expect(read('/robots.txt')).toContain('Sitemap: https://journal.example.org/sitemap.xml');
    const sitemap = read('/sitemap.xml');
    for (const lang of LANGS) {
      expect(sitemap).toContain(`<loc>https://journal.example.org${articlePath(lang)}</loc>`);
      expect(sitemap).toContain(`hreflang="${lang}" href="https://journal.example.org${articlePath(lang)}"`);
    }
  });
  it('each language has an Atom feed with the article in that language', () => {
    for (const lang of LANGS) {
      const feed = read(`/${lang}/feed.xml`);
      expect(feed).toContain(`xml:lang="${lang}"`);
      expect(feed).toContain(`<title>${rec.editions[lang]!.title}</title>`);
    }
  });
});
