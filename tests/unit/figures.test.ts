/** Figures: data files, figure files and their errors, localization, compile and render, formats, escaping. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFigure } from '../../src/lib/figures/check.ts';
import { parseDelimited, parseFigureCsv } from '../../src/lib/figures/data.ts';
import { toCsv } from '../../src/lib/figures/download.ts';
import { listFigures, loadFigure } from '../../src/lib/figures/load.ts';
import { localizeSpec } from '../../src/lib/figures/localize.ts';
import { compileSpec, rasterize, renderSvg, svgSize, toDataflow } from '../../src/lib/figures/render.ts';
import { figureTable, numberFormatter } from '../../src/lib/figures/table.ts';
import { FIGURE_LOCALES } from '../../src/lib/figures/locales.ts';
import { LANGS, LOCALES } from '../../src/i18n/locales.ts';
import type { FigureColumn } from '../../src/schemas/figure.ts';

const ARTICLE_DIR = path.resolve('content/articles/bloggers-and-the-state');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-unit-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const l = (en: string, kk = en, ru = en) => ({ en, kk, ru });
const col = (type: 'string' | 'number', extra: Partial<FigureColumn> = {}): FigureColumn => ({ type, title: l(type), ...extra });

/** A throwaway article folder with one figure and its data file. */
function fixture(name: string, figure: Record<string, unknown>, csv: string | null): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, 'figures'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'figures', 'fig-x.json'), JSON.stringify(figure));
  if (csv !== null) fs.writeFileSync(path.join(dir, 'data', 'x.csv'), csv);
  return dir;
}

const baseFigure = {
  data: 'x.csv',
  provenance: 'Test data.',
  columns: {
    name: { type: 'string', title: l('Name', 'Атауы', 'Название'), labels: { a: l('Alpha', 'Альфа', 'Альфа') } },
    value: { type: 'number', title: l('Value', 'Мәні', 'Значение'), format: ',.1f' },
  },
  strings: { axis: l('Axis', 'Ось kk', 'Ось ru') },
  title: l('T'),
  description: l('D'),
  source: l('S'),
  spec: {
    mark: 'bar',
    width: 200,
    encoding: {
      y: { field: 'name', type: 'nominal', sort: null },
      x: { field: 'value', type: 'quantitative', axis: { title: { $t: 'axis' } } },
      tooltip: [{ field: 'name', type: 'nominal' }, { field: 'value', type: 'quantitative' }],
    },
  },
};

describe('reading a data file', () => {
  const columns = { name: col('string'), value: col('number') };

  it('types numbers, keeps text and reads an empty cell as missing rather than zero', () => {
    expect(parseFigureCsv('name,value\n"a, b",1.5\nc,\n', columns, 'd.csv')).toEqual([
      { name: 'a, b', value: 1.5 },
      { name: 'c', value: null },
    ]);
  });

  it('names the file, line and column of a cell that is not a number', () => {
    expect(() => parseFigureCsv('name,value\na,1\nb,1 200\n', columns, 'data/d.csv')).toThrow(/data\/d\.csv:3 \[value\]: expected a number/);
  });

  it('names the line of a row with the wrong number of cells', () => {
    expect(() => parseFigureCsv('name,value\na,1\nb,2,3\n', columns, 'd.csv')).toThrow(/d\.csv:3: expected 2 cells/);
  });

  it('reports malformed quoting with the line of the broken record', () => {
    expect(() => parseFigureCsv('name,value\na,1\n"b,2\n', columns, 'd.csv')).toThrow(/d\.csv:3: malformed CSV/);
  });

  it('counts lines inside quoted cells when locating a later error', () => {
    expect(() => parseFigureCsv('name,value\n"two\nlines",1\nc,x\n', columns, 'd.csv')).toThrow(/d\.csv:4 \[value\]/);
  });

  it('rejects a header that lacks a declared column or has an undeclared one', () => {
    expect(() => parseFigureCsv('name\na\n', columns, 'd.csv')).toThrow(/d\.csv:1 \[value\]: the figure declares column "value"/);
    expect(() => parseFigureCsv('name,value,extra\na,1,2\n', columns, 'd.csv')).toThrow(/\[extra\]: column "extra" is not declared/);
  });

  it('rejects an empty file and a file with a header only', () => {
    expect(() => parseFigureCsv('', columns, 'd.csv')).toThrow(/d\.csv:1: the data file is empty/);
    expect(() => parseFigureCsv('name,value\n', columns, 'd.csv')).toThrow(/d\.csv:2: expected at least one data row/);
  });

  it('writes rows back to CSV that parse to the same rows', () => {
    const source = 'name,value\n"a, ""quoted""",2.50\nb,\n';
    const table = parseDelimited(source, columns, 'd.csv');
    const csv = toCsv(table.raw, table.columns);
    expect(csv).toBe(source);
    expect(parseFigureCsv(csv, columns, 'd.csv')).toEqual([{ name: 'a, "quoted"', value: 2.5 }, { name: 'b', value: null }]);
  });
});

describe('loading a figure file', () => {
  it('stops on a spec that names a field the data lacks, naming the figure file, the field path and the data file', () => {
    const spec = { ...baseFigure.spec, encoding: { ...baseFigure.spec.encoding, color: { field: 'colour', type: 'nominal' } } };
    const dir = fixture('bad-field', { ...baseFigure, spec }, 'name,value\na,1\n');
    expect(() => loadFigure(dir, 'fig-x')).toThrow(/fig-x\.json \[spec\.encoding\.color\.field\]: the spec names field "colour", which .*x\.csv does not have/);
  });

  it('accepts fields that a transform makes', () => {
    const spec = { ...baseFigure.spec, transform: [{ calculate: 'datum.value * 2', as: 'double' }], encoding: { ...baseFigure.spec.encoding, x: { field: 'double', type: 'quantitative' } } };
    const dir = fixture('derived', { ...baseFigure, spec }, 'name,value\na,1\n');
    expect(loadFigure(dir, 'fig-x').rows).toHaveLength(1);
  });

  it('stops when the data file is missing, naming the figure file and its data field', () => {
    const dir = fixture('no-data', baseFigure, null);
    expect(() => loadFigure(dir, 'fig-x')).toThrow(/fig-x\.json \[data\]: data file .*x\.csv does not exist/);
  });

  it('stops on a malformed data file, naming the data file and the line', () => {
    const dir = fixture('bad-csv', baseFigure, 'name,value\na,1\nb,two\n');
    expect(() => loadFigure(dir, 'fig-x')).toThrow(/x\.csv:3 \[value\]: expected a number.*"two"/);
  });

  it('stops on a figure file that misses a translation or embeds data', () => {
    const dir = fixture('no-kk', { ...baseFigure, title: { en: 'T', ru: 'T' } }, 'name,value\na,1\n');
    expect(() => loadFigure(dir, 'fig-x')).toThrow(/fig-x\.json \[title\.kk\]/);
    const dir2 = fixture('inline-data', { ...baseFigure, spec: { ...baseFigure.spec, data: { values: [] } } }, 'name,value\na,1\n');
    expect(() => loadFigure(dir2, 'fig-x')).toThrow(/\[spec\.data\]: "data" may only name one of the figure's datasets/);
  });

  it('stops on a text reference with no entry in strings', () => {
    const spec = { ...baseFigure.spec, title: { $t: 'nope' } };
    const dir = fixture('bad-text', { ...baseFigure, spec }, 'name,value\na,1\n');
    expect(() => loadFigure(dir, 'fig-x')).toThrow(/\[spec\.title\]: \{ "\$t": "nope" \} has no entry in "strings"/);
  });

  it('reports a bad figure to the content check as a located problem, and a good one as none', () => {
    const spec = { ...baseFigure.spec, encoding: { ...baseFigure.spec.encoding, color: { field: 'colour', type: 'nominal' } } };
    const bad = fixture('check-bad', { ...baseFigure, spec }, 'name,value\na,1\n');
    expect(checkFigure(bad, 'fig-x', (p) => p)).toEqual([
      expect.objectContaining({ severity: 'error', file: expect.stringMatching(/fig-x\.json$/), field: 'spec.encoding.color.field' }),
    ]);
    expect(checkFigure(fixture('check-ok', baseFigure, 'name,value\na,1\n'), 'fig-x', (p) => p)).toEqual([]);
  });

  it('stops on invalid JSON with the line of the mistake', () => {
    const dir = fixture('bad-json', baseFigure, 'name,value\na,1\n');
    fs.writeFileSync(path.join(dir, 'figures', 'fig-x.json'), '{\n  "data": "x.csv",\n  oops\n}');
    expect(() => loadFigure(dir, 'fig-x')).toThrow(/fig-x\.json:3: invalid JSON/);
  });
});

describe('localizing and compiling', () => {
  const dir = fixture('ok', baseFigure, 'name,value\na,1234.5\nb,2\nc,\n');
  const loaded = loadFigure(dir, 'fig-x');

  it('translates texts, field titles and category labels, and puts the rows inline', () => {
    const vl = localizeSpec(loaded, 'kk') as { data: { name: string }; datasets: Record<string, unknown[]>; encoding: Record<string, any> };
    expect(vl.encoding.x.axis.title).toBe('Ось kk');
    expect(vl.encoding.y.title).toBe('Атауы');
    expect(vl.encoding.tooltip[1]).toMatchObject({ title: 'Мәні', format: ',.1f' });
    expect(vl.data).toEqual({ name: 'table' });
    expect(vl.datasets.table).toEqual([{ name: 'Альфа', value: 1234.5 }, { name: 'b', value: 2 }, { name: 'c', value: null }]);
  });

  it('stops on a Vega-Lite warning, naming the figure file', () => {
    const vl = { ...localizeSpec(loaded, 'en'), encoding: { x: { field: 'value', type: 'quantitative', aggregate: 'nonsense' } } };
    expect(() => compileSpec(vl, 'en', 'figures/fig-x.json')).toThrow(/figures\/fig-x\.json \[spec\]: Vega-Lite/);
  });

  it('renders an SVG with Vega in Node, sized, with translated text', async () => {
    const svg = await renderSvg(toDataflow(compileSpec(localizeSpec(loaded, 'ru'), 'ru')), 'ru');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('Ось ru');
    expect(svg).toContain('Альфа');
    expect(svgSize(svg).width).toBeGreaterThan(200);
  });

  it('leaves the dataflow it renders untouched, so cached and fresh builds write the same file', async () => {
    const real = loadFigure(path.resolve(import.meta.dirname, '../../content/articles/bloggers-and-the-state'), 'fig-news-sources');
    const dataflow = toDataflow(compileSpec(localizeSpec(real, 'en'), 'en'));
    const before = JSON.stringify(dataflow);
    await renderSvg(dataflow, 'en');
    expect(JSON.stringify(dataflow)).toBe(before);
  });
});

describe('the charts\' d3 locales', () => {
  it('agree with Intl (CLDR) on separators, standalone (nominative) month names and day names in every language', () => {
    for (const lang of LANGS) {
      const intl = LOCALES[lang].intl;
      const parts = new Intl.NumberFormat(intl).formatToParts(12345.6);
      const { number, time } = FIGURE_LOCALES[lang];
      expect(number.decimal, lang).toBe(parts.find((p) => p.type === 'decimal')!.value);
      expect(number.thousands, lang).toBe(parts.find((p) => p.type === 'group')!.value);
      // An axis label is a month standing alone: Intl's standalone form ({ month: 'long' } only), in lower case.
      const month = (m: number) => new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2021, m, 5))).toLocaleLowerCase(intl);
      expect(time.months.map((m) => m.toLocaleLowerCase(intl)), lang).toEqual([...Array(12).keys()].map(month));
      const day = (d: number) => new Intl.DateTimeFormat(intl, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2021, 0, 3 + d)));
      expect(time.days, lang).toEqual([...Array(7).keys()].map(day));
    }
  });
});

describe('number formats', () => {
  it('writes Russian and Kazakh numbers with a decimal comma and a no-break space between thousands', () => {
    for (const lang of ['ru', 'kk'] as const) {
      expect(numberFormatter(lang, ',.1f')(1234567.5)).toBe('1\u00a0234\u00a0567,5');
      expect(numberFormatter(lang, '.1f')(52.2)).toBe('52,2');
    }
    expect(numberFormatter('en', ',.1f')(1234567.5)).toBe('1,234,567.5');
  });

  it('uses the same separators in the rendered chart as in the table', async () => {
    const dir = fixture('fmt', baseFigure, 'name,value\na,52.2\nb,30000\n');
    const loaded = loadFigure(dir, 'fig-x');
    const spec = { ...localizeSpec(loaded, 'kk'), layer: undefined };
    const svg = await renderSvg(toDataflow(compileSpec(spec, 'kk')), 'kk');
    expect(svg).toContain('30\u00a0000');
    expect(svg).not.toMatch(/30,000/);
    const table = figureTable(loaded, 'kk');
    expect(table.rows.map((r) => r[1]!.text)).toEqual(['52,2', '30\u00a0000,0']);
    const svgEn = await renderSvg(toDataflow(compileSpec(localizeSpec(loaded, 'en'), 'en')), 'en');
    expect(svgEn).toContain('30,000');
  });
});

describe('escaping text from data', () => {
  const evil = '<script>alert(1)</script> & "quotes"';
  const dir = fixture('evil', baseFigure, `name,value\n"${evil.replace(/"/g, '""')}",1\n`);
  const loaded = loadFigure(dir, 'fig-x');

  it('shows a <script> in a CSV cell as text in the SVG, in labels and in aria descriptions', async () => {
    const svg = await renderSvg(toDataflow(compileSpec(localizeSpec(loaded, 'en'), 'en')), 'en');
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps the cell verbatim for the table, which the page prints escaped', () => {
    expect(figureTable(loaded, 'en').rows[0]![0]!.text).toBe(evil);
  });
});

describe('the PNG font', () => {
  const kazakh = (family: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-size="24" font-family='${family}'>әғқңөұүһі</text></svg>`;
  const inked = (img: { pixels: Buffer }) => {
    const px = img.pixels; // a getter that copies: read it once
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! < 128) n++;
    return n;
  };

  it('draws Kazakh letters from the bundled Noto Sans without system fonts', () => {
    expect(inked(rasterize(kazakh('"Noto Sans", sans-serif'), 1))).toBeGreaterThan(100);
  });

  it('draws nothing when no font is given, so the check above can fail', () => {
    expect(inked(rasterize(kazakh('"Noto Sans", sans-serif'), 1, []))).toBe(0);
  });
});

describe("the article's figures", () => {
  const ids = listFigures(ARTICLE_DIR);

  it('are the six the article places, each with a data file that round-trips through CSV', () => {
    expect(ids).toEqual(['fig-audiences', 'fig-facebook-subscribers', 'fig-news-by-age', 'fig-news-sources', 'fig-social-platforms', 'fig-state-budget']);
    for (const id of ids) {
      const f = loadFigure(ARTICLE_DIR, id);
      const original = fs.readFileSync(path.join(ARTICLE_DIR, 'data', f.figure.data as string), 'utf8');
      expect(toCsv(f.raw, f.columns), id).toBe(original);
    }
  });

  it('state the budget in thousands of tenge: the five amounts sum to nearly 242 billion tenge', () => {
    const f = loadFigure(ARTICLE_DIR, 'fig-state-budget');
    const total = f.rows.reduce((s, r) => s + (r.expenditure_thousand_tenge as number), 0) * 1000;
    expect(total).toBeGreaterThan(241e9);
    expect(total).toBeLessThan(242e9);
  });

  it('keep the Ministry of Defense 2022 value missing, with its note, not zero', () => {
    const f = loadFigure(ARTICLE_DIR, 'fig-facebook-subscribers');
    expect(f.rows.find((r) => r.page === 'defense_ministry' && r.year === '2022')).toEqual({ page: 'defense_ministry', year: '2022', subscribers: null, note: 'no_page' });
  });

  it('compile and render in Kazakh with Kazakh labels in the SVG', async () => {
    const f = loadFigure(ARTICLE_DIR, 'fig-facebook-subscribers');
    const svg = await renderSvg(toDataflow(compileSpec(localizeSpec(f, 'kk'), 'kk', f.file)), 'kk');
    expect(svg).toContain('Қорғаныс министрлігі');
    expect(svg).toContain('парақша жоқ');
    expect(svg).toContain('64\u00a0000');
  });
});
