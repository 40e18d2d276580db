/** Figure assets: the disk cache, the lazy client's transform set, and "cite this figure". */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { figureCitation } from '../../src/lib/figures/cite.ts';
import { listFigures } from '../../src/lib/figures/load.ts';
import { figureFile } from '../../src/lib/figures/routes.ts';
import { loadRecord } from '../helpers/article-record.ts';

const ARTICLE_DIR = path.resolve('content/articles/bloggers-and-the-state');
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-cache-'));
beforeAll(() => { process.env.FIGURE_CACHE_DIR = cache; });
afterAll(() => {
  delete process.env.FIGURE_CACHE_DIR;
  fs.rmSync(cache, { recursive: true, force: true });
});

describe('the render cache', () => {
  it('stores SVG and PNG by content hash and serves them on the next build without rendering', async () => {
    const first = await import('../../src/lib/figures/assets.ts');
    const a = await first.figureAssets(ARTICLE_DIR, 'fig-news-sources', 'kk');
    const png = await a.png();
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const files = fs.readdirSync(cache).sort();
    expect(files.filter((f) => f.endsWith('.svg'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.png'))).toHaveLength(1);

    // A new process (fresh modules) finds the cached SVG: mark it and see the mark come back.
    const svgFile = path.join(cache, files.find((f) => f.endsWith('.svg'))!);
    fs.writeFileSync(svgFile, a.svg.replace('<svg', '<svg data-from-cache="yes"'));
    vi.resetModules();
    const second = await import('../../src/lib/figures/assets.ts');
    const b = await second.figureAssets(ARTICLE_DIR, 'fig-news-sources', 'kk');
    expect(b.svg).toContain('data-from-cache="yes"');
    // Another language is another key.
    const c = await second.figureAssets(ARTICLE_DIR, 'fig-news-sources', 'ru');
    expect(c.svg).not.toContain('data-from-cache');
  });
});

describe('the interactive chart bundle', () => {
  it('registers every Vega operator that any figure in any language needs', async () => {
    const { FIGURE_TRANSFORMS } = await import('../../src/scripts/figure-transforms.ts');
    const { figureAssets } = await import('../../src/lib/figures/assets.ts');
    const needed = new Set<string>();
    for (const id of listFigures(ARTICLE_DIR)) {
      for (const lang of LANGS) {
        const { dataflow } = (await figureAssets(ARTICLE_DIR, id, lang)).interactive;
        for (const op of (dataflow as { operators: { type: string }[] }).operators) if (op.type !== 'operator') needed.add(op.type);
      }
    }
    expect(needed.size).toBeGreaterThan(10);
    const missing = [...needed].filter((t) => !(t in FIGURE_TRANSFORMS) || !FIGURE_TRANSFORMS[t]);
    expect(missing).toEqual([]);
  });
});

describe('cite this figure', () => {
  const rec = loadRecord();

  it('gives authors, year, title, figure number, the figure\'s permalink on this site and the article\'s DOI', () => {
    expect(figureCitation(rec, 'en', { label: 'Figure 2', id: 'fig-news-by-age', articleUrl: 'https://example.org/en/articles/x/' })).toBe(
      'Koshkenov N.Zh., Moldabayev Kh.S. (2022). Bloggers and the state: effectiveness or opposition. Figure 2. https://example.org/en/articles/x/#fig-news-by-age. https://doi.org/10.32523/2616-7174-2022-141-4-15-22',
    );
  });

  it('writes the names in Cyrillic and the title of the edition in Kazakh', () => {
    const text = figureCitation(rec, 'kk', { label: '2-сурет', id: 'fig-news-by-age', articleUrl: 'https://example.org/' });
    expect(text).toMatch(/^Көшкенов Н\.Ж\., Молдабаев Х\.С\. \(2022\)\. Блогерлер/);
    expect(text).toContain('2-сурет. https://example.org/#fig-news-by-age. https://doi.org/');
  });

  it('keeps stable download names, the same in every language but the prefix', () => {
    expect(figureFile('ru', 'a', 'fig-x', 'png')).toBe('/ru/articles/a/figures/fig-x.png');
    expect(figureFile('kk', 'a', 'fig-x', 'vl.json')).toBe('/kk/articles/a/figures/fig-x.vl.json');
  });
});
