/**
 * The cite panel's citations: one citeproc run per style (the text is the HTML's text), and a
 * disk cache keyed by content, so an unchanged article is not formatted again on a rebuild.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { cachedJson, contentKey } from '../../src/lib/cache/disk.ts';
import { cachedCitations } from '../../src/lib/cache/citations.ts';
import { Cite } from '../../src/lib/export/citation-js.ts';
import { formatCitations } from '../../src/lib/export/cite.ts';
import { articleCsl } from '../../src/lib/export/csl.ts';
import { loadRecord } from '../helpers/article-record.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citation-cache-'));
process.env.CITATION_CACHE_DIR = dir;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const rec = loadRecord();

describe('formatted citations', () => {
  it('run citeproc once per style, and the text is what the HTML shows', () => {
    const spy = vi.spyOn(Cite.prototype, 'format');
    const out = formatCitations(articleCsl(rec, 'ru'), 'ru');
    expect(spy).toHaveBeenCalledTimes(out.length);
    expect(spy.mock.calls.every((c) => (c[1] as { format: string }).format === 'html')).toBe(true);
    spy.mockRestore();
    for (const c of out) expect(c.text).toBe(toString(fromHtml(c.html, { fragment: true })).trim());
    expect(out.find((c) => c.style === 'gost')!.text).toContain('Кошкенов Н. Ж.');
  });
});

describe('the citation cache', () => {
  it('formats an article once and then reads it back unchanged', () => {
    const item = articleCsl(rec, 'kk');
    const first = cachedCitations(item, 'kk');
    expect(fs.readdirSync(dir)).toHaveLength(1);
    const spy = vi.spyOn(Cite.prototype, 'format');
    expect(cachedCitations(item, 'kk')).toEqual(first);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(first).toEqual(formatCitations(item, 'kk'));
  });

  it('formats again when the article or the language changes', () => {
    const item = articleCsl(rec, 'en');
    const before = fs.readdirSync(dir).length;
    const a = cachedCitations(item, 'en');
    const b = cachedCitations({ ...item, title: `${String(item.title)} (corrected)` }, 'en');
    expect(fs.readdirSync(dir).length).toBe(before + 2);
    expect(b[0]!.text).toContain('(corrected)');
    expect(a[0]!.text).not.toContain('(corrected)');
  });

  it('makes the value again when an entry is unreadable', () => {
    const key = contentKey('x');
    fs.writeFileSync(path.join(dir, `${key}.json`), '{broken');
    expect(cachedJson(dir, key, () => ({ v: 1 }))).toEqual({ v: 1 });
    expect(JSON.parse(fs.readFileSync(path.join(dir, `${key}.json`), 'utf8'))).toEqual({ v: 1 });
  });
});
