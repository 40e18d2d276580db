/** Figure data (issues 13.5 and 16.1): types, dates, encodings, limits, several files, joins, downloads. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIsoDate, parseIsoDateTime } from '../../src/lib/figures/cells.ts';
import { DATA_LIMITS, decodeUtf8, parseDelimited } from '../../src/lib/figures/data.ts';
import { neutralizeCell, toCsv } from '../../src/lib/figures/download.ts';
import { loadFigure } from '../../src/lib/figures/load.ts';
import { localizeSpec } from '../../src/lib/figures/localize.ts';
import { compileSpec } from '../../src/lib/figures/render.ts';
import { figureTable } from '../../src/lib/figures/table.ts';
import type { FigureColumn } from '../../src/schemas/figure.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-data-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const l = (en: string, kk = en, ru = en) => ({ en, kk, ru });
const col = (type: FigureColumn['type'], extra: Partial<FigureColumn> = {}): FigureColumn => ({ type, title: l(type), ...extra });

/** A test article folder: data files, one figure, and the edition files named in `langs`. */
function article(name: string, figure: Record<string, unknown>, data: Record<string, string | Buffer>, langs = ['en', 'kk', 'ru'], original = 'en'): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, 'figures'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  for (const [f, text] of Object.entries(data)) fs.writeFileSync(path.join(dir, 'data', f), text);
  for (const lang of langs) fs.writeFileSync(path.join(dir, `${lang}.mdx`), '# test\n');
  fs.writeFileSync(path.join(dir, 'article.yaml'), `originalLanguage: ${original}\n`);
  fs.writeFileSync(path.join(dir, 'figures', 'fig-x.json'), JSON.stringify({ provenance: 'test', title: l('T'), description: l('D'), source: l('S'), ...figure }));
  return dir;
}

describe('dates and numbers in data files', () => {
  const columns = { month: col('date'), at: col('datetime'), n: col('integer') };

  it('reads ISO 8601 dates and date-times as UTC instants', () => {
    expect(parseIsoDate('2020-03')).toBe(Date.UTC(2020, 2, 1));
    expect(parseIsoDate('2020-02-29')).toBe(Date.UTC(2020, 1, 29));
    expect(parseIsoDateTime('2020-03-15T12:30:00+06:00')).toBe(Date.UTC(2020, 2, 15, 6, 30));
    const t = parseDelimited('month,at,n\n1958-03,2020-01-01T00:00Z,7\n', columns, 'd.csv');
    expect(t.rows).toEqual([{ month: Date.UTC(1958, 2, 1), at: Date.UTC(2020, 0, 1), n: 7 }]);
  });

  for (const bad of ['2020-13-45', 'next year', '2021-02-29', '03/15/2020']) {
    it(`stops on "${bad}" in a date column with the file, line and column`, () => {
      expect(() => parseDelimited(`month,at,n\n2020-01,2020-01-01T00:00,1\n${bad},2020-01-01T00:00,1\n`, columns, 'd.csv')).toThrow(new RegExp(`d\\.csv:3 \\[month\\]: expected an ISO 8601 date.*"${bad}"`));
    });
  }

  it('stops on a fraction in an integer column', () => {
    expect(() => parseDelimited('month,at,n\n2020,2020-01-01T00:00,1.5\n', columns, 'd.csv')).toThrow(/d\.csv:2 \[n\]: expected a whole number/);
  });
});

describe('encodings and limits', () => {
  it('stops on invalid UTF-8 with the line of the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\nx,1\n'), Buffer.from([0x79, 0xff, 0x2c, 0x32, 0x0a])]);
    expect(() => decodeUtf8(bytes, 'd.csv')).toThrow(/d\.csv:3: invalid UTF-8/);
    expect(decodeUtf8(Buffer.from('\uFEFFa,b\n'), 'd.csv')).toBe('a,b\n');
  });

  it('states the row limit when a file has more rows', () => {
    const text = `v\n${'1\n'.repeat(DATA_LIMITS.rows + 1)}`;
    expect(() => parseDelimited(text, { v: col('number') }, 'big.csv')).toThrow(new RegExp(`big\\.csv:${DATA_LIMITS.rows + 2}: the file has ${DATA_LIMITS.rows + 1} data rows, over the limit of ${DATA_LIMITS.rows} rows`));
  });

  it('locates an error on the last of 100,000 rows (line numbers are counted once, in one pass)', () => {
    const text = `k,v\n${Array.from({ length: 99_999 }, (_, i) => `"k${i}",${i}.50\n`).join('')}last,oops\n`;
    expect(() => parseDelimited(text, { k: col('string'), v: col('number') }, 'big.csv')).toThrow(/big\.csv:100001 \[v\]/);
  });
});

describe('category codes that are names of Object properties', () => {
  it('labels "constructor" and "__proto__" like any other code, in the chart and the table', () => {
    const labels = JSON.parse('{"constructor": {"en": "Builder", "kk": "Құрылысшы", "ru": "Строитель"}, "__proto__": {"en": "Proto", "kk": "Прото", "ru": "Прото"}}');
    const figure = { data: 'x.csv', columns: { code: { type: 'string', title: l('Code'), labels }, v: { type: 'number', title: l('V') } }, spec: { mark: 'bar', encoding: { x: { field: 'code', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } } } };
    const dir = article('proto', figure, { 'x.csv': 'code,v\nconstructor,1\n__proto__,2\ntoString,3\n' });
    const loaded = loadFigure(dir, 'fig-x');
    const vl = localizeSpec(loaded, 'ru') as { datasets: { table: { code: string }[] } };
    expect(vl.datasets.table.map((r) => r.code)).toEqual(['Строитель', 'Прото', 'toString']);
    expect(figureTable(loaded, 'en').rows.map((r) => r[0]!.text)).toEqual(['Builder', 'Proto', 'toString']);
  });
});

describe('several data files', () => {
  const columns = { station: col('string'), month: col('date'), ppm: col('number'), lat: col('number') };
  const spec = { mark: 'line', encoding: { x: { field: 'month', type: 'temporal' }, y: { field: 'ppm', type: 'quantitative' }, color: { field: 'station', type: 'nominal' } } };
  const data = { 'co2.tsv': 'station\tmonth\tppm\nmlo\t1958-03\t315.70\nspo\t1958-03\t314.10\n', 'stations.json': JSON.stringify([{ station: 'mlo', lat: 19.5 }, { station: 'spo', lat: -89.98 }]) };

  it('joins a JSON file to a TSV as declared, and the download shows the joined rows with the source\'s text', () => {
    const dir = article('join', { data: { co2: 'co2.tsv', stations: 'stations.json' }, join: [{ dataset: 'stations', on: 'station' }], columns, spec }, data);
    const loaded = loadFigure(dir, 'fig-x');
    expect(loaded.columns).toEqual(['station', 'month', 'ppm', 'lat']);
    expect(toCsv(loaded.raw, loaded.columns)).toBe('station,month,ppm,lat\nmlo,1958-03,315.70,19.5\nspo,1958-03,314.10,-89.98\n');
    const vl = localizeSpec(loaded, 'en') as { data: unknown; datasets: Record<string, unknown[]>; encoding: { x: { scale: unknown } } };
    expect(vl.data).toEqual({ name: 'co2' });
    expect(Object.keys(vl.datasets)).toEqual(['co2', 'stations']);
    expect(vl.encoding.x.scale).toEqual({ type: 'utc' });
  });

  it('stops on a key with no match in the joined file', () => {
    const dir = article('join-miss', { data: { co2: 'co2.tsv', stations: 'stations.json' }, join: [{ dataset: 'stations', on: 'station' }], columns, spec }, { ...data, 'stations.json': '[{"station": "mlo", "lat": 1}]' });
    expect(() => loadFigure(dir, 'fig-x')).toThrow(/co2\.tsv \[station\]: data row 2: key "spo" has no row in .*stations\.json/);
  });
});

describe('texts in the article\'s own languages only', () => {
  const figure = { data: 'x.csv', columns: { k: { type: 'string', title: { en: 'Key', ru: 'Ключ' } }, v: { type: 'number', title: { en: 'V', ru: 'V' } } }, title: { en: 'Title', ru: 'Заголовок' }, description: { en: 'D', ru: 'D' }, source: { en: 'S', ru: 'S' }, spec: { mark: 'bar', encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } } } };

  it('needs no Kazakh text when the article has no Kazakh edition, and falls back to the original, marked', () => {
    const loaded = loadFigure(article('en-ru', figure, { 'x.csv': 'k,v\na,1\n' }, ['en', 'ru'], 'ru'), 'fig-x');
    expect(loaded.fallback).toBe('ru');
    expect(figureTable(loaded, 'kk').headers[0]).toEqual({ text: 'Ключ', lang: 'ru', numeric: false });
    expect(figureTable(loaded, 'en').headers[0]).toEqual({ text: 'Key', numeric: false });
  });

  it('stops when a text is missing in one of the article\'s languages', () => {
    const dir = article('en-ru-missing', { ...figure, title: { en: 'Title' } }, { 'x.csv': 'k,v\na,1\n' }, ['en', 'ru']);
    expect(() => loadFigure(dir, 'fig-x')).toThrow(/fig-x\.json \[title\.ru\]: missing the "ru" text/);
  });
});

describe('the CSV download and spreadsheet formulas', () => {
  it('neutralizes cells a spreadsheet would evaluate and keeps plain numbers', () => {
    expect(['=1+2', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(neutralizeCell)).toEqual(["'=1+2", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(['-3.5', '+2', '315.70', 'plain', '1e-3'].map(neutralizeCell)).toEqual(['-3.5', '+2', '315.70', 'plain', '1e-3']);
  });

  it('shows the value itself on the page while the download is neutralized', () => {
    const figure = { data: 'x.csv', columns: { k: { type: 'string', title: l('K') }, v: { type: 'number', title: l('V') } }, spec: { mark: 'bar', encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } } } };
    const loaded = loadFigure(article('formula', figure, { 'x.csv': 'k,v\n=HYPERLINK("http://x"),-3.5\n' }), 'fig-x');
    expect(figureTable(loaded, 'en').rows[0]![0]!.text).toBe('=HYPERLINK("http://x")');
    expect(toCsv(loaded.raw, loaded.columns)).toBe('k,v\n"\'=HYPERLINK(""http://x"")",-3.5\n');
  });
});

describe('figure ids', () => {
  it('must start with fig- (search and the language switcher link to figures by it), or the build stops naming the file', () => {
    const figure = { data: 'x.csv', columns: { k: { type: 'string', title: l('K') } }, spec: { mark: 'point', encoding: { x: { field: 'k', type: 'nominal' } } } };
    const dir = article('ids', figure, { 'x.csv': 'k\na\n' });
    fs.renameSync(path.join(dir, 'figures', 'fig-x.json'), path.join(dir, 'figures', 'chart.json'));
    expect(() => loadFigure(dir, 'chart')).toThrow(/figures\/chart\.json: figure id "chart" must start with "fig-"/);
  });
});

describe('dates in tooltips', () => {
  it('are written in UTC at the data\'s precision, so no reader\'s time zone shifts a month', () => {
    const figure = {
      data: 'x.csv',
      columns: { month: { type: 'date', title: l('Month') }, v: { type: 'number', title: l('V') } },
      spec: { mark: 'line', encoding: { x: { field: 'month', type: 'temporal' }, y: { field: 'v', type: 'quantitative' }, tooltip: [{ field: 'month', type: 'temporal' }] } },
    };
    const loaded = loadFigure(article('tooltip-dates', figure, { 'x.csv': 'month,v\n1958-03,1\n1958-04,2\n' }), 'fig-x');
    const vega = JSON.stringify(compileSpec(localizeSpec(loaded, 'ru'), 'ru'));
    expect(vega).toContain('utcFormat(datum[\\"utcyearmonth_month\\"], \\"%b %Y\\")');
    expect(vega).not.toMatch(/[^c]timeFormat\(/);
  });
});
