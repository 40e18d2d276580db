/**
 * Journal-scale builds (issue 15): each piece of work happens once and independent work uses
 * every core. The file memo gives a value again only while its files are unchanged; batches are
 * equal and failures surface; the content check's `prepare` makes every figure's site files in
 * render processes, so the site then reads the cache; the publication pass makes PDFs and JATS
 * once, skips unchanged articles without a process, and makes an edited one again.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publicationPass } from '../../scripts/lib/publication-pass.ts';
import { folderDigest, hashTree } from '../../src/lib/cache/disk.ts';
import { fileMemo } from '../../src/lib/cache/file-memo.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { checkFigureWith } from '../../src/lib/figures/check.ts';
import { inBatches } from '../../src/lib/pool.ts';
import type { PublicationManifest } from '../../src/lib/publication.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'build-passes-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the file memo', () => {
  it('reads again only when a file it depends on changes, appears or goes, and never keeps an error', () => {
    const a = path.join(tmp, 'memo-a.txt');
    const absent = path.join(tmp, 'memo-absent.txt');
    fs.writeFileSync(a, 'one');
    let reads = 0;
    const read = fileMemo((file: string) => {
      reads++;
      const text = fs.readFileSync(file, 'utf8');
      if (text === 'bad') throw new Error('bad file');
      return { value: text + (fs.existsSync(absent) ? '+' : ''), files: [file, absent] };
    }, (f) => f);
    expect(read(a)).toBe('one');
    expect(read(a)).toBe('one');
    expect(reads).toBe(1);
    fs.writeFileSync(a, 'three');
    expect(read(a)).toBe('three');
    expect(reads).toBe(2);
    fs.writeFileSync(absent, '');
    expect(read(a)).toBe('three+');
    fs.writeFileSync(a, 'bad');
    expect(() => read(a)).toThrow(/bad file/);
    expect(() => read(a)).toThrow(/bad file/);
    expect(reads).toBe(5);
  });
});

describe('work in batches', () => {
  it('deals equal batches of at most the size asked for, and reports a failure after the rest finished', async () => {
    const seen: number[][] = [];
    await inBatches([...Array(10).keys()], 4, async (b) => void seen.push(b));
    expect(seen.flat().sort((x, y) => x - y)).toEqual([...Array(10).keys()]);
    expect(Math.max(...seen.map((b) => b.length))).toBeLessThanOrEqual(4);
    expect(Math.max(...seen.map((b) => b.length)) - Math.min(...seen.map((b) => b.length))).toBeLessThanOrEqual(1);
    const done: number[] = [];
    await expect(inBatches([1, 2, 3], 1, async ([x]) => {
      if (x === 1) throw new Error('batch 1 failed');
      done.push(x!);
    })).rejects.toThrow(/batch 1 failed/);
  });
});

const l = (en: string) => ({ en, kk: en, ru: en });
/** An article folder with one good figure and one whose transform never ends. */
function figureArticle(name: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, 'figures'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'data', 'x.csv'), 'k,v\na,1\nb,2\n');
  const encoding = { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } };
  const specs = { 'fig-ok': { mark: 'bar', encoding }, 'fig-runaway': { mark: 'point', encoding, transform: [{ impute: 'v', key: 'k', keyvals: { start: 0, stop: 3e8 }, groupby: [] }] } };
  for (const [id, spec] of Object.entries(specs))
    fs.writeFileSync(path.join(dir, 'figures', `${id}.json`), JSON.stringify({ data: 'x.csv', provenance: 'test', columns: { k: { type: 'string', title: l('K') }, v: { type: 'number', title: l('V') } }, title: l('t'), description: l('d'), source: l('s'), spec }));
  return dir;
}

describe("the content check's prepare", () => {
  it('makes the site files of every figure in every language into the cache, and blames a runaway figure alone', async () => {
    const cache = path.join(tmp, 'figure-cache');
    process.env.FIGURE_CACHE_DIR = cache;
    try {
      const dir = figureArticle('prepared');
      const check = checkFigureWith({ timeoutMs: 15_000, memoryMb: 160 });
      await check.prepare!([dir]);
      const files = fs.readdirSync(cache);
      for (const ext of ['.svg', '.png']) expect(files.filter((f) => f.endsWith(ext))).toHaveLength(LANGS.length);
      expect(files.filter((f) => f.endsWith('.dataflow.json')).length).toBeGreaterThanOrEqual(LANGS.length);
      expect(check(dir, 'fig-ok', (p) => p)).toEqual([]);
      const [problem, ...more] = check(dir, 'fig-runaway', (p) => p);
      expect(more).toEqual([]);
      expect(problem).toMatchObject({ severity: 'error', field: 'spec', file: expect.stringMatching(/fig-runaway\.json$/) });
      expect(problem!.message).toMatch(/rendering the chart (ran out of its 160 MB|did not finish within 15 s)/);
      // A folder with a failing figure gets no folder marker.
      const folderMarkers = () => fs.readdirSync(cache).filter((f) => f.startsWith('check-dir-'));
      expect(folderMarkers()).toEqual([]);
      // A second check of the same inputs renders nothing: the good figure's marker is there; the
      // folder, now all good, gets its marker.
      const again = checkFigureWith({ timeoutMs: 15_000, memoryMb: 160 });
      const before = fs.readdirSync(cache).length;
      fs.rmSync(path.join(dir, 'figures', 'fig-runaway.json'));
      await again.prepare!([dir]);
      expect(again(dir, 'fig-ok', (p) => p)).toEqual([]);
      expect(folderMarkers()).toHaveLength(1);
      expect(fs.readdirSync(cache).length).toBe(before + 1);
      // The marker covers that folder's bytes only: a broken data file is found.
      fs.writeFileSync(path.join(dir, 'data', 'x.csv'), 'k,w\na,1\n');
      const third = checkFigureWith({ timeoutMs: 15_000, memoryMb: 160 });
      await third.prepare!([dir]);
      expect(third(dir, 'fig-ok', (p) => p)[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('column "w" is not declared') });
    } finally {
      delete process.env.FIGURE_CACHE_DIR;
    }
  }, 120_000);
});

describe('the publication pass', () => {
  it('makes every PDF, the JATS file and the cite panels once, skips unchanged articles, makes an edited one again, and leaves drafts out', async () => {
    const content = path.join(tmp, 'journal');
    fs.cpSync(path.resolve('tests/fixtures/journal'), content, { recursive: true });
    const journal = path.join(content, 'journal.yaml');
    // JATS needs an ISSN, which the fixture journal has not: give it a test one.
    if (!/^issn:/m.test(fs.readFileSync(journal, 'utf8'))) fs.appendFileSync(journal, '\nissn:\n  - value: "2616-7174"\n    medium: electronic\n');
    const env = { PDF_CACHE_DIR: path.join(tmp, 'pdf-cache'), FIGURE_CACHE_DIR: path.join(tmp, 'pass-figures'), CITATION_CACHE_DIR: path.join(tmp, 'pass-citations'), JOURNAL_CONTENT_DIR: content };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const manifestFile = path.join(tmp, 'manifest.json');
      const articles = fs.readdirSync(path.join(content, 'articles'));
      expect(await publicationPass(content, manifestFile)).toBe(articles.length);
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as PublicationManifest;
      expect(Object.keys(manifest)).not.toContain('fixture-draft');
      // The cite panel of every page of every published article is formatted too (its `?raw` styles load in the workers).
      expect(fs.readdirSync(env.CITATION_CACHE_DIR)).toHaveLength(Object.keys(manifest).length * LANGS.length);
      const keyed = manifest['fixture-keyed-ru']!;
      expect(Object.keys(keyed.pdf).length).toBeGreaterThan(0);
      for (const f of Object.values(keyed.pdf)) expect(fs.readFileSync(f!).subarray(0, 5).toString()).toBe('%PDF-');
      expect(fs.readFileSync(keyed.jats!, 'utf8')).toMatch(/<article[\s>]/);

      expect(await publicationPass(content, manifestFile)).toBe(0);
      expect(JSON.parse(fs.readFileSync(manifestFile, 'utf8'))).toEqual(manifest);

      const ru = path.join(content, 'articles', 'fixture-keyed-ru', 'ru.mdx');
      fs.writeFileSync(ru, fs.readFileSync(ru, 'utf8').replace(/\n([А-ЯЁ][^\n]{20,})\n/, '\n$1 Изменено.\n'));
      expect(await publicationPass(content, manifestFile)).toBe(1);
      const edited = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as PublicationManifest;
      expect(edited['fixture-keyed-ru']!.pdf.ru).not.toBe(keyed.pdf.ru);
      expect(edited['fixture-no-kk']).toEqual(manifest['fixture-no-kk']);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
  }, 180_000);
});

describe("the content check's per-article cache", () => {
  it('gives an unchanged article its warnings from the cache, never keeps an error, and still finds a duplicate DOI', async () => {
    const { validateContent } = await import('../../src/lib/content/validate.ts');
    const content = path.join(tmp, 'check-journal');
    fs.cpSync(path.resolve('tests/fixtures/journal'), content, { recursive: true });
    const cache = path.join(tmp, 'check-cache');
    process.env.CHECK_CACHE_DIR = cache;
    try {
      const first = validateContent(content);
      expect(first.errors).toEqual([]);
      const entries = fs.readdirSync(cache);
      expect(entries.length).toBe(fs.readdirSync(path.join(content, 'articles')).length);
      // Mark every cached entry: a second check of the same inputs prints the marked warning.
      for (const e of entries) {
        const f = path.join(cache, e);
        const v = JSON.parse(fs.readFileSync(f, 'utf8'));
        v.warnings.push({ severity: 'warning', file: e, message: 'from the cache' });
        fs.writeFileSync(f, JSON.stringify(v));
      }
      expect(validateContent(content).warnings.filter((w) => w.message === 'from the cache')).toHaveLength(entries.length);

      // An edit makes the article's key new: checked afresh, its error reported and not kept.
      const yaml = path.join(content, 'articles', 'fixture-no-kk', 'article.yaml');
      const text = fs.readFileSync(yaml, 'utf8');
      fs.writeFileSync(yaml, text.replace(/^issue:.*$/m, 'issue: no-such-issue'));
      const broken = validateContent(content);
      expect(broken.errors).toEqual([expect.objectContaining({ field: 'issue', file: expect.stringMatching(/fixture-no-kk\/article\.yaml$/) })]);
      expect(validateContent(content).errors).toHaveLength(1);
      expect(fs.readdirSync(cache)).toHaveLength(entries.length);

      // Two articles from the cache with the same DOI are still a duplicate.
      fs.writeFileSync(yaml, text);
      const doi = /^doi:\s*"?([^"\n]+)"?/m.exec(fs.readFileSync(path.join(content, 'articles', 'fixture-keyed-ru', 'article.yaml'), 'utf8'))![1]!;
      fs.writeFileSync(yaml, text.replace(/^doi:.*$/m, `doi: "${doi}"`));
      validateContent(content);
      fs.rmSync(path.join(content, 'articles', 'fixture-keyed-ru'), { recursive: true });
      expect(validateContent(content).errors).toEqual([]);
      fs.cpSync(path.resolve('tests/fixtures/journal/articles/fixture-keyed-ru'), path.join(content, 'articles', 'fixture-keyed-ru'), { recursive: true });
      expect(validateContent(content).errors).toEqual([expect.objectContaining({ field: 'doi', message: expect.stringMatching(/^duplicate DOI/) })]);
    } finally {
      delete process.env.CHECK_CACHE_DIR;
    }
  });
});

describe('hashing a folder for the caches', () => {
  const digest = (dir: string) => hashTree(crypto.createHash('sha256'), dir).digest('hex');

  it('changes with a file\'s bytes or name, and never reads through a link to a device', () => {
    const dir = path.join(tmp, 'hashed');
    fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'data', 'x.csv'), 'a,b\n1,2\n');
    const first = digest(dir);
    expect(digest(dir)).toBe(first);
    fs.writeFileSync(path.join(dir, 'data', 'x.csv'), 'a,b\n1,3\n');
    const second = digest(dir);
    expect(second).not.toBe(first);
    fs.renameSync(path.join(dir, 'data', 'x.csv'), path.join(dir, 'data', 'y.csv'));
    expect(digest(dir)).not.toBe(second);
    // /dev/zero never ends: a link to it is hashed by its name (the content check refuses it).
    fs.symlinkSync('/dev/zero', path.join(dir, 'data', 'zero.csv'));
    fs.symlinkSync(path.join(dir, 'missing'), path.join(dir, 'data', 'broken.csv'));
    expect(digest(dir)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is kept once per folder while nothing under it changes, and follows every edit, new file and removal', () => {
    const dir = path.join(tmp, 'kept');
    fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'article.yaml'), 'title: x\n');
    fs.writeFileSync(path.join(dir, 'data', 'x.csv'), 'a,b\n1,2\n');
    const first = folderDigest(dir);
    expect(first).toBe(digest(dir));
    expect(folderDigest(dir)).toBe(first);
    fs.writeFileSync(path.join(dir, 'data', 'x.csv'), 'a,b\n1,2,3\n');
    const edited = folderDigest(dir);
    expect(edited).not.toBe(first);
    expect(edited).toBe(digest(dir));
    fs.writeFileSync(path.join(dir, 'data', 'y.csv'), 'c\n');
    const added = folderDigest(dir);
    expect(added).not.toBe(edited);
    fs.rmSync(path.join(dir, 'data', 'y.csv'));
    expect(folderDigest(dir)).toBe(edited);
  });

  it('lets the content check report a link to a device in an article instead of hanging', async () => {
    const { validateContent } = await import('../../src/lib/content/validate.ts');
    const content = path.join(tmp, 'device-journal');
    fs.cpSync(path.resolve('tests/fixtures/journal'), content, { recursive: true });
    fs.symlinkSync('/dev/zero', path.join(content, 'articles', 'fixture-no-kk', 'zero.yaml'));
    process.env.CHECK_CACHE_DIR = path.join(tmp, 'device-check-cache');
    try {
      const { errors } = validateContent(content);
      expect(errors).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/fixture-no-kk\/zero\.yaml$/), message: expect.stringMatching(/outside the content tree/) }));
    } finally {
      delete process.env.CHECK_CACHE_DIR;
    }
  }, 30_000);
});
