/**
 * Partial builds (issue 15): what decides between nothing, a partial and a full build, the keys
 * it compares, the merge of kept articles and its check, and the editions' store of a partial
 * build (data of every article, MDX modules of the changed ones only).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleKeys, carryOver, listOutput, mergeMismatch, outputDrift, planBuild, type BuildState } from '../../scripts/lib/partial-build.ts';
import { buildOnly, partialStore } from '../../src/lib/content/build-only.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'partial-build-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const seed = path.join(import.meta.dirname, '../../content');

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

describe('article keys', () => {
  const content = path.join(tmp, 'content');
  fs.cpSync(seed, content, { recursive: true });
  const slug = 'bloggers-and-the-state';
  const dir = path.join(content, 'articles', slug);
  const en = path.join(dir, 'en.mdx');

  it('a paragraph or a data file changes the files key only', () => {
    const before = articleKeys(content, slug);
    const text = fs.readFileSync(en, 'utf8');
    const body = text.indexOf('\n---', 4) + 5;
    fs.writeFileSync(en, `${text.slice(0, body)}\nAn added sentence of prose.\n${text.slice(body)}`);
    const edited = articleKeys(content, slug);
    expect(edited.files).not.toBe(before.files);
    expect(edited.record).toBe(before.record);
    const data = fs.readdirSync(path.join(dir, 'data'))[0]!;
    fs.appendFileSync(path.join(dir, 'data', data), '\n');
    const dataEdited = articleKeys(content, slug);
    expect(dataEdited.files).not.toBe(edited.files);
    expect(dataEdited.record).toBe(before.record);
  });

  it('front matter, article.yaml, citation order and an emptied body change the record key', () => {
    const base = articleKeys(content, slug).record;
    const text = fs.readFileSync(en, 'utf8');
    fs.writeFileSync(en, text.replace(/^title: .*$/m, 'title: "Another title"'));
    expect(articleKeys(content, slug).record).not.toBe(base);
    fs.writeFileSync(en, text);
    const yamlFile = path.join(dir, 'article.yaml');
    const yaml = fs.readFileSync(yamlFile, 'utf8');
    fs.writeFileSync(yamlFile, `${yaml}\n# a comment\n`);
    expect(articleKeys(content, slug).record).not.toBe(base);
    fs.writeFileSync(yamlFile, yaml);
    expect(articleKeys(content, slug).record).toBe(base);
    const front = text.slice(0, text.indexOf('\n---', 4) + 5);
    fs.writeFileSync(en, `${front}\n{/* nothing yet */}\n`);
    expect(articleKeys(content, slug).record).not.toBe(base);
    fs.writeFileSync(en, `${front}\nCited first [@b] then [@a].\n`);
    const ba = articleKeys(content, slug).record;
    fs.writeFileSync(en, `${front}\nCited first [@a] then [@b].\n`);
    expect(articleKeys(content, slug).record).not.toBe(ba);
    fs.writeFileSync(en, text);
  });
});

describe('the build plan', () => {
  const out = path.join(tmp, 'plan-out');
  write(path.join(out, 'index.html'), 'home');
  write(path.join(out, 'en/articles/a/index.html'), 'a');
  write(path.join(out, 'en/articles/b/index.html'), 'b');
  const keys = (files: string, record = 'r') => ({ files, record });
  const state: BuildState = { version: 1, content: '/c', site: 'S', articles: { a: keys('1'), b: keys('2'), c: keys('3') }, output: listOutput(out) };

  it('builds nothing when nothing changed, and only the changed articles after a body edit', () => {
    expect(planBuild(state, { content: '/c', site: 'S', articles: { a: keys('1'), b: keys('2'), c: keys('3') } }, out)).toEqual({ mode: 'none' });
    expect(planBuild(state, { content: '/c', site: 'S', articles: { a: keys('1'), b: keys('2x'), c: keys('3') } }, out)).toEqual({ mode: 'partial', changed: ['b'], unchanged: ['a', 'c'] });
  });

  it('builds everything when asked, without a record, or when the site, the article set, a listing record or the output changed', () => {
    const same = { content: '/c', site: 'S', articles: { a: keys('1'), b: keys('2x'), c: keys('3') } };
    expect(planBuild(state, same, out, { full: true }).mode).toBe('full');
    expect(planBuild(undefined, same, out).mode).toBe('full');
    expect(planBuild(state, { ...same, content: '/other' }, out)).toMatchObject({ mode: 'full', why: expect.stringContaining('another content tree') });
    expect(planBuild(state, { ...same, site: 'T' }, out).mode).toBe('full');
    expect(planBuild(state, { content: '/c', site: 'S', articles: { a: keys('1'), b: keys('2') } }, out).mode).toBe('full');
    const relisted = planBuild(state, { content: '/c', site: 'S', articles: { a: keys('1'), b: keys('2x', 'r2'), c: keys('3') } }, out);
    expect(relisted).toMatchObject({ mode: 'full' });
    expect((relisted as { why: string }).why).toContain('b');
    expect(planBuild(state, { content: '/c', site: 'S', articles: { a: keys('1x'), b: keys('2x'), c: keys('3') } }, out).mode).toBe('full');
    fs.writeFileSync(path.join(out, 'en/articles/a/index.html'), 'a changed by hand');
    expect(outputDrift(state, out)).toContain('en/articles/a/index.html');
    expect(planBuild(state, same, out).mode).toBe('full');
    fs.rmSync(path.join(out, 'en/articles/a/index.html'));
    expect(outputDrift(state, out)).toContain('missing');
  });
});

describe('the merge', () => {
  it('links the kept articles in and refuses a file that a partial build should not have made', () => {
    const from = path.join(tmp, 'merge-from');
    const to = path.join(tmp, 'merge-to');
    for (const f of ['index.html', 'en/articles/a/index.html', 'en/articles/a/figures/x.svg', 'articles/a/jats.xml', 'ru/articles/b/index.html', 'pagefind/x.pf'])
      write(path.join(from, f), f);
    write(path.join(to, 'index.html'), 'new home');
    write(path.join(to, 'ru/articles/b/index.html'), 'new b');
    expect(carryOver(from, to, ['a'])).toBe(3);
    expect(fs.readFileSync(path.join(to, 'en/articles/a/figures/x.svg'), 'utf8')).toBe('en/articles/a/figures/x.svg');
    expect(fs.statSync(path.join(to, 'articles/a/jats.xml')).ino).toBe(fs.statSync(path.join(from, 'articles/a/jats.xml')).ino);
    expect(mergeMismatch(listOutput(from), listOutput(to), ['b'])).toBeUndefined();
    write(path.join(to, 'ru/articles/b/figures/new.svg'), 'a new figure of the changed article');
    expect(mergeMismatch(listOutput(from), listOutput(to), ['b'])).toBeUndefined();
    write(path.join(to, 'assets/other.js'), 'x');
    expect(mergeMismatch(listOutput(from), listOutput(to), ['b'])).toBe('assets/other.js is new');
    fs.rmSync(path.join(to, 'assets'), { recursive: true });
    fs.rmSync(path.join(to, 'index.html'));
    expect(mergeMismatch(listOutput(from), listOutput(to), ['b'])).toBe('index.html was not made');
    expect(() => carryOver(from, to, ['a'])).toThrow(/was built although/);
  });
});

describe('the editions store of a partial build', () => {
  it('keeps every entry with its data, and a module to render only for the named articles', () => {
    const entries = new Map<string, Record<string, unknown>>();
    const inner = {
      get: (id: string) => entries.get(id),
      set: (e: Record<string, unknown>) => { entries.set(e.id as string, e); return true; },
      delete: (id: string) => { entries.delete(id); },
      keys: () => [...entries.keys()],
    };
    // A cached entry of a kept article still marked for rendering, and a cached data-only entry of the changed one.
    entries.set('kept/en', { id: 'kept/en', data: { title: 'K' }, deferredRender: true });
    entries.set('changed/en', { id: 'changed/en', data: { title: 'C' } });
    const store = partialStore(inner as never, new Set(['changed']));
    expect(store.get('kept/en')).toBeUndefined();
    expect(store.get('changed/en')).toBeUndefined();
    store.set({ id: 'kept/en', data: { title: 'K' }, body: 'text', deferredRender: true } as never);
    store.set({ id: 'changed/en', data: { title: 'C' }, body: 'text', deferredRender: true } as never);
    expect(entries.get('kept/en')).toMatchObject({ data: { title: 'K' }, body: 'text', deferredRender: false });
    expect(entries.get('changed/en')).toMatchObject({ deferredRender: true });
    expect(store.get('kept/en')).toBeDefined();
    expect(store.get('changed/en')).toBeDefined();
  });

  it('reads the named articles from JOURNAL_BUILD_ONLY; unset or empty is a full build', () => {
    expect(buildOnly({})).toBeUndefined();
    expect(buildOnly({ JOURNAL_BUILD_ONLY: ' ' })).toBeUndefined();
    expect([...buildOnly({ JOURNAL_BUILD_ONLY: 'a, b' })!]).toEqual(['a', 'b']);
  });
});
