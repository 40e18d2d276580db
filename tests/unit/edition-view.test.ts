/**
 * The edition view is the one source every output projects: what it holds comes out the same
 * in every format. The record here is TEST CONTENT built in memory from the real article
 * (three invented test authors, a keyword with a comma); nothing is published.
 */
import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { LANGS } from '~/i18n/locales.ts';
import { articleCsl } from '~/lib/export/csl.ts';
import { crossrefDeposit } from '~/lib/export/crossref.ts';
import { toEnw } from '~/lib/export/enw.ts';
import { toRis } from '~/lib/export/ris.ts';
import { articleHead } from '~/lib/head/article.ts';
import type { HeadTag } from '~/lib/head/tags.ts';
import type { ArticleRecord } from '~/lib/model/types.ts';
import { editionView } from '~/lib/model/view.ts';
import { atomFeed } from '~/lib/site/atom.ts';
import { loadRecord } from '../helpers/article-record.ts';

const COMMA = 'media, state and society';

/** The real article with three test authors, each with two affiliations, and a comma keyword. */
function testRecord(): ArticleRecord {
  const rec = structuredClone(loadRecord());
  rec.meta.affiliations.push({ id: 'test-lab', name: { en: 'Test Laboratory', kk: 'Сынақ зертханасы', ru: 'Тестовая лаборатория' }, country: 'KZ' });
  const person = (latin: string, cyr: string, affs: string[]) => ({
    family: { latin, kk: cyr, ru: cyr },
    initials: { latin: 'T.', kk: 'Т.', ru: 'Т.' },
    affiliations: affs,
    corresponding: false,
  });
  rec.meta.authors = [
    person('Testova', 'Тестова', ['enu', 'test-lab']),
    person('Probov', 'Пробов', ['test-lab', 'enu-journalism']),
    person('Primerov', 'Примеров', ['enu-journalism', 'enu']),
  ];
  for (const l of LANGS) rec.editions[l]!.keywords = [COMMA, ...rec.editions[l]!.keywords];
  return rec;
}

const metas = (tags: HeadTag[], name: string) => tags.filter((t) => t.tag === 'meta' && (t.attrs.name ?? t.attrs.property) === name).map((t) => t.attrs.content);
const jsonLd = (tags: HeadTag[]) => JSON.parse(tags.find((t) => t.tag === 'script')!.content!);
const tagged = (text: string, tag: string, sep: string) =>
  text.split(/\r?\n/).filter((l) => l.startsWith(`${tag}${sep}`)).map((l) => l.slice(tag.length + sep.length));

describe('the edition view', () => {
  const rec = testRecord();
  it('keeps a keyword that contains a comma whole in every format with one field per keyword', () => {
    for (const lang of LANGS) {
      const v = editionView(rec, lang);
      const head = articleHead(rec, lang);
      const kws = v.keywords;
      expect(kws[0]).toBe(COMMA);
      expect(metas(head, 'citation_keywords')).toEqual(kws);
      expect(metas(head, 'DC.Subject')).toEqual(kws);
      expect(metas(head, 'article:tag')).toEqual(kws);
      expect(jsonLd(head).keywords).toEqual(kws);
      expect(tagged(toRis(v), 'KW', '  - ')).toEqual(kws);
      expect(tagged(toEnw(v), '%K', ' ')).toEqual(kws);
      const terms = [...atomFeed(rec.journal, lang, [rec]).matchAll(/<category term="([^"]*)"/g)].map((m) => m[1]);
      expect(terms).toEqual(kws);
    }
  });

  it('gives three authors with two affiliations each identically to Highwire, JSON-LD, CSL and Crossref', () => {
    const v = editionView(rec, 'en');
    const expected = v.authors.map((a) => ({ family: a.name.family, given: a.name.given, affs: a.affiliations.map((x) => x.text) }));
    expect(expected.map((a) => a.affs.length)).toEqual([2, 2, 2]);
    expect(expected.map((a) => a.family)).toEqual(['Testova', 'Probov', 'Primerov']);

    // Highwire: each citation_author followed by its institutions.
    const hw: typeof expected = [];
    for (const t of articleHead(rec, 'en')) {
      if (t.attrs.name === 'citation_author') {
        const [family, given] = t.attrs.content!.split(', ');
        hw.push({ family: family!, given: given!, affs: [] });
      }
      if (t.attrs.name === 'citation_author_institution') hw.at(-1)!.affs.push(t.attrs.content!);
    }
    expect(hw).toEqual(expected);

    const ld = jsonLd(articleHead(rec, 'en')).author as { familyName: string; givenName: string; affiliation: { name: string }[] }[];
    expect(ld.map((a) => ({ family: a.familyName, given: a.givenName, affs: a.affiliation.map((x) => x.name) }))).toEqual(expected);

    expect(articleCsl(rec, 'en').author).toEqual(expected.map(({ family, given }) => ({ family, given })));

    const doc = create(crossrefDeposit(rec, { timestamp: '20260101000000' })).end({ format: 'object' }) as Record<string, any>;
    const people = doc.doi_batch.body.journal.journal_article.contributors.person_name as any[];
    const institutionText = (i: any) =>
      [...[i.institution_department ?? []].flat().reverse(), i.institution_name, i.institution_place].filter(Boolean).join(', ');
    expect(
      people.map((p) => ({ family: p.surname, given: p.given_name, affs: [p.affiliations.institution].flat().map(institutionText) })),
    ).toEqual(expected);
  });
});

describe('authors of any shape', () => {
  /** TEST CONTENT: five authors: a group author, a name in Cyrillic only with two affiliations and an ORCID. */
  function shapes(): ArticleRecord {
    const rec = structuredClone(loadRecord());
    const base = rec.meta.authors;
    rec.meta.authors = [
      base[0]!,
      { family: { ru: 'Иванова' }, initials: { ru: 'А.Б.' }, affiliations: ['enu', 'enu-journalism'], orcid: '0000-0002-1825-0097', corresponding: false },
      { name: { latin: 'Test Research Group', ru: 'Тестовая исследовательская группа' }, affiliations: [], corresponding: false },
      base[1]!,
      { family: { latin: 'Fifth' }, given: { latin: 'Test' }, affiliations: ['enu'], corresponding: false },
    ];
    return rec;
  }
  const rec = shapes();

  it('prints a one-script name in that script in every edition', () => {
    for (const lang of LANGS) expect(editionView(rec, lang).authors[1]!.name.sorted).toBe('Иванова, А.Б.');
  });
  it('gives a group author as one name in every format, and the ORCID where a format has a place', () => {
    const head = articleHead(rec, 'en');
    expect(metas(head, 'citation_author')).toEqual(['Koshkenov, N.Zh.', 'Иванова, А.Б.', 'Test Research Group', 'Moldabayev, Kh.S.', 'Fifth, Test']);
    expect(metas(head, 'citation_author_orcid')).toEqual(['https://orcid.org/0000-0002-1825-0097']);
    expect(metas(head, 'DC.Creator.CorporateName')).toEqual(['Test Research Group']);
    const ld = jsonLd(head).author as Record<string, unknown>[];
    expect(ld[2]).toEqual({ '@type': 'Organization', name: 'Test Research Group', affiliation: [] });
    expect(ld[1]!.sameAs).toBe('https://orcid.org/0000-0002-1825-0097');
    expect(articleCsl(rec, 'ru').author![2]).toEqual({ literal: 'Тестовая исследовательская группа' });
    const v = editionView(rec, 'en');
    expect(tagged(toRis(v), 'AU', '  - ')[2]).toBe('Test Research Group');
    expect(tagged(toEnw(v), '%A', ' ')[2]).toBe('Test Research Group,');
    const xml = crossrefDeposit(rec, { timestamp: '20260101000000' });
    expect(xml).toContain('<organization sequence="additional" contributor_role="author">Test Research Group</organization>');
    expect(xml).toContain('<ORCID authenticated="false">https://orcid.org/0000-0002-1825-0097</ORCID>');
    expect(xml.match(/<person_name /g)).toHaveLength(4);
  });
});
