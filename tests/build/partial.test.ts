/**
 * Partial builds (issue 15) on the fixture journal: after a paragraph and a data file change in
 * two articles, the build makes only those two and keeps the rest, and its output equals a full
 * build of the same content byte for byte (search index included). Nothing changed, nothing is
 * built; an output changed by hand is built in full; a failed search index leaves it untouched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTree, fixtureJournal, runBuild, snapshot } from './helpers.ts';

const content = copyTree(fixtureJournal);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-partial-'));
const out = path.join(work, 'site');
const full = path.join(work, 'full');
afterAll(() => {
  fs.rmSync(content, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

/** Appends a sentence to the first prose paragraph of an edition. */
function editParagraph(file: string, sentence: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const body = text.indexOf('\n---', 4) + 4;
  const lines = text.slice(body).split('\n');
  const i = lines.findIndex((l) => /^\p{L}/u.test(l));
  expect(i, `${file} has a prose line`).toBeGreaterThan(-1);
  lines[i] = `${lines[i]} ${sentence}`;
  fs.writeFileSync(file, text.slice(0, body) + lines.join('\n'));
}

describe('a partial build', () => {
  it('makes only the changed articles, keeps the others, and equals a full build byte for byte', () => {
    const first = runBuild(content, out);
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toContain('partial build');

    editParagraph(path.join(content, 'articles/fixture-keyed-ru/ru.mdx'), 'Добавленное предложение о блогерах.');
    const data = path.join(content, 'articles/fixture-monthly-series/data');
    const csv = path.join(data, fs.readdirSync(data).find((f) => f.endsWith('.csv'))!);
    const rows = fs.readFileSync(csv, 'utf8').split('\n');
    rows[1] = rows[1]!.replace(/\d+(?=\D*$)/, (n) => String(Number(n) + 1));
    fs.writeFileSync(csv, rows.join('\n'));

    const partial = runBuild(content, out);
    expect(partial.status, partial.output).toBe(0);
    expect(partial.output).toMatch(/partial build: 2 changed article\(s\) \(fixture-keyed-ru, fixture-monthly-series\); the other \d+ are kept/);
    expect(partial.output).toMatch(/kept \d+ files of \d+ unchanged articles/);
    expect(partial.output).not.toContain('building everything');
    expect(partial.output).toMatch(/search index: \d+ pages/);
    expect(fs.readFileSync(path.join(out, 'ru/articles/fixture-keyed-ru/index.html'), 'utf8')).toContain('Добавленное предложение о блогерах.');

    const whole = runBuild(content, full);
    expect(whole.status, whole.output).toBe(0);
    expect(whole.output).not.toContain('partial build');
    const a = snapshot(out);
    const b = snapshot(full);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect(Object.keys(a).filter((f) => a[f] !== b[f])).toEqual([]);
  }, 400_000);

  it('builds nothing when nothing changed, and everything when the output was changed by hand', () => {
    const again = runBuild(content, out);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('nothing changed since the last build');

    fs.rmSync(path.join(out, 'en/articles/fixture-keyed-ru/cite.bib'));
    const repaired = runBuild(content, out);
    expect(repaired.status, repaired.output).toBe(0);
    expect(repaired.output).toMatch(/full build: the previous output is not as it was built \(en\/articles\/fixture-keyed-ru\/cite\.bib is missing\)/);
    expect(fs.existsSync(path.join(out, 'en/articles/fixture-keyed-ru/cite.bib'))).toBe(true);
  }, 240_000);

  it('stops with the cause and leaves the output as it was when the search index cannot be made', () => {
    const before = snapshot(out);
    const notAFolder = path.join(work, 'search-cache-file');
    fs.writeFileSync(notAFolder, 'a file where the search cache should be');
    const r = runBuild(content, out, 'scripts/build.ts', ['--full'], { SEARCH_CACHE_DIR: notAFolder });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/Pagefind indexing of .* failed: .*\nbuild failed; .* is unchanged\./);
    expect(snapshot(out)).toEqual(before);
    const after = runBuild(content, out);
    expect(after.output).toContain('nothing changed since the last build');
  }, 240_000);
});
