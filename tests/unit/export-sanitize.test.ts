/**
 * Exports stay well-formed whatever the text holds (issue 13.4). The hostile strings are TEST
 * CONTENT put into an in-memory copy of the real record; every file is parsed back by a real
 * parser (citation-js for BibTeX and RIS, libxml2's xmllint for XML).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { toBibtex } from '~/lib/export/bibtex.ts';
import { crossrefDeposit } from '~/lib/export/crossref.ts';
import { cslItem } from '~/lib/export/csl.ts';
import { toEnw } from '~/lib/export/enw.ts';
import { toRis } from '~/lib/export/ris.ts';
import { lineValue, xmlText } from '~/lib/export/sanitize.ts';
import { normalizeDoi } from '~/lib/identifiers/doi.ts';
import { editionView } from '~/lib/model/view.ts';
import { atomFeed } from '~/lib/site/atom.ts';
import { journalPages, sitemapXml } from '~/lib/site/sitemap.ts';
import { loadRecord } from '../helpers/article-record.ts';

const BREAKS = 'one\r\nER  - \r\nTY  - BOOK\nKW  - injected\u2028two\u2029three\u0085four\vfive\fsix';
const XML_HOSTILE = 'nul\u0000 bell\u0007 esc\u001b ref&#0; ent&nbsp; amp& R&D <b>tag</b> ]]> lone\ud800 pair\ud83d\ude00 nonchar\uffff\ufffe end';
const BRACES = 'closes } early { and \\ backslash % 100$ #1 a_b ~ ^';

function hostileRecord() {
  const rec = structuredClone(loadRecord());
  const en = rec.editions.en!;
  en.title = `Title ${BREAKS} ${BRACES}`;
  en.abstract = `Abstract ${XML_HOSTILE} ${BREAKS}`;
  en.keywords = ['plain', `kw ${BREAKS}`, `xml ${XML_HOSTILE}`, `brace ${BRACES}`];
  rec.meta.authors[0]!.family!.latin = `Koshkenov\nER  - `;
  return rec;
}

const xmllint = (xml: string, ...args: string[]) => spawnSync('xmllint', [...(args.length ? args : ['--noout']), '-'], { input: xml, encoding: 'utf8' });
const hasXmllint = !spawnSync('xmllint', ['--version']).error;

describe('line formats (RIS, EndNote)', () => {
  it('never carry a line break or control character inside a value', () => {
    expect(lineValue(BREAKS)).not.toMatch(/[\r\n\u0085\u2028\u2029\v\f]/);
    expect(lineValue('a\u0000b\u001fc\td')).toBe('abc d');
  });
  it('RIS parses back as one record with every keyword whole', () => {
    const v = editionView(hostileRecord(), 'en');
    const ris = toRis(v);
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(1);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
    for (const line of ris.split('\r\n').slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    const back = new Cite(ris).data as Record<string, unknown>[];
    expect(back).toHaveLength(1);
    expect(back[0]!.title).toBe(lineValue(v.fullTitle).replace(/ {2,}/g, ' '));
    expect(ris.match(/^KW {2}- /gm)).toHaveLength(v.keywords.length);
  });
  it('EndNote has one tag per line', () => {
    const enw = toEnw(editionView(hostileRecord(), 'en'));
    for (const line of enw.trimEnd().split('\n')) expect(line).toMatch(/^%[0-9A-Z@] \S/);
    expect(enw.match(/^%0 /gm)).toHaveLength(1);
  });
});

describe('BibTeX', () => {
  it('keeps braces balanced and escaped, so a stray brace never closes a field', () => {
    const item = { ...cslItem(editionView(hostileRecord(), 'en')), URL: 'https://example.org/a}b{c\\d' };
    const bib = toBibtex(item);
    let depth = 0;
    for (const c of bib) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    const back = new Cite(bib).data as Record<string, unknown>[];
    expect(back).toHaveLength(1);
    // BibTeX, like LaTeX, reads runs of blanks as one space.
    const squash = (t: string) => lineValue(t).replace(/\s+/g, ' ');
    expect(back[0]!.title).toBe(squash(item.title!));
    expect(back[0]!.URL).toBe('https://example.org/a%7Db%7Bc%5Cd');
    expect(back[0]!.DOI).toBe(item.DOI);
    expect(back[0]!.abstract).toBe(squash(item.abstract!));
  });
});

describe('DOI', () => {
  it('accepts the characters Crossref allows and nothing else', () => {
    expect(normalizeDoi('10.1000/xyz(1)-2;3:4/5_6.7')).toBe('10.1000/xyz(1)-2;3:4/5_6.7');
    for (const bad of ['10.1000/a}b', '10.1000/a{b', '10.1000/a b', '10.1000/<x>', '10.1000/a"b', '10.1000/a&b', '10.1000/a#b', '10.1000/a\\b', '10.1000/a%7d'])
      expect(normalizeDoi(bad), bad).toBeNull();
  });
});

describe.skipIf(!hasXmllint)('XML outputs (skipped only when xmllint is not installed)', () => {
  const rec = hostileRecord();
  const expectedText = xmlText(`Abstract ${XML_HOSTILE} ${BREAKS}`).replaceAll('&amp;', '&');
  it('drops what XML 1.0 forbids and escapes every &: Crossref parses and keeps the text', () => {
    const xml = crossrefDeposit(rec, { timestamp: '20260101000000' });
    const r = xmllint(xml);
    expect(r.status, r.stderr).toBe(0);
    const text = xmllint(xml, '--xpath', 'string(//*[local-name()="abstract"][@xml:lang="en"]/*[local-name()="p"])').stdout;
    // An XML parser reads CR and CRLF as LF.
    expect(text.replace(/\n$/, '')).toBe(expectedText.replace(/\r\n?/g, '\n').trim());
    expect(xml).toContain('ref&amp;#0;');
    expect(xml).toContain('ent&amp;nbsp;');
    expect(xml).toContain('pair\ud83d\ude00');
  });
  it('Atom and the sitemap parse too', () => {
    for (const xml of [atomFeed(rec.journal, 'en', [rec]), sitemapXml(`${rec.journal.siteUrl}/?a=1&b=2`, journalPages([rec.issue], [rec]), 'en')]) {
      const r = xmllint(xml);
      expect(r.status, r.stderr).toBe(0);
    }
  });
});
