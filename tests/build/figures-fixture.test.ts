/**
 * Figures over real-shaped data (issue 16.1), on the built pages of the fixture journal's test
 * article fixture-monthly-series (synthetic data, English and Russian editions only): month
 * labels per language, exact CSV values, joins, page and SVG weights, fallbacks, search records.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { prepareForIndex } from '../../src/lib/search/index-html.ts';
import { fixtureJournal, runBuild } from './helpers.ts';

const SLUG = 'fixture-monthly-series';
const FIGURES = ['fig-monthly-level', 'fig-last-year', 'fig-regions'];
const source = path.join(fixtureJournal, 'articles', SLUG);
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-fixture-dist-'));
const file = (lang: string, p = '') => path.join(out, lang, 'articles', SLUG, p || 'index.html');
const read = (lang: string, p = '') => fs.readFileSync(file(lang, p), 'utf8');
const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

beforeAll(() => {
  const r = runBuild(fixtureJournal, out);
  if (r.status !== 0) throw new Error(r.output);
}, 300_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('dates on the axis', () => {
  it('labels months standing alone in each language: nominative in Russian, never the genitive', () => {
    const months: Record<string, string[]> = {
      en: ['February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      ru: ['февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
      kk: ['ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    };
    for (const [lang, names] of Object.entries(months)) {
      const labels = svgTexts(read(lang, 'figures/fig-last-year.svg'));
      const shown = labels.filter((t) => names.includes(t));
      expect(shown.length, `${lang}: ${labels.join(' ')}`).toBeGreaterThanOrEqual(5);
      expect(labels, lang).toContain('2022');
    }
    const ru = svgTexts(read('ru', 'figures/fig-last-year.svg')).join(' ');
    expect(ru).not.toMatch(/февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря/);
  });

  it('writes full dates in the table in the genitive, as Intl does', () => {
    const td = toString(select('#fig-last-year .figure-data tbody th', fromHtml(read('ru')))!);
    expect(td).toBe('январь 1940 г.'); // month precision: a month and year stand alone
    const monthly = fs.readFileSync(path.join(source, 'data', 'monthly-level.csv'), 'utf8');
    expect(monthly.split('\n')[1]).toMatch(/^1940-01,/);
  });
});

describe('downloads', () => {
  it('keep the source\'s values exactly (315.70 stays 315.70)', () => {
    const csv = read('en', 'figures/fig-monthly-level.csv');
    expect(csv).toBe(fs.readFileSync(path.join(source, 'data', 'monthly-level.csv'), 'utf8'));
    expect(csv).toContain('\n1940-03,315.70\n');
  });

  it('show the joined rows of a figure over two files', () => {
    const csv = read('ru', 'figures/fig-regions.csv').split('\n');
    expect(csv[0]).toBe('region,year,amount,area');
    expect(csv).toHaveLength(8 * 9 + 2);
    expect(csv[1]).toMatch(/^north,2015,\d+\.\d,1000$/);
  });
});

describe('weights', () => {
  it('keeps the static SVG of a 1,000-point line under 100 KB, without invisible marks', () => {
    for (const lang of ['en', 'kk', 'ru']) {
      const svg = read(lang, 'figures/fig-monthly-level.svg');
      expect(svg.length, lang).toBeLessThan(100 * 1024);
      expect(svg).not.toMatch(/opacity="0"|_voronoi/);
    }
  });

  it('keeps the page within the first-load budget by showing only the first rows of long tables', () => {
    for (const lang of ['en', 'kk', 'ru']) {
      const html = read(lang);
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => fs.readFileSync(path.join(out, m[1]!)));
      const bytes = zlib.gzipSync(html).length + css.reduce((s, c) => s + zlib.gzipSync(c).length, 0);
      expect(bytes, lang).toBeLessThan(28 * 1024);
      const rows = selectAll('#fig-monthly-level .figure-data tbody tr', fromHtml(html));
      expect(rows.length).toBeLessThan(100);
    }
    expect(read('en')).toContain('The table shows the first 25 of 1000 rows');
  });
});

describe('eight categories', () => {
  it('draws a legend of eight regions in eight different colours', () => {
    const svg = read('en', 'figures/fig-regions.svg');
    const labels = svgTexts(svg);
    for (const name of ['North', 'South', 'East', 'West', 'Centre', 'Coast', 'Hills', 'Islands']) expect(labels).toContain(name);
    const colours = new Set([...svg.matchAll(/class="mark-line role-mark[^"]*"[\s\S]*?<\/g>/g)].flatMap((m) => [...m[0].matchAll(/stroke="(#[0-9a-fA-F]{6})"/g)].map((c) => c[1]!.toLowerCase())));
    expect(colours.size).toBe(8);
  });
});

describe('languages the article has no edition in', () => {
  it('need no figure texts: the page shows the original\'s figure inside its lang-marked body, and the files fall back too', () => {
    const figure = JSON.parse(fs.readFileSync(path.join(source, 'figures', 'fig-regions.json'), 'utf8'));
    expect(figure.title.kk).toBeUndefined();
    const kk = fromHtml(read('kk'));
    const body = select('.article-body', kk)!;
    expect(body.properties?.lang).toBe('en');
    expect(toString(select('#fig-regions figcaption', body)!)).toContain('A synthetic amount in eight test regions');
    expect(svgTexts(read('kk', 'figures/fig-regions.svg'))).toContain('Region');
    const ru = fromHtml(read('ru'));
    expect(select('#fig-regions [lang]', ru)).toBeUndefined();
    expect(toString(select('#fig-regions figcaption', ru)!)).toContain('Синтетическая величина');
  });
});

describe('search', () => {
  it('gives every figure its own record in each of the article\'s languages', () => {
    for (const lang of ['en', 'ru']) {
      const prepared = prepareForIndex(read(lang), `/${lang}/articles/${SLUG}/`);
      const urls = prepared?.records.map((r) => r.url) ?? [];
      for (const id of FIGURES) expect(urls.some((u) => u.endsWith(`#${id}`)), `${lang} ${id}`).toBe(true);
    }
  });
});
