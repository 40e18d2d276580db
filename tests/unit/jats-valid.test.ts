/**
 * Every JATS file the generator can write is well-formed whatever the content holds, and valid
 * against the JATS 1.3 Journal Publishing XSD in ../shared/schemas/jats: the seed article, the
 * fixture journal's articles (test content: front-only editions, a Russian original, two
 * affiliations, ORCID) and an article full of hostile text. Without ../shared the schema
 * validation is reported as skipped, with the reason; well-formedness is checked regardless.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/content/mdx-source.ts';
import { articleFiles } from '../../src/lib/export/downloads.ts';
import { jatsUnavailable, jatsXml } from '../../src/lib/export/jats.ts';
import { jatsInput } from '../../src/lib/export/jats-source.ts';
import { articleHead } from '../../src/lib/head/article.ts';
import type { ArticleRecord } from '../../src/lib/model/types.ts';
import { loadRecord } from '../helpers/article-record.ts';
import { CYRILLIC_ONLY, GROUP, withUnusualAuthors } from '../helpers/unusual-authors.ts';
import { els, fixtureJournal, jatsDom, loadRecordFrom, own, validateJats, wellFormed } from '../helpers/jats.ts';
import { needShared } from '../helpers/shared.ts';

const FIXTURES = fs.readdirSync(path.join(fixtureJournal, 'articles')).sort();
const fixture = (slug: string) => loadRecordFrom(fixtureJournal, slug);
/** The fixture journal has no ISSN (a bad-input test adds one); JATS needs one, so these tests lend it a test ISSN. */
const withIssn = (rec: ArticleRecord): ArticleRecord => ({ ...rec, journal: { ...rec.journal, issn: [{ value: '0000-0019' }] } });
const fixtureXml = (slug: string) => {
  const rec = withIssn(fixture(slug));
  return jatsXml(rec, jatsInput(rec, path.join(fixtureJournal, 'articles', slug)));
};

const HOSTILE = 'A\u0001B\u0007 ]]> <script>alert(1)</script> &amp; &nbsp; \uFFFE\uD800 end';
const hostileBody = [
  '## 1. Title with ]]> and \u0007 bell',
  '',
  'Text with&nbsp;a no-break space, ]]> and \u0001 control, `<script>x</script>` as code [1].',
  '',
  '<script>alert(1)</script>',
  '',
  '- item with <b>bold</b> and [a link](javascript:alert(1))',
].join('\n');

function hostileXml(): string {
  const seed = loadRecord();
  const en = { ...seed.editions.en!, title: HOSTILE, abstract: HOSTILE, keywords: [HOSTILE] };
  const rec: ArticleRecord = { ...seed, editions: { en }, meta: { ...seed.meta, references: [{ ...seed.meta.references[0]!, text: HOSTILE, title: HOSTILE }] } };
  const { source } = parseMdx('hostile.mdx', `---\ntitle: x\n---\n${hostileBody}\n`);
  return jatsXml(rec, { bodies: { en: { tree: source.tree!, file: 'hostile.mdx' } }, figures: {} });
}

describe('hostile text in titles, abstracts, references and the body', () => {
  const xml = hostileXml();
  const article = jatsDom(xml).documentElement;

  it('leaves the file well-formed', () => {
    expect(wellFormed(xml)).toMatchObject({ status: 0 });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('keeps the text as text: no script element, markup escaped, the no-break space kept', () => {
    expect(els(article, 'script')).toHaveLength(0);
    expect(els(article, 'article-title')[0]!.textContent).toBe('AB ]]> <script>alert(1)</script> &amp; &nbsp;  end');
    const p = els(els(article, 'body')[0]!, 'p')[0]!;
    expect(p.textContent).toContain('with\u00a0a no-break space, ]]>');
    expect(els(p, 'monospace')[0]!.textContent).toBe('<script>x</script>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('editions with front matter only, and other originals (fixture journal)', () => {
  it('puts a Russian original in the article and the English front-only edition in trans-* elements', () => {
    const a = jatsDom(fixtureXml('fixture-russian-only')).documentElement;
    const en = fixture('fixture-russian-only').editions.en!;
    expect(a.getAttribute('xml:lang')).toBe('ru');
    expect(els(a, 'sub-article')).toHaveLength(0);
    expect(els(a, 'trans-title-group').filter((g) => g.parentNode!.nodeName === 'title-group').map((g) => [g.getAttribute('xml:lang'), g.textContent])).toEqual([['en', en.title]]);
    expect(els(a, 'trans-abstract').map((t) => t.getAttribute('xml:lang'))).toEqual(['en']);
    expect(els(a, 'kwd-group').map((g) => g.getAttribute('xml:lang'))).toEqual(['ru', 'en']);
  });

  it('writes ORCID as contrib-id and links each of two affiliations', () => {
    const a = jatsDom(fixtureXml('fixture-two-affiliations')).documentElement;
    const first = els(els(a, 'article-meta')[0]!, 'contrib')[0]!;
    expect(els(first, 'contrib-id').map((c) => [c.getAttribute('contrib-id-type'), c.textContent])).toEqual([['orcid', 'https://orcid.org/0000-0002-1825-0097']]);
    expect(els(first, 'xref').map((x) => x.getAttribute('rid'))).toEqual(['aff-uni-a', 'aff-uni-b']);
    expect(els(a, 'sub-article').map((s) => s.getAttribute('xml:lang'))).toEqual(['kk', 'ru']);
    expect(own(els(a, 'sub-article')[1]!, 'xref').map((x) => x.getAttribute('id')).filter(Boolean)).toEqual(['cite-1-1-ru', 'cite-2-1-ru']);
  });

  it('offers no JATS for a journal without an ISSN, in the head and the downloads', () => {
    const rec = fixture('fixture-no-kk');
    expect(jatsUnavailable(rec)).toMatch(/ISSN/);
    expect(() => jatsXml(rec, jatsInput(rec, path.join(fixtureJournal, 'articles', rec.slug)))).toThrow(/ISSN/);
    expect(articleHead(rec, 'en').filter((t) => t.attrs.type === 'application/jats+xml')).toEqual([]);
    expect(articleFiles(rec)).toEqual([]);
    const seed = loadRecord();
    expect(articleHead(seed, 'kk').filter((t) => t.attrs.type === 'application/jats+xml').map((t) => t.attrs.href)).toEqual([`${seed.journal.siteUrl}/articles/${seed.slug}/jats.xml`]);
  });
});

/** The two-affiliations fixture (en original, kk and ru translations) with a group author and a Cyrillic-only name. */
function unusualAuthorsXml(): string {
  const slug = 'fixture-two-affiliations';
  const rec = withUnusualAuthors(withIssn(fixture(slug)));
  return jatsXml(rec, jatsInput(rec, path.join(fixtureJournal, 'articles', slug)));
}

describe('a group author and a name in one script only (test content)', () => {
  const article = jatsDom(unusualAuthorsXml()).documentElement;
  const contribs = (root: Element) => els(root, 'contrib');
  const text = (e: Element) => (e.textContent ?? '').trim();

  it('writes the group author as collab in each script it is named in, with no person name', () => {
    const c = contribs(els(article, 'article-meta')[0]!)[0]!;
    expect(els(c, 'name')).toHaveLength(0);
    expect(els(c, 'surname')).toHaveLength(0);
    const collabs = Object.fromEntries(els(c, 'collab').map((x) => [x.getAttribute('xml:lang'), text(x)]));
    expect(collabs).toEqual({ en: GROUP.latin, ru: GROUP.ru });
    expect(els(c, 'collab-alternatives')).toHaveLength(1);
    for (const sub of els(article, 'sub-article')) {
      const lang = sub.getAttribute('xml:lang');
      const inSub = contribs(sub)[0]!;
      expect(els(inSub, 'collab').map(text), String(lang)).toEqual([GROUP.ru]);
      expect(els(inSub, 'collab')[0]!.getAttribute('xml:lang')).toBe('ru');
    }
  });

  it('prints a Cyrillic-only name once, marked as Russian, in the article and every translation', () => {
    for (const root of [els(article, 'article-meta')[0]!, ...els(article, 'sub-article')]) {
      const names = els(contribs(root)[1]!, 'name');
      expect(names.map((n) => n.getAttribute('xml:lang'))).toEqual(['ru']);
      expect(text(els(names[0]!, 'surname')[0]!)).toBe(CYRILLIC_ONLY.family);
      expect(text(els(names[0]!, 'given-names')[0]!)).toBe(CYRILLIC_ONLY.initials);
    }
  });

  it('keeps the affiliation numbering of the byline', () => {
    const [group, cyrillic] = contribs(els(article, 'article-meta')[0]!);
    const rid = (c: Element) => els(c, 'xref').map((x) => x.getAttribute('rid'));
    expect(rid(group!)).toEqual(['aff-uni-a']);
    expect(rid(cyrillic!)).toEqual(['aff-uni-b']);
    expect(own(els(article, 'article-meta')[0]!, 'aff').map((a) => a.getAttribute('id'))).toEqual(['aff-uni-a', 'aff-uni-b']);
  });
});

describe('validation against the JATS 1.3 XSD in ../shared (never copied into the repository)', () => {
  it('validates the seed article, every fixture article, the hostile one and the unusual byline (needs ../shared)', (ctx) => {
    needShared(ctx, 'schemas/jats');
    const seed = loadRecord();
    const docs: Record<string, string> = { seed: jatsXml(seed, jatsInput(seed)), hostile: hostileXml(), unusual: unusualAuthorsXml() };
    for (const slug of FIXTURES) docs[slug] = fixtureXml(slug);
    const r = validateJats(docs);
    expect(r.out).not.toMatch(/error/i);
    expect(r.status, r.out).toBe(0);
    for (const name of Object.keys(docs)) expect(r.out).toContain(`${name}.xml validates`);
  });
});
