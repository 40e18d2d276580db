/**
 * The JATS 1.3 file of the seed article, from the model and the MDX bodies: journal and article
 * metadata, the translations as sub-articles, the body's sections, tables, figures and
 * citations with the page's ids, and the reference list. Expected values are read from the
 * record and the MDX source, not from the exporter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { parseMdx } from '../../src/lib/content/mdx-source.ts';
import { CITATION_RE } from '../../src/lib/markdown/citations.ts';
import { figureFile } from '../../src/lib/figures/routes.ts';
import { jatsXml } from '../../src/lib/export/jats.ts';
import { jatsInput } from '../../src/lib/export/jats-source.ts';
import { absolute } from '../../src/lib/model/urls.ts';
import { loadRecord } from '../helpers/article-record.ts';
import { els, jatsDom, own, wellFormed } from '../helpers/jats.ts';

const rec = loadRecord();
const dir = path.resolve(import.meta.dirname, '../../content/articles', rec.slug);
const bodyOf = (lang: string) => fs.readFileSync(path.join(dir, `${lang}.mdx`), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
const text = (e: Element | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
let xml: string;
let article: Element;
let subs: Element[];

beforeAll(() => {
  xml = jatsXml(rec, jatsInput(rec, dir));
  article = jatsDom(xml).documentElement;
  subs = els(article, 'sub-article');
});

describe('the seed article as JATS', () => {
  it('is well-formed JATS 1.3 with the original as the article', () => {
    expect(wellFormed(xml).status).toBe(0);
    expect(article.nodeName).toBe('article');
    expect(article.getAttribute('dtd-version')).toBe('1.3');
    expect(article.getAttribute('xml:lang')).toBe(rec.meta.originalLanguage);
  });

  it('is indented for people without adding white space to mixed content', () => {
    expect(xml.split('\n').length).toBeGreaterThan(500);
    for (const tag of ['p', 'title', 'article-title', 'mixed-citation', 'td']) {
      for (const e of els(article, tag)) expect(e.textContent, tag).toBe(e.textContent!.trim());
    }
  });

  it('makes every other edition with a body a translation sub-article', () => {
    const withBody = LANGS.filter((l) => l !== rec.meta.originalLanguage && rec.editions[l]?.hasBody);
    expect(subs.map((s) => s.getAttribute('xml:lang'))).toEqual(withBody);
    for (const s of subs) {
      const lang = s.getAttribute('xml:lang') as 'kk' | 'ru';
      expect(s.getAttribute('article-type')).toBe('translation');
      expect(text(els(s, 'article-title')[0])).toBe(rec.editions[lang]!.title);
      expect(text(own(s, 'abstract')[0])).toBe(rec.editions[lang]!.abstract.replace(/\s+/g, ' '));
      expect(own(s, 'kwd').map(text)).toEqual(rec.editions[lang]!.keywords);
      const meta = Object.fromEntries(own(s, 'custom-meta').map((m) => [text(els(m, 'meta-name')[0]), text(els(m, 'meta-value')[0])]));
      const { translatedFrom, method, reviewed } = rec.editions[lang]!.edition;
      expect(meta).toEqual({ 'translated-from': translatedFrom, 'translation-method': method, 'translation-reviewed': String(reviewed) });
    }
  });

  it('names the journal in every language with its ISSN and publisher', () => {
    const jm = els(article, 'journal-meta')[0]!;
    expect(text(els(jm, 'journal-title')[0])).toBe(rec.journal.title.en);
    expect(Object.fromEntries(els(jm, 'trans-title-group').map((g) => [g.getAttribute('xml:lang'), text(g)]))).toEqual({ kk: rec.journal.title.kk, ru: rec.journal.title.ru });
    expect(els(jm, 'issn').map(text)).toEqual(rec.journal.issn.map((i) => i.value));
    expect(text(els(jm, 'publisher-name')[0])).toBe(rec.journal.publisher.en);
  });

  it('carries the DOI, issue, pages, date, abstract and keywords of the original', () => {
    const am = els(article, 'article-meta')[0]!;
    expect(text(els(am, 'article-id').find((e) => e.getAttribute('pub-id-type') === 'doi'))).toBe(rec.meta.doi);
    expect([text(els(am, 'issue')[0]), text(els(am, 'fpage')[0]), text(els(am, 'lpage')[0])]).toEqual([String(rec.issue.number), '15', '22']);
    expect(text(els(els(am, 'pub-date')[0]!, 'year')[0])).toBe(rec.meta.published.slice(0, 4));
    expect(text(els(am, 'article-title')[0])).toBe(rec.editions.en!.title);
    expect(els(am, 'abstract')[0]!.getAttribute('xml:lang')).toBe('en');
    expect(els(am, 'kwd').map(text)).toEqual(rec.editions.en!.keywords);
  });

  it('gives each author the Latin name, the Cyrillic spellings, affiliations and the e-mail', () => {
    const contribs = els(els(article, 'article-meta')[0]!, 'contrib');
    expect(contribs).toHaveLength(rec.meta.authors.length);
    rec.meta.authors.forEach((au, i) => {
      const c = contribs[i]!;
      const names = Object.fromEntries(els(c, 'name').map((n) => [n.getAttribute('xml:lang'), text(els(n, 'surname')[0])]));
      expect(names).toEqual({ en: au.family!.latin, kk: au.family!.kk, ru: au.family!.ru });
      for (const x of els(c, 'xref').filter((x) => x.getAttribute('ref-type') === 'aff')) {
        expect(els(article, 'aff').some((a) => a.getAttribute('id') === x.getAttribute('rid'))).toBe(true);
      }
      expect(c.getAttribute('corresp') === 'yes').toBe(au.corresponding);
      if (au.email) expect(text(els(c, 'email')[0])).toBe(au.email);
    });
    expect(text(els(article, 'aff')[1])).toContain('Department of Journalism and Political Science');
  });
});

describe('the body with the page ids', () => {
  const idsOf = (root: Element, tag: string) => own(root, tag).map((e) => e.getAttribute('id'));
  const mdxIds = (lang: string, component: string) => [...bodyOf(lang).matchAll(new RegExp(`<${component} id="([^"]+)"`, 'g'))].map((m) => m[1]);

  it('holds the 7 references, 2 tables and 6 figures under their ids', () => {
    expect(els(article, 'ref').map((r) => r.getAttribute('id'))).toEqual(rec.meta.references.map((r) => r.id));
    expect(els(article, 'ref')).toHaveLength(7);
    expect(idsOf(article, 'table-wrap')).toEqual(['table-1', 'table-2']);
    expect(idsOf(article, 'fig')).toEqual(mdxIds('en', 'Figure'));
    expect(idsOf(article, 'fig')).toHaveLength(6);
    for (const s of subs) {
      const l = s.getAttribute('xml:lang')!;
      expect(idsOf(s, 'table-wrap')).toEqual(mdxIds(l, 'DataTable').map((id) => `${id}-${l}`));
      expect(idsOf(s, 'fig')).toEqual(mdxIds(l, 'Figure').map((id) => `${id}-${l}`));
    }
  });

  it('nests numbered sections with ids from their numbers', () => {
    const headings = [...bodyOf('en').matchAll(/^#{2,} (\d+(?:\.\d+)*)\.? /gm)].map((m) => `sec-${m[1]!.replace(/\./g, '-')}`);
    expect(idsOf(article, 'sec')).toEqual(headings);
    const s11 = own(article, 'sec').find((s) => s.getAttribute('id') === 'sec-1-1')!;
    expect((s11.parentNode as Element).getAttribute('id')).toBe('sec-1');
    expect(text(els(s11, 'title')[0])).toBe('The state of internet and social media consumption in Kazakhstan');
  });

  it('links every citation marker to existing references', () => {
    for (const [root, lang] of [[article, 'en'], ...subs.map((s) => [s, s.getAttribute('xml:lang')!] as const)] as const) {
      const markers = [...bodyOf(lang).replace(/<\w+[^>]*\/?>/g, '').matchAll(CITATION_RE)].length;
      const xrefs = own(root as Element, 'xref').filter((x) => x.getAttribute('ref-type') === 'bibr' && x.getAttribute('id'));
      expect(xrefs, lang).toHaveLength(markers);
      for (const x of xrefs) for (const rid of x.getAttribute('rid')!.split(' ')) expect(rec.meta.references.map((r) => r.id)).toContain(rid);
    }
    expect(own(article, 'xref').find((x) => x.getAttribute('id') === 'cite-3-1')?.getAttribute('rid')).toBe('ref-3');
  });

  it('writes tables with real markup, caption and source', () => {
    const t2 = own(article, 'table-wrap').find((t) => t.getAttribute('id') === 'table-2')!;
    expect(text(els(t2, 'label')[0])).toBe('Table 2');
    expect(text(els(t2, 'caption')[0])).toMatch(/^Comparison of the number of subscribers/);
    expect(els(els(t2, 'thead')[0]!, 'th').map(text)).toEqual(['Facebook page', '2017', '2022']);
    expect(els(els(t2, 'tbody')[0]!, 'tr')).toHaveLength(6);
    expect(els(t2, 'th').map((th) => th.getAttribute('align'))).toEqual([null, 'right', 'right']);
    expect(text(els(t2, 'table-wrap-foot')[0])).toBe('Table: N.Zh. Koshkenov. Source: Facebook.');
  });

  it('writes figures with label, caption from the figure file and the SVG URL', () => {
    const spec = JSON.parse(fs.readFileSync(path.join(dir, 'figures/fig-news-sources.json'), 'utf8'));
    const kk = subs.find((s) => s.getAttribute('xml:lang') === 'kk')!;
    const fig = own(kk, 'fig').find((f) => f.getAttribute('id') === 'fig-news-sources-kk')!;
    expect(text(els(fig, 'label')[0])).toBe('1-сурет');
    expect(text(els(fig, 'title')[0])).toBe(spec.title.kk);
    expect(text(els(els(fig, 'caption')[0]!, 'p')[0])).toBe(spec.description.kk);
    expect(els(fig, 'graphic')[0]!.getAttribute('xlink:href')).toBe(absolute(rec.journal.siteUrl, figureFile('kk', rec.slug, 'fig-news-sources', 'svg')));
  });
});

describe('the reference list', () => {
  const ref = (id: string) => els(article, 'ref').find((r) => r.getAttribute('id') === id)!;

  it('keeps the printed text and the structured fields', () => {
    const r3 = rec.meta.references[2]!;
    expect(text(els(ref('ref-3'), 'mixed-citation')[0])).toBe(r3.text);
    const ec = els(ref('ref-3'), 'element-citation')[0]!;
    expect(ec.getAttribute('publication-type')).toBe('report');
    expect(text(els(ec, 'surname')[0])).toBe('Kujawski');
    expect(text(els(ec, 'year')[0])).toBe('2017');
    expect(text(els(ec, 'publisher-name')[0])).toBe(r3.publisher);
  });

  it('gives web sources their URL and access date', () => {
    const ec = els(ref('ref-1'), 'element-citation')[0]!;
    expect(els(ec, 'ext-link')[0]!.getAttribute('xlink:href')).toBe(rec.meta.references[0]!.URL);
    const accessed = els(ec, 'date-in-citation')[0]!;
    expect([accessed.getAttribute('content-type'), text(accessed)]).toEqual(['access-date', '2021-12-05']);
  });
});

describe('links in the body', () => {
  const body = [
    '## 1. One',
    '',
    'See [section 2](#sec-2), [Table 1](#table-1), [the source](#ref-2), [a site](https://example.org/?a=1&b=2), [the Russian page](/ru/) and [nothing](#nowhere).',
    '',
    '<DataTable id="table-1" caption="Caption [1]" source="Source">',
    '',
    '| a | b |',
    '| --- | ---: |',
    '| *x* | 2 |',
    '',
    '</DataTable>',
    '',
    '## 2. Two',
  ].join('\n');
  const { source } = parseMdx('links.mdx', `---\ntitle: t\n---\n${body}\n`);
  const doc = jatsDom(jatsXml({ ...rec, editions: { en: rec.editions.en! } }, { bodies: { en: { tree: source.tree!, file: 'links.mdx' } }, figures: {} }));
  const p = els(els(doc.documentElement, 'body')[0]!, 'p')[0]!;

  it('point at the section, table or reference of the article as xref', () => {
    expect(els(p, 'xref').map((x) => [x.getAttribute('ref-type'), x.getAttribute('rid'), x.textContent])).toEqual([
      ['sec', 'sec-2', 'section 2'],
      ['table', 'table-1', 'Table 1'],
      ['bibr', 'ref-2', 'the source'],
    ]);
  });

  it('go anywhere else as ext-link with an absolute URL', () => {
    expect(els(p, 'ext-link').map((x) => x.getAttribute('xlink:href'))).toEqual([
      'https://example.org/?a=1&b=2',
      `${rec.journal.siteUrl}/ru/`,
      `${rec.journal.siteUrl}/en/articles/${rec.slug}/#nowhere`,
    ]);
  });

  it('keep inline markup in table cells and citations in captions', () => {
    const tw = els(doc.documentElement, 'table-wrap')[0]!;
    expect(els(els(tw, 'td')[0]!, 'italic').map((i) => i.textContent)).toEqual(['x']);
    expect(els(tw, 'td')[1]!.getAttribute('align')).toBe('right');
    expect(els(els(tw, 'caption')[0]!, 'xref').map((x) => x.getAttribute('rid'))).toEqual(['ref-1']);
  });
});
