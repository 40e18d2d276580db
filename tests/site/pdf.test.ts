/**
 * The built PDFs of the real article (dist/), read back with poppler and qpdf: pages numbered
 * from the article's first page, fonts embedded and subset, metadata, text in reading order,
 * links to the DOI and inside the document, and where the site offers them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Heading, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/content/mdx-source.ts';
import { doiUrl } from '../../src/lib/identifiers/doi.ts';
import { authorName } from '../../src/lib/model/names.ts';
import { ARTICLE, LANGS, dist, readBuilt, root } from '../helpers/site.ts';
import { loadRecord } from '../helpers/article-record.ts';
import { pdfFonts, pdfInfo, pdfLinks, pdfOutline, pdfText, pdfXmp } from '../helpers/pdf-tools.ts';

const rec = loadRecord();
const file = (lang: string) => path.join(dist, lang, 'articles', ARTICLE, 'article.pdf');
/** Hyphenation and line breaks removed, so sentences can be found whole. */
const flat = (s: string) => s.replace(/[-\u00ad\u2010]\s*\n/g, '').replace(/\s+/g, ' ').replace(/[-\u2010]/g, '');
const body = (lang: string) => parseMdx('x.mdx', fs.readFileSync(path.join(root, 'content/articles', ARTICLE, `${lang}.mdx`), 'utf8')).source.tree!;
/** The first sentence of each paragraph of the source, in order. */
const sentences = (lang: string) =>
  body(lang)
    .children.filter((n): n is Paragraph => n.type === 'paragraph')
    .map((p) => toString(p).split(/(?<=\.)\s/)[0]!)
    .filter((s) => s.length > 30);

describe.each(LANGS)('the %s PDF', (lang) => {
  const f = file(lang);
  const edition = rec.editions[lang]!;

  it('exists, is small, and numbers its pages from the article\'s first page', () => {
    expect(fs.statSync(f).size).toBeLessThan(600 * 1024);
    const pages = pdfText(f).split('\f').filter((p) => p.trim());
    expect(Number(pdfInfo(f).Pages)).toBe(pages.length);
    // As printed: pp. 15–22 are eight pages.
    expect(pages.length).toBe(rec.meta.pages.last - rec.meta.pages.first + 1);
    pages.forEach((p, i) => expect(p.split('\n').map((l) => l.trim())).toContain(String(rec.meta.pages.first + i)));
  });

  it('embeds every font as a subset', () => {
    const fonts = pdfFonts(f);
    expect(fonts.map((x) => x.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(expect.arrayContaining(['NotoSerif-Regular', 'NotoSerif-Bold', 'NotoSans-Regular']));
    expect(fonts.every((x) => x.embedded && x.subset)).toBe(true);
  });

  it('carries title, authors, keywords, DOI and language in the document info and XMP', () => {
    const info = pdfInfo(f);
    expect(info.Title).toBe(edition.title);
    for (const a of rec.meta.authors) expect(info.Author).toContain(authorName(a, lang).display);
    for (const k of edition.keywords) expect(info.Keywords).toContain(k);
    expect(info.Subject).toContain(rec.meta.doi);
    expect(info.Tagged).toBe('yes');
    const xmp = pdfXmp(f);
    expect(xmp).toMatch(new RegExp(`<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li>`));
    expect(xmp).toContain(edition.title.replace(/&/g, '&amp;'));
    // Declared and checked by Typst as PDF/UA-1 (tagged, titled, every figure with alt text).
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('gives the text in reading order: title, abstract, then the paragraphs in source order', () => {
    // Page furniture (running head: journal, issue, DOI; page number) is set aside first.
    const journal = flat(rec.journal.title[lang]);
    const furniture = (line: string, i: number, lines: string[]) =>
      /^\d+$/.test(line.trim()) || (i < 4 && (journal.includes(flat(line).trim()) || line.includes(`DOI ${rec.meta.doi}`))) || i === lines.length;
    const text = flat(
      pdfText(f)
        .split('\f')
        .map((page) => page.split('\n').filter((l, i, all) => l.trim() && !furniture(l, i, all)).join('\n'))
        .join('\n'),
    );
    const order = [edition.title, edition.abstract.split(/(?<=\.)\s/)[0]!, ...sentences(lang)].map((s) => text.indexOf(flat(s)));
    expect(order.filter((i) => i < 0)).toEqual([]);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('has a bookmark for every section heading and the reference list', () => {
    const headings: string[] = [];
    for (const n of body(lang).children) if (n.type === 'heading') headings.push(toString(n as Heading));
    const outline = pdfOutline(f);
    expect(outline.slice(0, headings.length)).toEqual(headings);
    expect(outline.length).toBeGreaterThan(headings.length);
  });

  it('links to the DOI, the references it cites and to its own pages only', () => {
    const links = pdfLinks(f);
    expect(links.map((l) => l.uri)).toContain(doiUrl(rec.meta.doi));
    const internal = links.filter((l) => l.page !== undefined);
    const cited = new Set([...toString(body(lang)).matchAll(/\[(\d+)/g)].map((m) => m[1]));
    expect(internal.length).toBeGreaterThanOrEqual(cited.size);
    const pages = Number(pdfInfo(f).Pages);
    expect(internal.every((l) => l.page! >= 0 && l.page! < pages)).toBe(true);
    // The references are at the end: citation links jump forward to them.
    expect(Math.max(...internal.map((l) => l.page!))).toBeGreaterThan(0);
  });

  it('is offered on the page with its size, in the cite panel, in citation_pdf_url and in JSON-LD', () => {
    const html = readBuilt(`/${lang}/articles/${ARTICLE}/`);
    const href = `/${lang}/articles/${ARTICLE}/article.pdf`;
    const kb = Math.round(fs.statSync(f).size / 1000);
    const links = [...html.matchAll(/<a href="([^"]+)" type="application\/pdf"[^>]*data-download="pdf">([^<]+)</g)];
    expect(links).toHaveLength(2);
    for (const m of links) {
      expect(m[1]).toBe(href);
      expect(m[2]!.replace(/\s/g, '')).toContain(String(kb));
    }
    expect(html).toContain(`<meta name="citation_pdf_url" content="${rec.journal.siteUrl}${href}">`);
    expect(html).toMatch(new RegExp(`"encoding":\\{"@type":"MediaObject","encodingFormat":"application/pdf","contentUrl":"${rec.journal.siteUrl}${href}"`));
  });
});

describe('the Kazakh PDF', () => {
  it('extracts every Kazakh letter its source uses', () => {
    const letters = [...'әғқңөұүһіӘҒҚҢӨҰҮҺІ'];
    const source = fs.readFileSync(path.join(root, 'content/articles', ARTICLE, 'kk.mdx'), 'utf8');
    const used = letters.filter((l) => source.includes(l));
    expect(used.length).toBeGreaterThanOrEqual(8);
    const text = pdfText(file('kk'));
    expect(used.filter((l) => !text.includes(l))).toEqual([]);
  });
});
