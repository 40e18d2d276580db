/** Head tags per edition: Highwire, Dublin Core, Open Graph and JSON-LD, against the model. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { articleHead } from '../../src/lib/head/article.ts';
import type { HeadTag } from '../../src/lib/head/tags.ts';
import { authorName } from '../../src/lib/model/names.ts';
import { loadRecord } from '../helpers/article-record.ts';

const rec = loadRecord();
const metas = (tags: HeadTag[], name: string) => tags.filter((t) => t.tag === 'meta' && (t.attrs.name ?? t.attrs.property) === name).map((t) => t.attrs.content);
const jsonLd = (tags: HeadTag[]) => JSON.parse(tags.find((t) => t.tag === 'script')!.content!);

describe('Highwire citation_* tags', () => {
  for (const lang of LANGS) {
    it(`are complete for the ${lang} edition, in its language and script`, () => {
      const tags = articleHead(rec, lang);
      const ed = rec.editions[lang]!;
      expect(metas(tags, 'citation_title')).toEqual([ed.title]);
      expect(metas(tags, 'citation_author')).toEqual(rec.meta.authors.map((a) => `${authorName(a, lang).family}, ${authorName(a, lang).given}`));
      expect(metas(tags, 'citation_publication_date')).toEqual(['2022']);
      expect(metas(tags, 'citation_journal_title')).toEqual([rec.journal.title[lang]]);
      expect(metas(tags, 'citation_publisher')).toEqual([rec.journal.publisher[lang]]);
      expect(metas(tags, 'citation_issn')).toEqual(['2616-7174']);
      expect(metas(tags, 'citation_issue')).toEqual(['4']);
      expect(metas(tags, 'citation_volume')).toEqual([]);
      expect(metas(tags, 'citation_firstpage')).toEqual(['15']);
      expect(metas(tags, 'citation_lastpage')).toEqual(['22']);
      expect(metas(tags, 'citation_doi')).toEqual([rec.meta.doi]);
      expect(metas(tags, 'citation_language')).toEqual([lang]);
      expect(metas(tags, 'citation_keywords')).toEqual(ed.keywords);
      const url = `https://journal.example.org/${lang}/articles/bloggers-and-the-state/`;
      expect(metas(tags, 'citation_abstract_html_url')).toEqual([url]);
      expect(metas(tags, 'citation_fulltext_html_url')).toEqual([url]);
      expect(metas(tags, 'citation_reference')).toHaveLength(rec.meta.references.length);
      expect(metas(tags, 'citation_pdf_url')).toEqual([`${url}article.pdf`]);
      // One language per tag: no Latin letters in Kazakh and Russian values, no Cyrillic in English ones.
      const own = ['citation_title', 'citation_author', 'citation_author_institution', 'citation_journal_title', 'citation_publisher', 'citation_keywords'];
      for (const name of own)
        for (const v of metas(tags, name)) expect(v, `${name}: ${v}`).not.toMatch(lang === 'en' ? /[\u0400-\u04FF]/ : /[A-Za-z]/);
    });
  }
  it('follow each author with that author institutions, in byline order', () => {
    const tags = articleHead(rec, 'en').filter((t) => /^citation_author/.test(t.attrs.name ?? ''));
    expect(tags.map((t) => `${t.attrs.name}=${t.attrs.content}`)).toEqual([
      'citation_author=Koshkenov, N.Zh.',
      'citation_author_institution=L.N. Gumilyov Eurasian National University, Astana, Kazakhstan',
      'citation_author_email=nkzh@mail.ru',
      'citation_author=Moldabayev, Kh.S.',
      'citation_author_institution=Department of Journalism and Political Science, L.N. Gumilyov Eurasian National University, Astana, Kazakhstan',
    ]);
  });
  it('give an ORCID and a PDF only when the model has them', () => {
    const withBoth = structuredClone(rec);
    withBoth.meta.pdf = '/pdf/article.pdf';
    withBoth.meta.authors[1]!.orcid = '0000-0002-1825-0097';
    const tags = articleHead(withBoth, 'ru');
    expect(metas(tags, 'citation_pdf_url')).toEqual(['https://journal.example.org/pdf/article.pdf']);
    expect(metas(tags, 'citation_author_orcid')).toEqual(['https://orcid.org/0000-0002-1825-0097']);
  });
});

describe('Dublin Core', () => {
  it('gives the edition title and abstract, then the other editions with xml:lang', () => {
    const tags = articleHead(rec, 'kk').filter((t) => /^DC\.(Title|Description)/.test(t.attrs.name ?? ''));
    expect(tags.map((t) => [t.attrs.name, t.attrs['xml:lang'], t.attrs.lang])).toEqual([
      ['DC.Title', 'kk', 'kk'],
      ['DC.Title.Alternative', 'en', 'en'],
      ['DC.Title.Alternative', 'ru', 'ru'],
      ['DC.Description', 'kk', 'kk'],
      ['DC.Description', 'en', 'en'],
      ['DC.Description', 'ru', 'ru'],
    ]);
    expect(tags[2]!.attrs.content).toBe(rec.editions.ru!.title);
    expect(tags[4]!.attrs.content).toBe(rec.editions.en!.abstract);
  });
  it('names the DOI, the source journal with its ISSN and the pages', () => {
    const tags = articleHead(rec, 'en');
    expect(metas(tags, 'DC.Identifier.DOI')).toEqual([rec.meta.doi]);
    expect(metas(tags, 'DC.Source.ISSN')).toEqual(['2616-7174']);
    expect(metas(tags, 'DC.Identifier.pageNumber')).toEqual(['15-22']);
    expect(metas(tags, 'DC.Creator.PersonalName')).toEqual(['Koshkenov, N.Zh.', 'Moldabayev, Kh.S.']);
  });
});

describe('schema.org JSON-LD', () => {
  it('describes the original as a ScholarlyArticle with its translations', () => {
    const ld = jsonLd(articleHead(rec, 'en'));
    expect(ld['@type']).toBe('ScholarlyArticle');
    expect(ld.headline).toBe(rec.editions.en!.title);
    expect(ld.inLanguage).toBe('en');
    expect(ld.datePublished).toBe('2022');
    expect(ld.pagination).toBe('15-22');
    expect(ld.identifier).toEqual({ '@type': 'PropertyValue', propertyID: 'DOI', value: rec.meta.doi });
    expect(ld.sameAs).toBe(`https://doi.org/${rec.meta.doi}`);
    expect(ld.isPartOf).toMatchObject({ '@type': 'PublicationIssue', issueNumber: '4', isPartOf: { '@type': 'Periodical', issn: ['2616-7174'] } });
    expect(ld.author.map((a: { name: string }) => a.name)).toEqual(['N.Zh. Koshkenov', 'Kh.S. Moldabayev']);
    expect(ld.author[1].affiliation[0]).toEqual({ '@type': 'Organization', name: 'Department of Journalism and Political Science, L.N. Gumilyov Eurasian National University, Astana, Kazakhstan' });
    expect(ld.keywords).toEqual(rec.editions.en!.keywords);
    expect(ld.citation).toHaveLength(7);
    expect(ld.workTranslation).toEqual([
      { '@id': 'https://journal.example.org/kk/articles/bloggers-and-the-state/#article' },
      { '@id': 'https://journal.example.org/ru/articles/bloggers-and-the-state/#article' },
    ]);
    expect(ld.translationOfWork).toBeUndefined();
  });
  it('links a translation to the original', () => {
    const ld = jsonLd(articleHead(rec, 'ru'));
    expect(ld.inLanguage).toBe('ru');
    expect(ld.headline).toBe(rec.editions.ru!.title);
    expect(ld.author[0].name).toBe('Н.Ж. Кошкенов');
    expect(ld.translationOfWork).toEqual({ '@id': 'https://journal.example.org/en/articles/bloggers-and-the-state/#article' });
    expect(ld.workTranslation).toBeUndefined();
  });
  it('cannot close its script block early', () => {
    const evil = structuredClone(rec);
    evil.editions.en!.title = '</script><script>alert(1)</script>';
    const script = articleHead(evil, 'en').find((t) => t.tag === 'script')!;
    expect(script.content).not.toContain('</script>');
    expect(JSON.parse(script.content!).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('Open Graph article tags', () => {
  it('give the date, the authors as the edition writes them and the keywords', () => {
    const tags = articleHead(rec, 'kk');
    expect(metas(tags, 'article:published_time')).toEqual(['2022']);
    expect(metas(tags, 'article:author')).toEqual(['Н.Ж. Көшкенов', 'Х.С. Молдабаев']);
    expect(metas(tags, 'article:tag')).toEqual(rec.editions.kk!.keywords);
  });
});
