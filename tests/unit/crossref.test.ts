/**
 * The Crossref deposit: its structure, and validation against the 5.4.0 XSD in ../shared with
 * xmllint. Without ../shared the validating tests are skipped with the reason (failed in CI,
 * REQUIRE_SHARED=1); without xmllint they fail and say why.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { depositTimeOf } from '../../src/lib/export/deposit-time.ts';
import { crossrefDeposit, depositTimestamp } from '../../src/lib/export/crossref.ts';
import { loadRecord } from '../helpers/article-record.ts';
import { validateCrossref as validate } from '../helpers/xmllint.ts';

const rec = loadRecord();
const xml = crossrefDeposit(rec, { timestamp: '20261129093000' });

describe('Crossref deposit', () => {
  it('validates against the Crossref 5.4.0 schema (needs ../shared)', (ctx) => {
    const r = validate(xml, ctx);
    expect(r.out).toContain('validates');
    expect(r.status, r.out).toBe(0);
  });
  it('is rejected by the same validation when an element is out of order (needs ../shared)', (ctx) => {
    const broken = xml.replace(/(<pages>[\s\S]*?<\/pages>)([\s\S]*?)(<publication_date media_type="online">\s*<year>2022<\/year>\s*<\/publication_date>\s*)(?=<pages>)/, '$3$1');
    const swapped = xml.replace(/<doi_data>/, '<pages><first_page>1</first_page></pages><doi_data>');
    const r = validate(broken === xml ? swapped : broken, ctx);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('fails to validate');
  });
  it('carries the title in all three languages in two titles blocks', () => {
    const blocks = [...xml.matchAll(/<titles>([\s\S]*?)<\/titles>/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(2);
    for (const b of blocks) expect(b).toContain(`<title>${rec.editions.en!.title}</title>`);
    expect(blocks[0]).toContain(`<original_language_title language="kk">${rec.editions.kk!.title}</original_language_title>`);
    expect(blocks[1]).toContain(`<original_language_title language="ru">${rec.editions.ru!.title}</original_language_title>`);
  });
  it('has one JATS abstract per language, with xml:lang', () => {
    expect([...xml.matchAll(/<jats:abstract xml:lang="(\w+)">/g)].map((m) => m[1])).toEqual(['en', 'kk', 'ru']);
    expect(xml).toContain(`<jats:p>${rec.editions.ru!.abstract}</jats:p>`);
  });
  it('lists the authors with their affiliations, the date, pages, DOI and references', () => {
    expect(xml).toContain('<person_name sequence="first" contributor_role="author">\n            <given_name>N.Zh.</given_name>\n            <surname>Koshkenov</surname>');
    expect(xml).toContain('<institution_department>Department of Journalism and Political Science</institution_department>');
    expect(xml).toMatch(/<publication_date media_type="online">\s*<year>2022<\/year>/);
    expect(xml).toMatch(/<pages>\s*<first_page>15<\/first_page>\s*<last_page>22<\/last_page>\s*<\/pages>/);
    expect(xml).toMatch(/<doi_data>\s*<doi>10\.32523\/2616-7174-2022-141-4-15-22<\/doi>\s*<resource>https:\/\/journal\.example\.org\/en\/articles\/bloggers-and-the-state\/<\/resource>/);
    expect([...xml.matchAll(/<citation key="(ref-\d+)">/g)]).toHaveLength(7);
    // Escaped by the XML library: the reference URL's & never appears raw.
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
  it('adds ORCID iDs and reference DOIs when the model has them, still valid (needs ../shared)', (ctx) => {
    const more = structuredClone(rec);
    more.meta.authors[0]!.orcid = '0000-0002-1825-0097';
    more.meta.references[2]!.DOI = '10.1000/xyz123';
    more.meta.license = 'CC-BY-4.0';
    const doc = crossrefDeposit(more, { timestamp: '20261129093001' });
    expect(doc).toContain('<ORCID authenticated="false">https://orcid.org/0000-0002-1825-0097</ORCID>');
    expect(doc).toMatch(/<citation key="ref-3">\s*<doi>10\.1000\/xyz123<\/doi>\s*<unstructured_citation>/);
    const r = validate(doc, ctx);
    expect(r.status, r.out).toBe(0);
  });
  it('stamps deposits with a growing yyyyMMddHHmmss timestamp', () => {
    expect(depositTimestamp(new Date('2026-11-29T09:30:05Z'))).toBe('20261129093005');
    expect(Number(depositTimestamp(new Date('2027-01-01T00:00:00Z')))).toBeGreaterThan(Number(depositTimestamp(new Date('2026-12-31T23:59:59Z'))));
  });
});

describe('deposit timestamp', () => {
  it('is SOURCE_DATE_EPOCH when set, so builds stay reproducible', () => {
    expect(depositTimeOf(rec, { SOURCE_DATE_EPOCH: '1764408600' })).toBe('20251129093000');
  });
  it('otherwise follows the newest metadata file and grows when one is edited', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deposit-time-'));
    fs.mkdirSync(path.join(dir, 'articles', rec.slug), { recursive: true });
    fs.mkdirSync(path.join(dir, 'issues'));
    const files = [path.join(dir, 'journal.yaml'), path.join(dir, 'issues', `${rec.issue.slug}.yaml`), path.join(dir, 'articles', rec.slug, 'article.yaml')];
    for (const f of files) {
      fs.writeFileSync(f, 'x: 1\n');
      fs.utimesSync(f, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    }
    expect(depositTimeOf(rec, {}, dir)).toBe('20260101000000');
    expect(depositTimeOf(rec, {}, dir)).toBe(depositTimeOf(rec, {}, dir));
    fs.utimesSync(files[2]!, new Date('2026-03-02T10:00:00Z'), new Date('2026-03-02T10:00:00Z'));
    expect(depositTimeOf(rec, {}, dir)).toBe('20260302100000');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
