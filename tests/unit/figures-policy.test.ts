/**
 * Figures cannot reach outside their data (issue 13.2): the spec policy refuses every way a
 * spec could name a URL or data of its own, the loader Vega gets refuses every request, and the
 * content check renders every figure within time and memory limits.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFigureWith } from '../../src/lib/figures/check.ts';
import { loadFigure } from '../../src/lib/figures/load.ts';
import { renderSvg, toDataflow, type VegaSpec } from '../../src/lib/figures/render.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-policy-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const l = (en: string) => ({ en, kk: en, ru: en });
const columns = { k: { type: 'string', title: l('K') }, v: { type: 'number', title: l('V') }, region: { type: 'string', title: l('R') } };
const encoding = { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } };

/** A test article folder with figures (id → spec) over one CSV and one JSON file. */
function article(name: string, figures: Record<string, Record<string, unknown>>): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, 'figures'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'data', 'x.csv'), 'k,v\na,1\nb,2\n');
  fs.writeFileSync(path.join(dir, 'data', 'regions.json'), JSON.stringify([{ k: 'a', region: 'North' }, { k: 'b', region: 'South' }]));
  for (const [id, spec] of Object.entries(figures))
    fs.writeFileSync(path.join(dir, 'figures', `${id}.json`), JSON.stringify({ data: { x: 'x.csv', regions: 'regions.json' }, provenance: 'test', columns, title: l('t'), description: l('d'), source: l('s'), spec }));
  return dir;
}

describe('the spec policy', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a data URL inside a layer', { layer: [{ data: { url: '/etc/passwd' }, mark: 'bar', encoding }] }, /\[spec\.layer\.0\.data\]: "data" may only name/],
    ['a lookup from a URL', { mark: 'bar', encoding, transform: [{ lookup: 'k', from: { data: { url: 'http://127.0.0.1:9/x.csv' }, key: 'k', fields: ['v'] } }] }, /\[spec\.transform\.0\.from\.data\]/],
    ['inline values in a concat', { hconcat: [{ data: { values: [{ k: 'z', v: 9 }] }, mark: 'bar', encoding }] }, /\[spec\.hconcat\.0\.data\]/],
    ['a data generator', { layer: [{ data: { sequence: { start: 0, stop: 1e9 } }, mark: 'bar', encoding }] }, /\[spec\.layer\.0\.data\]/],
    ['datasets of its own', { vconcat: [{ datasets: { y: [] }, mark: 'bar', encoding }] }, /\[spec\.vconcat\.0\.datasets\]: "datasets" is not allowed/],
    ['an image mark with a url channel', { mark: 'image', encoding: { ...encoding, url: { field: 'k' } } }, /\[spec\.(mark|encoding\.url)\]/],
    ['an href channel', { mark: 'bar', encoding: { ...encoding, href: { field: 'k' } } }, /\[spec\.encoding\.href\]: "href" is not allowed/],
    ['an unknown dataset', { layer: [{ data: { name: 'secrets' }, mark: 'bar', encoding }] }, /\[spec\.layer\.0\.data\.?.*\]: dataset "secrets" is not one of/],
  ];
  for (const [what, spec, message] of cases) {
    it(`stops on ${what}, naming the figure file and the JSON path`, () => {
      const dir = article(what.replace(/\W+/g, '-'), { 'fig-x': spec });
      expect(() => loadFigure(dir, 'fig-x')).toThrow(message);
      expect(() => loadFigure(dir, 'fig-x')).toThrow(/figures\/fig-x\.json/);
    });
  }

  it('lets a lookup name another of the figure\'s datasets, which the build inserts', () => {
    const spec = { mark: 'bar', encoding: { ...encoding, color: { field: 'region', type: 'nominal' } }, transform: [{ lookup: 'k', from: { data: { name: 'regions' }, key: 'k', fields: ['region'] } }] };
    const loaded = loadFigure(article('lookup-ok', { 'fig-x': spec }), 'fig-x');
    expect(loaded.datasets.map((d) => d.name)).toEqual(['x', 'regions']);
  });
});

describe('the loader Vega gets', () => {
  let server: http.Server;
  let port = 0;
  let requests = 0;
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      requests++;
      res.end('k,v\nleaked,1\n');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('refuses files and URLs even in a Vega spec that names them, so nothing is read or requested', async () => {
    for (const url of ['/etc/passwd', 'file:///etc/passwd', `http://127.0.0.1:${port}/data.csv`]) {
      const spec = { width: 100, height: 50, data: [{ name: 'x', url, format: { type: 'csv' } }], marks: [{ type: 'text', from: { data: 'x' }, encode: { enter: { text: { field: 'k' } } } }] } as unknown as VegaSpec;
      const svg = await renderSvg(toDataflow(spec), 'en').catch((e: Error) => `refused: ${e.message}`);
      expect(svg).not.toMatch(/root:|leaked/);
    }
    expect(requests).toBe(0);
  });
});

describe('the content check renders every figure within limits', () => {
  const limits = { timeoutMs: 20_000, memoryMb: 160 };
  const runaway = { mark: 'point', encoding, transform: [{ impute: 'v', key: 'k', keyvals: { start: 0, stop: 3e8 }, groupby: [] }] };
  const badExpr = { mark: 'bar', encoding, transform: [{ calculate: 'nosuchfunction(datum.v)', as: 'w' }] };
  const ok = { mark: 'bar', encoding };

  it('turns a runaway transform into a located error and still checks the figures after it', () => {
    const dir = article('runaway', { 'fig-a': ok, 'fig-b': runaway, 'fig-c': ok });
    const check = checkFigureWith(limits);
    const rel = (p: string) => p;
    expect(check(dir, 'fig-a', rel)).toEqual([]);
    const [problem, ...more] = check(dir, 'fig-b', rel);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', field: 'spec' });
    expect(problem!.file).toMatch(/figures\/fig-b\.json$/);
    expect(problem!.message).toMatch(/rendering the chart (ran out of its 160 MB|did not finish within 20 s)/);
    expect(check(dir, 'fig-c', rel)).toEqual([]);
  }, 60_000);

  it('reports an error only Vega\'s parser sees, so "content OK" means the figure builds', () => {
    const dir = article('bad-expr', { 'fig-a': badExpr });
    const [problem] = checkFigureWith(limits)(dir, 'fig-a', (p) => p);
    expect(problem).toMatchObject({ severity: 'error', field: 'spec' });
    expect(problem!.message).toMatch(/Vega cannot render the chart \(en\)/);
  }, 30_000);
});
