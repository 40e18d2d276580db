/**
 * The Crossref deposit: its structure, and validation against the 5.4.0 XSD in ../shared with
 * xmllint. Without ../shared the validating tests are skipped with the reason (failed in CI,
 * REQUIRE_SHARED=1); without xmllint they fail and say why.
 */
import { spawnSync } from 'node:child_process';
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
    expect(doc).toMatch(/<citation key="ref-3">(?:(?!<\/citation>)[\s\S])*<doi>10\.1000\/xyz123<\/doi>(?:(?!<\/citation>)[\s\S])*<unstructured_citation>/);
    const r = validate(doc, ctx);
    expect(r.status, r.out).toBe(0);
  });
  it('deposits the structured parts of a reference beside its text, still valid (needs ../shared)', (ctx) => {
    const more = structuredClone(rec);
    // TEST CONTENT: a journal article reference with every CSL-JSON field Crossref matches on.
    more.meta.references.push({
      id: `ref-${more.meta.references.length + 1}`, text: 'Test, A. (2020). A test article. Test Journal, 5(2), 10-20.', type: 'article-journal',
      title: 'A test article', author: [{ family: 'Test', given: 'A.' }], issued: '2020-03', containerTitle: 'Test Journal', volume: '5', issue: '2', page: '10-20', DOI: '10.5555/test.2020',
    });
    const doc = crossrefDeposit(more, { timestamp: '20261129093003' });
    const last = doc.slice(doc.lastIndexOf('<citation '));
    for (const part of ['<journal_title>Test Journal</journal_title>', '<author>Test</author>', '<volume>5</volume>', '<issue>2</issue>', '<first_page>10</first_page>', '<cYear>2020</cYear>', '<doi>10.5555/test.2020</doi>', '<article_title>A test article</article_title>'])
      expect(last).toContain(part);
    const r = validate(doc, ctx);
    expect(r.status, r.out).toBe(0);
  });
  it('deposits a group author as an organization and a Cyrillic-only name as it is, still valid (needs ../shared)', (ctx) => {
    const more = structuredClone(rec);
    // TEST CONTENT: a group author and a name in one script only.
    more.meta.authors.push({ name: { latin: 'Test Research Group' }, affiliations: [], corresponding: false });
    more.meta.authors.push({ family: { ru: 'Иванова' }, initials: { ru: 'А.Б.' }, affiliations: ['enu'], corresponding: false });
    const doc = crossrefDeposit(more, { timestamp: '20261129093002' });
    expect(doc).toContain('<organization sequence="additional" contributor_role="author">Test Research Group</organization>');
    expect(doc).toContain('<surname>Иванова</surname>');
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
  /** A content tree with the article's metadata files, optionally committed to a fresh git repository at `when`. */
  function tree(when?: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deposit-time-'));
    fs.mkdirSync(path.join(dir, 'articles', rec.slug), { recursive: true });
    fs.mkdirSync(path.join(dir, 'issues'));
    const files = [path.join(dir, 'journal.yaml'), path.join(dir, 'issues', `${rec.issue.slug}.yaml`), path.join(dir, 'articles', rec.slug, 'article.yaml')];
    for (const f of files) fs.writeFileSync(f, 'x: 1\n');
    if (when) {
      const env = { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' };
      for (const args of [['init', '-q'], ['add', '.'], ['commit', '-q', '-m', 'test content']]) expect(spawnSync('git', args, { cwd: dir, env }).status).toBe(0);
    }
    return { dir, files };
  }
  const touchAll = (files: string[], t: string) => files.forEach((f) => fs.utimesSync(f, new Date(t), new Date(t)));

  it('otherwise is the last commit of the metadata files, whatever their modification times', () => {
    const { dir, files } = tree('2026-01-01T00:00:00Z');
    touchAll(files, '2020-05-05T05:05:05Z');
    const first = depositTimeOf(rec, {}, dir);
    touchAll(files, '2031-07-07T07:07:07Z');
    expect(depositTimeOf(rec, {}, dir)).toBe(first);
    expect(first).toBe('20260101000000');
    fs.rmSync(dir, { recursive: true, force: true });
  });
  it('outside a git checkout is the article own newest date, never a file time', () => {
    const { dir, files } = tree();
    touchAll(files, '2031-07-07T07:07:07Z');
    expect(depositTimeOf(rec, {}, dir)).toBe('20220101000000');
    touchAll(files, '2020-05-05T05:05:05Z');
    expect(depositTimeOf(rec, {}, dir)).toBe('20220101000000');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
