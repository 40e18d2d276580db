/** The built site's figures: every figure in every edition, with valid downloads and a small lazy bundle. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { listFigures, loadFigure } from '../../src/lib/figures/load.ts';
import { ARTICLE, LANGS, dist } from '../helpers/site.ts';

const dir = dist;
const ARTICLE_DIR = path.resolve('content/articles', ARTICLE);
const ids = listFigures(ARTICLE_DIR);
const file = (lang: string, name: string) => path.join(dir, lang, 'articles', ARTICLE, 'figures', name);
const page = (lang: string) => fs.readFileSync(path.join(dir, lang, 'articles', ARTICLE, 'index.html'), 'utf8');

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('figures in every edition', () => {
  it('has six figures to check', () => {
    expect(ids).toHaveLength(6);
  });

  for (const lang of LANGS) {
    it(`places every figure in the ${lang} edition, numbered in text order, as an image of its own SVG`, () => {
      const html = page(lang);
      const order = [...html.matchAll(/<figure class="figure" id="(fig-[\w-]+)"/g)].map((m) => m[1]);
      expect([...order].sort()).toEqual(ids);
      for (const [n, id] of order.entries()) {
        const block = html.slice(html.indexOf(`id="${id}"`), html.indexOf('</figure>', html.indexOf(`id="${id}"`)));
        expect(block).toContain(`src="/${lang}/articles/${ARTICLE}/figures/${id}.svg"`);
        expect(block).toMatch(new RegExp(`href="#${id}"[^>]*>[^<]*${n + 1}`));
        expect(block).toMatch(/<img [^>]*alt="[^"]{40,}"/);
        // "Cite this figure": the figure's permalink on this site, then the article's DOI.
        expect(block).toContain(`https://journal.example.org/${lang}/articles/${ARTICLE}/#${id}. https://doi.org/10.32523/2616-7174-2022-141-4-15-22`);
        expect(block).toMatch(/<table>[\s\S]*<th scope="col"/);
      }
    });

    it(`has no Vega code in the ${lang} page until a reader asks`, () => {
      const html = page(lang);
      expect(html).not.toMatch(/figure-vega|vega-embed|vega\.min/);
      for (const src of html.matchAll(/<script[^>]*src="([^"]+)"/g)) {
        const js = fs.readFileSync(path.join(dir, src[1]!), 'utf8');
        expect(js.length, src[1]).toBeLessThan(20_000);
      }
    });
  }

  it('uses the same figure ids, in the same order, in all three editions', () => {
    const orders = LANGS.map((lang) => [...page(lang).matchAll(/<figure class="figure" id="(fig-[\w-]+)"/g)].map((m) => m[1]));
    expect(orders[1]).toEqual(orders[0]);
    expect(orders[2]).toEqual(orders[0]);
  });
});

describe('figure downloads', () => {
  for (const id of ids) {
    const data = loadFigure(ARTICLE_DIR, id);
    for (const lang of LANGS) {
      it(`gives ${id} in ${lang} an SVG, a 2× PNG, the data as CSV and the Vega-Lite spec`, () => {
        const svg = fs.readFileSync(file(lang, `${id}.svg`), 'utf8');
        expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg /);
        const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg)!;
        const size = pngSize(fs.readFileSync(file(lang, `${id}.png`)));
        expect(size.width).toBe(Math.round(Number(m[1]) * 2));
        expect(size.height).toBe(Math.round(Number(m[2]) * 2));

        const csv = fs.readFileSync(file(lang, `${id}.csv`), 'utf8');
        expect(csv).toBe(fs.readFileSync(data.dataFile, 'utf8'));
        const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : data.figure.columns[k]!.type === 'number' ? Number(v) : v])))).toEqual(data.rows);

        const spec = JSON.parse(fs.readFileSync(file(lang, `${id}.vl.json`), 'utf8'));
        expect(spec.$schema).toMatch(/vega-lite/);
        expect(spec.datasets[spec.data.name]).toHaveLength(data.rows.length);
        expect(spec.description).toBe(data.figure.description[lang]);
        const { dataflow, widths } = JSON.parse(fs.readFileSync(file(lang, `${id}.dataflow.json`), 'utf8'));
        expect(dataflow.operators.length).toBeGreaterThan(10);
        expect(widths.regular['0']).toBeGreaterThan(0.3);
      });
    }
  }

  it('shows Kazakh text in the Kazakh SVG and Russian separators in the Russian one', () => {
    expect(fs.readFileSync(file('kk', 'fig-facebook-subscribers.svg'), 'utf8')).toContain('Қорғаныс министрлігі');
    expect(fs.readFileSync(file('ru', 'fig-state-budget.svg'), 'utf8')).toContain('50\u00a0130\u00a0577');
    expect(fs.readFileSync(file('en', 'fig-state-budget.svg'), 'utf8')).toContain('50,130,577');
  });
});

describe('the lazy figure bundle', () => {
  it('stays within 160 KB gzipped (vega-embed with the slim Vega runtime; the budget is 200 KB, stock vega-embed about 300 KB)', () => {
    const assets = path.join(dir, 'assets');
    const chunk = fs.readdirSync(assets).find((f) => /^figure-vega\..*\.js$/.test(f));
    expect(chunk).toBeTruthy();
    const js = fs.readFileSync(path.join(assets, chunk!));
    const gz = zlib.gzipSync(js, { level: 9 }).length;
    expect(gz).toBeLessThanOrEqual(160 * 1024);
    // No Vega-Lite compiler and no Vega parser in it: the dataflow comes parsed from the build.
    const text = js.toString();
    expect(text.includes('Duplicate signal name'), 'the Vega parser is in the bundle').toBe(false);
    expect(text.includes('Dropping'), 'the Vega-Lite compiler is in the bundle').toBe(false);
  });
});
