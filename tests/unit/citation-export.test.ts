/** The canonical CSL items and the download formats made from them, parsed back with libraries. */
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { LANGS } from '../../src/i18n/locales.ts';
import { escapeBibtex, toBibtex } from '../../src/lib/export/bibtex.ts';
import { asciiWord, citationKey } from '../../src/lib/model/citation-key.ts';
import { editionView } from '../../src/lib/model/view.ts';
import { articleCsl, referencesCsl, type CslItem } from '../../src/lib/export/csl.ts';
import { toCslJson } from '../../src/lib/export/csl-json.ts';
import { toEnw } from '../../src/lib/export/enw.ts';
import { toRis } from '../../src/lib/export/ris.ts';
import { authorName } from '../../src/lib/model/names.ts';
import { loadRecord } from '../helpers/article-record.ts';

const rec = loadRecord();
const parse = (text: string) => new Cite(text).data[0] as CslItem & { 'citation-key'?: string };

describe('the CSL item of each edition', () => {
  for (const lang of LANGS) {
    it(`carries the ${lang} edition's title, abstract and keywords and the authors as it writes them`, () => {
      const item = articleCsl(rec, lang);
      const ed = rec.editions[lang]!;
      expect(item.title).toBe(ed.title);
      expect(item.abstract).toBe(ed.abstract);
      expect(item.keyword).toBe(ed.keywords.join(', '));
      expect(item.author).toEqual(rec.meta.authors.map((a) => ({ family: authorName(a, lang).family, given: authorName(a, lang).given })));
      expect(item['container-title']).toBe(rec.journal.title[lang]);
      expect(item.language).toBe(lang);
      expect(item.DOI).toBe(rec.meta.doi);
      expect(item.page).toBe(`${rec.meta.pages.first}-${rec.meta.pages.last}`);
      expect(item.issued).toEqual({ 'date-parts': [[2022]] });
      expect(item.URL).toBe(`https://journal.example.org/${lang}/articles/bloggers-and-the-state/`);
    });
  }
  it('has one ASCII citation key for every edition, made from the first author, year and title', () => {
    expect(citationKey(rec)).toBe('koshkenov2022bloggers');
    expect(asciiWord('Көшкенов')).toBe('koshkenov');
    expect(asciiWord('Łódź')).toBe('lodz');
    for (const lang of LANGS) expect(articleCsl(rec, lang).id).toMatch(/^[a-z0-9]+$/);
  });
  it('makes one item per reference, keeping its DOI, URL and access date', () => {
    const refs = referencesCsl(rec);
    expect(refs.map((r) => r.id)).toEqual(rec.meta.references.map((r) => r.id));
    expect(refs[0]).toMatchObject({ type: 'webpage', URL: 'https://datareportal.com/reports/digital-2022-kazakhstan', accessed: { 'date-parts': [[2021, 12, 5]] } });
    expect(refs[2]).toMatchObject({ type: 'report', author: [{ family: 'Kujawski', given: 'Mike' }], issued: { 'date-parts': [[2017]] } });
  });
});

describe('BibTeX', () => {
  it('escapes the characters LaTeX treats specially, in one pass', () => {
    expect(escapeBibtex('R&D {x} 5% $1 #2 a_b ~ ^ \\')).toBe('R\\&D \\{x\\} 5\\% \\$1 \\#2 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
  });
  for (const lang of LANGS) {
    it(`parses back to the ${lang} edition's metadata with Cyrillic kept as UTF-8`, () => {
      const item = articleCsl(rec, lang);
      const bib = toBibtex(item);
      expect(bib.startsWith('@article{koshkenov2022bloggers,')).toBe(true);
      const back = parse(bib);
      expect(back.title).toBe(item.title);
      expect(back.author).toEqual(item.author);
      expect(back['container-title']).toBe(item['container-title']);
      expect(back.DOI).toBe(item.DOI);
      expect(back.page).toBe(item.page);
      expect(back.issue).toBe(item.issue);
      expect(back.issued).toEqual(item.issued);
      expect(back['citation-key']).toBe('koshkenov2022bloggers');
    });
  }
  it('round-trips a title full of special characters', () => {
    const item = { ...articleCsl(rec, 'ru'), title: 'Тест {x} & 100% $y_z #1' };
    const bib = toBibtex(item);
    expect(bib).toContain('title = {Тест \\{x\\} \\& 100\\% \\$y\\_z \\#1}');
    expect(parse(bib).title).toBe('Тест {x} & 100% $y_z #1');
  });
});

describe('RIS', () => {
  for (const lang of LANGS) {
    it(`parses back to the ${lang} edition's metadata`, () => {
      const item = articleCsl(rec, lang);
      const ris = toRis(editionView(rec, lang));
      const back = parse(ris);
      expect(back.type).toBe('article-journal');
      expect(back.title).toBe(item.title);
      expect(back.author).toEqual(item.author);
      expect(back['container-title']).toBe(item['container-title']);
      expect(back.DOI).toBe(item.DOI);
      expect(back.page).toBe(item.page);
      expect(back.issue).toBe(item.issue);
      expect(back.ISSN).toBe(item.ISSN);
      expect(back.abstract).toBe(item.abstract);
      expect(back.language).toBe(lang);
      expect(String(back.keyword).split(',')).toEqual(item.keyword!.split(', '));
    });
  }
  it('writes one line per field with CRLF endings and ends with ER', () => {
    const ris = toRis(editionView(rec, 'kk'));
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(ris).toContain('SP  - 15\r\nEP  - 22\r\n');
    expect(ris).toContain('AU  - Көшкенов, Н.Ж.');
  });
});

describe('EndNote and CSL-JSON', () => {
  it('writes an EndNote record with the fields tagged', () => {
    const enw = toEnw(editionView(rec, 'ru'));
    expect(enw.split('\n')[0]).toBe('%0 Journal Article');
    expect(enw).toContain('%A Кошкенов, Н.Ж.\n%A Молдабаев, Х.С.\n');
    expect(enw).toContain('%P 15-22\n');
    expect(enw).toContain('%R 10.32523/2616-7174-2022-141-4-15-22\n');
    for (const l of enw.trim().split('\n')) expect(l).toMatch(/^%[0-9A-Z@] \S/);
  });
  it('writes the canonical item as a CSL-JSON array', () => {
    const item = articleCsl(rec, 'kk');
    expect(JSON.parse(toCslJson(item))).toEqual([item]);
    expect(new Cite(JSON.parse(toCslJson(item))).data[0]!.title).toBe(item.title);
  });
});
