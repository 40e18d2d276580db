/**
 * Every field the page carries survives each download that has a place for it, in the fields
 * Zotero's own importers read (zotero/translators BibTeX.js `fieldMap`/`processField`, RIS.js
 * `fieldMap`/`degenerateImportFieldMap`, Refer_BibIX.js `fieldMap`/`processTag`). BibTeX, RIS
 * and CSL-JSON are parsed back with citation-js; EndNote (no citation-js parser for core 0.9)
 * is read by the same tag rules as Zotero's Refer importer.
 */
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { LANGS } from '~/i18n/locales.ts';
import { DOWNLOADS } from '~/lib/export/downloads.ts';
import { editionView } from '~/lib/model/view.ts';
import { loadRecord } from '../helpers/article-record.ts';

const rec = loadRecord();
const render = (id: string, lang: (typeof LANGS)[number]) => DOWNLOADS.find((d) => d.id === id)!.render(editionView(rec, lang));

/** The Refer tags as Zotero's Refer/BibIX importer maps them (fieldMap, inputFieldMap, K, O). */
function readRefer(text: string) {
  const out: Record<string, string[]> = {};
  for (const line of text.split('\n')) {
    const m = /^%(.) (.*)$/.exec(line);
    if (m) (out[m[1]!] ??= []).push(m[2]!);
  }
  const extra = (out.O ?? []).join('\n');
  return {
    title: out.T?.[0], publicationTitle: out.J?.[0], abstractNote: out.X?.[0], language: out.G?.[0], url: out.U?.[0],
    pages: out.P?.[0], issue: out.N?.[0], tags: out.K ?? [],
    DOI: /^DOI: (.+)$/m.exec(extra)?.[1], ISSN: /^ISSN: (.+)$/m.exec(extra)?.[1],
  };
}

describe('what Zotero reads from each download', () => {
  for (const lang of LANGS) {
    const v = editionView(rec, lang);
    it(`.bib (${lang}): abstract, language, keywords, ISSN, DOI, URL`, () => {
      const bib = render('bibtex', lang);
      for (const field of ['abstract', 'language', 'keywords', 'issn', 'doi', 'url', 'journal']) expect(bib, field).toMatch(new RegExp(`^\\t${field} = \\{`, 'm'));
      const back = new Cite(bib).data[0] as Record<string, unknown>;
      expect(back.abstract).toBe(v.abstract);
      expect(back.language).toBe(v.tag);
      // Zotero splits BibTeX keywords on commas and semicolons (keywordDelimRe).
      expect(String(back.keyword).split(/\s*[,;]\s*/)).toEqual(v.keywords.flatMap((k) => k.split(/\s*[,;]\s*/)));
      expect(back.ISSN).toBe(v.journal.issn[0]);
      expect(back.DOI).toBe(v.doi);
      expect(back.URL).toBe(v.url);
    });
    it(`.ris (${lang}): the full journal title where Zotero reads the publication title, not JO`, () => {
      const ris = render('ris', lang);
      expect(ris).toContain(`T2  - ${v.journal.title}\r\n`);
      expect(ris).not.toMatch(/^JO {2}- /m);
      const back = new Cite(ris).data[0] as Record<string, unknown>;
      expect(back['container-title']).toBe(v.journal.title);
      expect(back.DOI).toBe(v.doi);
      expect(back.ISSN).toBe(v.journal.issn[0]);
      expect(back.abstract).toBe(v.abstract);
      expect(back.language).toBe(v.tag);
    });
    it(`.enw (${lang}): DOI and ISSN in tags Zotero's Refer importer keeps`, () => {
      const got = readRefer(render('endnote', lang));
      expect(got).toEqual({
        title: v.fullTitle, publicationTitle: v.journal.title, abstractNote: v.abstract, language: v.tag, url: v.url,
        pages: '15-22', issue: v.issue.number, tags: v.keywords, DOI: v.doi, ISSN: v.journal.issn[0],
      });
    });
    it(`.json (${lang}): the CSL item with every field`, () => {
      const back = new Cite(JSON.parse(render('csljson', lang))).data[0] as Record<string, unknown>;
      for (const k of ['title', 'abstract', 'DOI', 'ISSN', 'URL', 'language', 'container-title', 'keyword', 'page', 'issue'] as const) expect(back[k], k).toBeTruthy();
    });
  }
});
