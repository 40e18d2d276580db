/**
 * PDFs of the fixture journal (tests/fixtures/journal: test content, never published), built
 * with the real build script, with Typst-special characters written into one article's title
 * and body: every edition with its own body has a PDF, a fallback has none, and hostile text
 * comes out as the same text.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBodyText } from '../../src/lib/content/mdx-source.ts';
import { pdfFonts, pdfInfo, pdfLinks, pdfText } from '../helpers/pdf-tools.ts';
import { copyTree, fixtureJournal, runBuild } from './helpers.ts';

const HOSTILE_TITLE = 'Fixture #set page(paper: "a3") $x$ *b* _i_ <l> @r \\\\ [a] = b';
const HOSTILE_LINE = 'Hostile text: #pagebreak() #import "x" `raw` ~ / + - = <tag> @cite \\ ] ) } " end.';
const content = copyTree(fixtureJournal);
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-pdf-fixture-'));
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-pdf-cache-'));
// Drafts (draft: true) are not published, so they have no pages and no PDF.
const articles = fs.readdirSync(path.join(content, 'articles')).filter((slug) => !/^draft: true$/m.test(fs.readFileSync(path.join(content, 'articles', slug, 'article.yaml'), 'utf8')));
const pdf = (lang: string, slug: string) => path.join(out, lang, 'articles', slug, 'article.pdf');
const flat = (s: string) => s.replace(/[-\u00ad]\s*\n/g, '').replace(/\s+/g, ' ');

beforeAll(() => {
  const file = path.join(content, 'articles/fixture-no-kk/en.mdx');
  const mdx = fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${JSON.stringify(HOSTILE_TITLE.replace(/\\\\/g, '\\'))}`);
  fs.writeFileSync(file, `${mdx}\n\n${HOSTILE_LINE.replace(/[\\`<>{}]/g, (c) => `\\${c}`)}\n`);
  const r = runBuild(content, out, 'scripts/build.ts', [], { PDF_CACHE_DIR: cache });
  if (r.status !== 0) throw new Error(r.output);
}, 240_000);
afterAll(() => [content, out, cache].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('fixture journal PDFs', () => {
  it('exist exactly for the editions with their own body', () => {
    const seen: string[] = [];
    for (const slug of articles) {
      for (const lang of ['en', 'kk', 'ru']) {
        const src = path.join(content, 'articles', slug, `${lang}.mdx`);
        const body = fs.existsSync(src) && hasBodyText(fs.readFileSync(src, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
        expect(fs.existsSync(pdf(lang, slug)), `${lang}/${slug}`).toBe(body);
        const html = fs.readFileSync(path.join(out, lang, 'articles', slug, 'index.html'), 'utf8');
        expect(html.includes(`${lang}/articles/${slug}/article.pdf"`), `${lang}/${slug} head`).toBe(body);
        if (body) seen.push(`${lang}/${slug}`);
      }
    }
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen).not.toContain('kk/fixture-no-kk');
    expect(seen).not.toContain('en/fixture-russian-only');
  });

  it('print citations by key and cross-references as the page does (fixture-keyed-ru)', () => {
    const words = { ru: ['рис. 1', 'табл. 1', 'раздел 2.1'], en: ['Figure 1', 'Table 1', 'Section 2.1'] };
    for (const [lang, expected] of Object.entries(words)) {
      const f = pdf(lang, 'fixture-keyed-ru');
      const text = flat(pdfText(f));
      expect(text, lang).not.toContain('[@');
      for (const w of [...expected, '[2, 3]', '[2–4]']) expect(text, `${lang}: ${w}`).toContain(w);
      // the reference list prints in order of first citation
      const refs = text.slice(text.lastIndexOf(lang === 'ru' ? 'Список литературы' : 'References'));
      const at = ['Сидоров', 'Иванова', 'Петров', 'Кузнецова'].map((n) => refs.indexOf(n));
      expect(at.every((i) => i >= 0) && [...at].sort((x, y) => x - y).join() === at.join(), `${lang} ${at}`).toBe(true);
      // four cross-references and three citations are internal links, and each lands on a page
      const internal = pdfLinks(f).filter((l) => l.page !== undefined);
      expect(internal.length, lang).toBeGreaterThanOrEqual(7);
      expect(internal.filter((l) => l.page! < 0), lang).toEqual([]);
    }
  });

  it('embed subset fonts, carry the title and number pages from the first page', () => {
    for (const slug of articles) {
      for (const lang of ['en', 'kk', 'ru']) {
        if (!fs.existsSync(pdf(lang, slug))) continue;
        const f = pdf(lang, slug);
        expect(pdfFonts(f).every((x) => x.embedded && x.subset), f).toBe(true);
        const yaml = fs.readFileSync(path.join(content, 'articles', slug, 'article.yaml'), 'utf8');
        const first = /first:\s*(\d+)/.exec(yaml)![1]!;
        expect(pdfText(f).split('\f')[0]!.split('\n').map((l) => l.trim()), f).toContain(first);
        expect(pdfInfo(f).Title, f).toBeTruthy();
      }
    }
  });

  it('are offered to a fallback page as the original\'s PDF, marked with its language', () => {
    const kk = fs.readFileSync(path.join(out, 'kk/articles/fixture-no-kk/index.html'), 'utf8');
    const links = [...kk.matchAll(/<a href="([^"]+)" type="application\/pdf" hreflang="([^"]+)"[^>]*data-download="pdf">/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(links).toEqual(['/en/articles/fixture-no-kk/article.pdf en', '/en/articles/fixture-no-kk/article.pdf en']);
    expect(kk).not.toContain('citation_pdf_url');
  });

  it('link the ORCID of an author who has one', () => {
    expect(pdfLinks(pdf('en', 'fixture-two-affiliations')).map((l) => l.uri)).toContain('https://orcid.org/0000-0002-1825-0097');
  });

  it('keep Typst-special characters in the title and body as text', () => {
    const f = pdf('en', 'fixture-no-kk');
    const info = pdfInfo(f);
    expect(info.Title).toBe(HOSTILE_TITLE.replace(/\\\\/g, '\\'));
    expect(info['Page size']).toMatch(/A4/);
    const text = flat(pdfText(f));
    expect(text).toContain(flat(HOSTILE_TITLE.replace(/\\\\/g, '\\')));
    expect(text).toContain(HOSTILE_LINE);
  });
});
