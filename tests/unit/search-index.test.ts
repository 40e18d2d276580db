import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt.ts';
import { prepareForIndex } from '../../src/lib/search/index-html.ts';

// The Pagefind Node API, mocked at its module boundary.
const api = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => null),
}));
vi.mock('pagefind', () => api);
const { buildSearchIndex, urlOf } = await import('../../scripts/lib/search-index.ts');

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>
<header class="site-header"><nav>Menu</nav></header><main>${body}</main><footer class="site-footer">Footer</footer></body></html>`;

const ARTICLE = (lang: string, text: string) => page(lang, `
<div data-pagefind-body><h1 data-pagefind-meta="title">Блогерлер және мемлекет</h1><h2 id="abstract">Аңдатпа</h2><p>${text}</p></div>
<div data-pagefind-body><h2 id="sec-1">1. Кіріспе</h2><p>Кітабы туралы.</p>
<figure class="table-figure" id="table-1"><figcaption><span class="label">1-кесте.</span> Желілер</figcaption>
<table><tr><th>Көрсеткіш</th><td>4,7 млрд</td></tr></table><p class="source">Дереккөз: DataReportal.</p></figure>
<h3 id="sec-1-1">1.1 Facebook</h3>
<figure class="figure" id="fig-a"><figcaption>1-сурет. Дереккөздер</figcaption><img alt="диаграмма"><p class="figure-description">Онлайн-арналар 82%</p>
<div><button type="button">Ашу</button><ul><li><a href="a.csv" download>CSV</a></li></ul><span role="status">жүктелуде</span></div>
<details><summary>Деректері</summary><table><tr><td>Теледидар</td></tr></table></details>
<p class="source">Кесте: Н.Ж. Көшкенов.</p>
<details class="figure-cite"><summary>Суретке сілтеме</summary><p>Көшкенов Н.Ж. (2022). Кітабы. https://journal.example.org/kk/articles/x/#fig-a</p></details></figure></div>`);

describe('what the indexer is given for a page', () => {
  it('skips pages without data-pagefind-body (lists, search page, fallbacks)', () => {
    expect(prepareForIndex(page('en', '<p>Issue list</p>'), '/en/')).toBeNull();
  });

  it('turns each figure and table into its own record with a deep link, type, article and section', () => {
    const p = prepareForIndex(ARTICLE('kk', 'Блогерлер'), '/kk/articles/x/')!;
    expect(p.language).toBe('kk');
    expect(p.records.map((r) => [r.url, r.filters.type, r.filters.section, r.filters.article])).toEqual([
      ['/kk/articles/x/#table-1', ['table'], ['1. Кіріспе'], ['Блогерлер және мемлекет']],
      ['/kk/articles/x/#fig-a', ['figure'], ['1.1 Facebook'], ['Блогерлер және мемлекет']],
    ]);
    expect(p.records[0]!.meta.title).toBe('1-кесте. Желілер');
    expect(p.records[0]!.content).toBe('1-кесте. Желілер Көрсеткіш 4,7 млрд');
    const fig = p.records[1]!.content;
    expect(fig).toBe('1-сурет. Дереккөздер Онлайн-арналар 82% Теледидар');
    for (const boilerplate of ['Ашу', 'CSV', 'жүктелуде', 'Деректері']) expect(fig).not.toContain(boilerplate);
    // not the cite-this-figure text, a source line crediting the author, or any URL
    for (const text of ['Көшкенов', 'https://', 'DataReportal', 'Суретке сілтеме']) expect(p.records.map((r) => r.content).join(' ')).not.toContain(text);
    // the page record leaves them out, so a table cell is found once, as the table
    expect(p.html).not.toContain('table-1');
    expect(p.html).not.toContain('4,7 млрд');
    expect(p.html).not.toContain('fig-a');
  });

  it('gives Pagefind only what it reads: the language, the title, the bodies and the metadata', () => {
    const p = prepareForIndex(ARTICLE('kk', 'Блогерлер'), '/kk/articles/x/')!;
    expect(p.html).toMatch(/^<!doctype html><html lang="kk"><head><title>t<\/title><\/head><body><main><div data-pagefind-body="">/);
    for (const chrome of ['Menu', 'Footer', 'site-header']) expect(p.html).not.toContain(chrome);
    expect(p.html).toContain('<h1 data-pagefind-meta="title">Блогерлер және мемлекет</h1>');
    expect(p.html).toContain('<h3 id="sec-1-1">1.1 Facebook</h3>');
  });

  it('puts the Kazakh stems prefix matching cannot reach in searched metadata, never in the text', () => {
    const kk = prepareForIndex(ARTICLE('kk', 'Блогерлер'), '/kk/articles/x/')!;
    expect(kk.html).toContain('<p>Кітабы туралы.</p>');
    expect(kk.html).toContain('<span data-pagefind-meta="stems:кітап"></span></body>');
    const ru = prepareForIndex(ARTICLE('ru', 'Блогеры'), '/ru/articles/x/')!;
    expect(ru.html).not.toContain('stems:');
  });

  it('keeps stems out of headings, titles and figure records, which results show', () => {
    const html = page('kk', '<div data-pagefind-body><h1 data-pagefind-meta="title">Кітабы</h1><h2 id="sec-1">1. Себебі</h2><p>Мәтін.</p>'
      + '<figure class="figure" id="fig-b"><figcaption>2-сурет. Жүрегі</figcaption></figure></div>');
    const p = prepareForIndex(html, '/kk/articles/x/')!;
    expect(p.html).toContain('<h1 data-pagefind-meta="title">Кітабы</h1><h2 id="sec-1">1. Себебі</h2><p>Мәтін.</p>');
    expect(p.html).toContain('data-pagefind-meta="stems:кітап себеп"');
    expect(p.records[0]!.content).toBe('2-сурет. Жүрегі');
    expect(p.records[0]!.meta.stems).toBe('жүрек');
  });
});

describe('excerpts are split into text and marks, never HTML', () => {
  it('treats only <mark> as markup and shows everything else as text', () => {
    expect(excerptParts('a <mark>блогер&amp;</mark> &lt;img src=x onerror=alert(1)&gt;<b>!</b>')).toEqual([
      { text: 'a ', mark: false },
      { text: 'блогер&', mark: true },
      { text: ' <img src=x onerror=alert(1)><b>!</b>', mark: false },
    ]);
    expect(excerptParts('?a=1&b=2 <mark>x</mark>')).toEqual([{ text: '?a=1&b=2 ', mark: false }, { text: 'x', mark: true }]);
  });
});

describe('the Pagefind integration', () => {
  let dir: string;
  let index: Record<string, ReturnType<typeof vi.fn>>;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-unit-'));
    fs.mkdirSync(path.join(dir, 'kk/articles/x'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), page('en', '<p>Choose a language</p>'));
    fs.writeFileSync(path.join(dir, 'kk/articles/x/index.html'), ARTICLE('kk', 'Блогерлер'));
    index = {
      addHTMLFile: vi.fn(async () => ({ errors: [], file: { uniqueWords: 1, url: '/', meta: {} } })),
      addCustomRecord: vi.fn(async () => ({ errors: [], file: { uniqueWords: 1, url: '/', meta: {} } })),
      // As Pagefind: an entry naming the language of the pages added, and that language's files.
      writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
        const langs = [...new Set(index.addHTMLFile!.mock.calls.map(([p]) => /^\/(\w+)\//.exec((p as { url: string }).url)?.[1]))];
        const lang = langs.at(-1)!;
        fs.mkdirSync(path.join(outputPath, 'fragment'), { recursive: true });
        fs.writeFileSync(path.join(outputPath, 'pagefind.js'), 'shared');
        fs.writeFileSync(path.join(outputPath, 'fragment', `${lang}_1.pf_fragment`), lang);
        fs.writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { [lang]: { hash: `${lang}_1`, page_count: 1 } } }));
        return { errors: [], outputPath };
      }),
    };
    process.env.SEARCH_CACHE_DIR = path.join(dir, '.search-cache');
    api.createIndex.mockReset().mockResolvedValue({ errors: [], index });
    api.close.mockClear();
  });
  afterEach(() => {
    delete process.env.SEARCH_CACHE_DIR;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('indexes the article pages and their figures into the output folder Astro gives it, then closes', async () => {
    const summary = await buildSearchIndex(dir);
    expect(summary).toEqual({ pages: 1, records: 2, languages: { kk: 1 }, made: ['kk'] });
    expect(index.addHTMLFile).toHaveBeenCalledWith(expect.objectContaining({ url: '/kk/articles/x/' }));
    expect(index.writeFiles).toHaveBeenCalledTimes(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')).languages).toEqual({ kk: { hash: 'kk_1', page_count: 1 } });
    expect(fs.readFileSync(path.join(dir, 'pagefind/fragment/kk_1.pf_fragment'), 'utf8')).toBe('kk');
    expect(api.close).toHaveBeenCalledTimes(1);
    expect(urlOf(dir, path.join(dir, 'kk/articles/x/index.html'))).toBe('/kk/articles/x/');
    expect(urlOf(dir, path.join(dir, 'kk/404.html'))).toBe('/kk/404.html');
  });

  it.each([
    ['createIndex', () => api.createIndex.mockResolvedValue({ errors: ['bad config'] }), /createIndex: bad config/],
    ['addHTMLFile', () => index.addHTMLFile!.mockResolvedValue({ errors: ['parse failed'] }), /addHTMLFile kk\/articles\/x\/index\.html: parse failed/],
    ['addCustomRecord', () => index.addCustomRecord!.mockResolvedValue({ errors: ['no language'] }), /addCustomRecord \/kk\/articles\/x\/#table-1: no language/],
    ['writeFiles', () => index.writeFiles!.mockResolvedValue({ errors: ['disk full'] }), /writeFiles: disk full/],
    ['a crashed service', () => index.addHTMLFile!.mockRejectedValue(new Error('binary exited')), /binary exited/],
  ])('fails the build with the cause when %s reports an error, and still closes Pagefind', async (_step, arrange, message) => {
    arrange();
    const error = await buildSearchIndex(dir).then(() => null, (e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(/^Pagefind indexing of .* failed: /);
    expect(error!.message).toMatch(message);
    expect(error!.cause).toBeInstanceOf(Error);
    expect(api.close).toHaveBeenCalledTimes(1);
  });

  it('indexes each language on its own, takes an unchanged language from the cache and names every language in one entry', async () => {
    fs.mkdirSync(path.join(dir, 'en/articles/x'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'en/articles/x/index.html'), ARTICLE('en', 'Bloggers'));
    await buildSearchIndex(dir);
    expect(api.createIndex).toHaveBeenCalledTimes(2);
    const entry = () => JSON.parse(fs.readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry().languages)).toEqual(['en', 'kk']);
    expect(fs.readdirSync(path.join(dir, 'pagefind/fragment')).sort()).toEqual(['en_1.pf_fragment', 'kk_1.pf_fragment']);
    // An edit in the English page: only English is indexed again.
    fs.rmSync(path.join(dir, 'pagefind'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'en/articles/x/index.html'), ARTICLE('en', 'Bloggers and the state'));
    api.createIndex.mockClear();
    index.addHTMLFile!.mockClear();
    await buildSearchIndex(dir);
    expect(api.createIndex).toHaveBeenCalledTimes(1);
    expect(index.addHTMLFile!.mock.calls.map(([p]) => (p as { url: string }).url)).toEqual(['/en/articles/x/']);
    expect(Object.keys(entry().languages)).toEqual(['en', 'kk']);
    expect(fs.existsSync(path.join(dir, 'pagefind/fragment/kk_1.pf_fragment'))).toBe(true);
  });

  it('fails when no page carries data-pagefind-body, rather than shipping an empty search', async () => {
    fs.rmSync(path.join(dir, 'kk'), { recursive: true });
    await expect(buildSearchIndex(dir)).rejects.toThrow(/no page .* has data-pagefind-body/);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(api.close).toHaveBeenCalledTimes(1);
  });
});
