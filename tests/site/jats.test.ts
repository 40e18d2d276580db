/**
 * The built JATS files (dist/articles/<slug>/jats.xml): linked from every edition's head and
 * downloads, valid against the JATS 1.3 XSD when ../shared is present, and carrying the ids the
 * pages use for sections, tables, figures, references and citation links.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Element as HastElement } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { ARTICLE, LANGS, dist, readBuilt } from '../helpers/site.ts';
import { els, jatsDom, own, validateJats } from '../helpers/jats.ts';
import { needShared } from '../helpers/shared.ts';

const slugs = fs.readdirSync(path.join(dist, 'articles')).filter((s) => fs.existsSync(path.join(dist, 'articles', s, 'jats.xml')));
const jatsPathOf = (slug: string) => `/articles/${slug}/jats.xml`;
const page = (lang: string) => fromHtml(readBuilt(`/${lang}/articles/${ARTICLE}/`));
const pageIds = (lang: string, selector: string) => selectAll(selector, page(lang)).map((e) => String((e as HastElement).properties.id));

describe('the JATS file of every article', () => {
  it('exists for the seed article', () => {
    expect(slugs).toContain(ARTICLE);
  });

  for (const lang of LANGS) {
    it(`is linked from the ${lang} edition's head and downloads`, () => {
      const tree = page(lang);
      const href = String(select('link[rel=alternate][type="application/jats+xml"]', tree)?.properties.href);
      expect(new URL(href).pathname).toBe(jatsPathOf(ARTICLE));
      const a = select('[data-cite-panel] a[data-article-file=jats]', tree);
      expect(a?.properties.href).toBe(jatsPathOf(ARTICLE));
    });
  }

  it('validates against the JATS 1.3 XSD (needs ../shared)', (ctx) => {
    needShared(ctx, 'schemas/jats');
    const docs = Object.fromEntries(slugs.map((s) => [s, readBuilt(jatsPathOf(s))]));
    const r = validateJats(docs);
    expect(r.status, r.out).toBe(0);
    for (const s of slugs) expect(r.out).toContain(`${s}.xml validates`);
  });
});

describe('the seed article\'s JATS ids equal the pages\'', () => {
  const article = jatsDom(readBuilt(jatsPathOf(ARTICLE))).documentElement;
  const roots = new Map<string, Element>([[article.getAttribute('xml:lang')!, article], ...els(article, 'sub-article').map((s) => [s.getAttribute('xml:lang')!, s] as [string, Element])]);
  /** Ids of one edition's elements; a sub-article's end with `-<lang>` (ids are unique per file), which is cut off. */
  const jatsIds = (lang: string, tag: string, filter: (e: Element) => boolean = () => true) => {
    const root = roots.get(lang)!;
    const suffix = root === article ? '' : `-${lang}`;
    return own(root, tag).filter(filter).map((e) => {
      const id = e.getAttribute('id')!;
      expect(id.endsWith(suffix), id).toBe(true);
      return id.slice(0, id.length - suffix.length);
    });
  };

  for (const lang of LANGS) {
    it(`for the ${lang} edition: sections, 2 tables, 6 figures, citation links and 7 references`, () => {
      expect(roots.has(lang), `no JATS body for ${lang}`).toBe(true);
      expect(jatsIds(lang, 'sec')).toEqual(pageIds(lang, '.article-body h2[id], .article-body h3[id], .article-body h4[id]'));
      expect(jatsIds(lang, 'table-wrap')).toEqual(pageIds(lang, 'figure.table-figure[id]'));
      expect(jatsIds(lang, 'table-wrap')).toHaveLength(2);
      expect(jatsIds(lang, 'fig')).toEqual(pageIds(lang, 'figure.figure[id]'));
      expect(jatsIds(lang, 'fig')).toHaveLength(6);
      const cites = jatsIds(lang, 'xref', (x) => x.getAttribute('ref-type') === 'bibr' && x.hasAttribute('id'));
      expect(cites).toEqual(pageIds(lang, '.article-body a.cite[id]'));
      expect(cites.length).toBeGreaterThanOrEqual(7);
    });
  }

  it('has the 7 references of the reference list', () => {
    const refs = els(article, 'ref').map((r) => r.getAttribute('id'));
    expect(refs).toHaveLength(7);
    for (const lang of LANGS) expect(refs).toEqual(pageIds(lang, 'li[id^="ref-"]'));
  });
});
