/** The real built site (dist/), read as files: pages, languages, structure, safety. */
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { ARTICLE, LANGS, dist, readBuilt } from '../helpers/site.ts';

const articlePath = (lang: string) => `/${lang}/articles/${ARTICLE}/`;
const page = (p: string) => fromHtml(readBuilt(p));
const attr = (el: Element | undefined, name: string) => el?.properties?.[name];

const allHtml = (): string[] => {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(p);
    }
  };
  walk(dist);
  return out;
};

describe('every edition of the article', () => {
  for (const lang of LANGS) {
    it(`exists in ${lang} with <html lang>, hreflang alternates for all three and x-default`, () => {
      const tree = page(articlePath(lang));
      expect(attr(select('html', tree), 'lang')).toBe(lang);
      const alternates = selectAll('link[rel=alternate][hreflang]', tree).map((l) => `${attr(l, 'hrefLang')} ${attr(l, 'href')}`);
      for (const l of LANGS) expect(alternates).toContain(`${l} https://journal.example.org/${l}/articles/${ARTICLE}/`);
      expect(alternates).toContain(`x-default https://journal.example.org/en/articles/${ARTICLE}/`);
    });
  }

  it('has the same section ids, in the same order, in every language', () => {
    const ids = (lang: string) => selectAll('.article-body h2[id], .article-body h3[id]', page(articlePath(lang))).map((h) => attr(h, 'id'));
    const en = ids('en');
    expect(en).toEqual(['sec-1', 'sec-1-1', 'sec-1-2', 'sec-2', 'sec-3', 'sec-3-1', 'sec-3-2', 'sec-3-3', 'sec-4', 'sec-4-1', 'sec-4-2', 'sec-5']);
    expect(ids('kk')).toEqual(en);
    expect(ids('ru')).toEqual(en);
  });

  it('carries its own body text in its own language (no fallback) in kk and ru', () => {
    const words = { kk: /әлеуметтік желі/, ru: /социальн(ые|ых) сет/ };
    for (const lang of ['kk', 'ru'] as const) {
      const tree = page(articlePath(lang));
      const body = select('.article-body', tree)!;
      expect(attr(body, 'lang')).toBeUndefined();
      const text = toString(body);
      expect(text).toMatch(words[lang]);
      const cyrillic = (text.match(/[\u0400-\u04FF]/g) ?? []).length;
      const latin = (text.match(/[A-Za-z]/g) ?? []).length;
      expect(cyrillic / (cyrillic + latin)).toBeGreaterThan(0.8);
      expect(select('[data-edition=fallback]', tree)).toBeUndefined();
      expect(select('[data-edition=translation]', tree)).toBeDefined();
    }
  });

  it('shows the authors\' own Kazakh and Russian names and titles', () => {
    expect(readBuilt(articlePath('kk'))).toContain('Н.Ж. Көшкенов');
    expect(readBuilt(articlePath('ru'))).toContain('Н.Ж. Кошкенов');
    expect(readBuilt(articlePath('en'))).toContain('N.Zh. Koshkenov');
    expect(toString(select('h1', page(articlePath('kk')))!)).toBe('Блогерлер және мемлекет: ықпалдылығы немесе қайшылығы');
    expect(toString(select('h1', page(articlePath('ru')))!)).toBe('Блогеры и государство: действенность или противостояние');
  });

  it('makes the other two abstracts reachable, each marked with its language', () => {
    const tree = page(articlePath('en'));
    const others = selectAll('.other-abstracts details', tree).map((d) => attr(d, 'lang'));
    expect(others).toEqual(['kk', 'ru']);
  });

  it('has Table 1 and Table 2 as real tables with caption and source', () => {
    for (const lang of LANGS) {
      const tree = page(articlePath(lang));
      for (const id of ['table-1', 'table-2']) {
        const fig = select(`figure#${id}`, tree)!;
        expect(fig, `${lang} ${id}`).toBeDefined();
        expect(select('figcaption', fig)).toBeDefined();
        expect(select('table thead th', fig)).toBeDefined();
        expect(select('.source', fig)).toBeDefined();
      }
      expect(selectAll('#table-2 tbody tr', tree)).toHaveLength(6);
    }
  });

  it('links every citation marker to an existing reference, and every reference back', () => {
    for (const lang of LANGS) {
      const tree = page(articlePath(lang));
      const refs = new Set(selectAll('.references li[id]', tree).map((li) => attr(li, 'id')));
      expect(refs.size).toBe(7);
      const cites = selectAll('a.cite', tree);
      expect(cites.length).toBeGreaterThanOrEqual(7);
      for (const a of cites) expect(refs.has(String(attr(a, 'href')).slice(1))).toBe(true);
      const citeIds = new Set(cites.map((a) => attr(a, 'id')));
      for (const b of selectAll('.references a.backlink', tree)) expect(citeIds.has(String(attr(b, 'href')).slice(1))).toBe(true);
      expect(selectAll('.references a.url', tree).length).toBe(6);
    }
  });

  it('shows the DOI as a link and a table of contents', () => {
    const tree = page(articlePath('ru'));
    expect(selectAll('a[href="https://doi.org/10.32523/2616-7174-2022-141-4-15-22"]', tree).length).toBeGreaterThan(0);
    expect(selectAll('nav.toc a', tree).map((a) => attr(a, 'href'))).toContain('#sec-3-2');
  });
});

describe('routes', () => {
  it('has a language chooser, a home and a localized 404 per language', () => {
    const chooser = page('/');
    expect(selectAll('a[hreflang]', chooser).map((a) => attr(a, 'href'))).toEqual(expect.arrayContaining(['/en/', '/kk/', '/ru/']));
    for (const lang of LANGS) {
      expect(toString(select('main', page(`/${lang}/`))!)).toContain(lang === 'en' ? 'Bloggers and the state' : 'Блогер');
      expect(attr(select('html', page(`/${lang}/404.html`)), 'lang')).toBe(lang);
    }
  });
});

describe('every page', () => {
  const files = allHtml();
  it('has lang on <html>, a <title>, and one <h1>', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const tree = fromHtml(fs.readFileSync(f, 'utf8'));
      expect(attr(select('html', tree), 'lang'), f).toBeTruthy();
      expect(toString(select('title', tree)!).trim(), f).not.toBe('');
      expect(selectAll('h1', tree).length, f).toBeGreaterThanOrEqual(1);
    }
  });

  it('has no inline script, inline style or event-handler attribute (strict CSP)', () => {
    for (const f of files) {
      const html = fs.readFileSync(f, 'utf8');
      const tree = fromHtml(html);
      for (const s of selectAll('script', tree)) {
        const type = String(attr(s, 'type') ?? '');
        if (type === 'application/ld+json') continue;
        expect(attr(s, 'src'), `${f}: inline script`).toBeTruthy();
      }
      expect(selectAll('style', tree), f).toEqual([]);
      expect(selectAll('[style]', tree).length, `${f}: style attribute`).toBe(0);
      expect(html, f).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it('opens external links with rel=noopener', () => {
    for (const f of files) {
      for (const a of selectAll('a[href^="http"]', fromHtml(fs.readFileSync(f, 'utf8')))) {
        const href = String(attr(a, 'href'));
        if (href.startsWith('https://journal.example.org')) continue;
        if (href.startsWith('https://doi.org/')) continue;
        expect(String(attr(a, 'rel') ?? ''), `${f}: ${href}`).toMatch(/noopener/);
      }
    }
  });
});
