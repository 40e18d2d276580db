/**
 * The fixture journal (tests/fixtures/journal: test content, never published) built with the
 * real build script: journal structure, fallbacks, escaping.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { copyTree, fixtureJournal, root, runBuild } from './helpers.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

import { nuReport } from '../helpers/nu-checker.ts';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-fixture-dist-'));
const read = (p: string) => fs.readFileSync(path.join(out, p.endsWith('/') ? `${p}index.html` : p), 'utf8');

let buildOutput = '';
beforeAll(() => {
  const r = runBuild(fixtureJournal, out);
  if (r.status !== 0) throw new Error(r.output);
  buildOutput = r.output;
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('the journal structure', () => {
  it('lists the current issue on the home page and older issues in the archive', () => {
    const home = read('en/');
    const current = home.slice(home.indexOf('id="current-issue"'), home.indexOf('id="archive"'));
    expect(current).toContain('/en/issues/2024-2/');
    expect(home.slice(home.indexOf('id="archive"'))).toContain('/en/issues/2024-1/');
  });

  it('gives each issue a table of contents in page order', () => {
    const toc = read('ru/issues/2024-2/');
    const order = ['fixture-two-affiliations', 'fixture-no-kk', 'fixture-russian-only'].map((s) => toc.indexOf(`/ru/articles/${s}/`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('links articles to their neighbours in the issue and shows breadcrumbs', () => {
    const page = read('en/articles/fixture-no-kk/');
    expect(page).toMatch(/<a rel="prev" href="\/en\/articles\/fixture-two-affiliations\/"/);
    expect(page).toMatch(/<a rel="next" href="\/en\/articles\/fixture-russian-only\/"/);
    expect(page).toMatch(/<nav class="breadcrumbs"[^>]*>[\s\S]*\/en\/issues\/2024-2\//);
    expect(read('en/articles/fixture-two-affiliations/')).not.toContain('rel="prev"');
  });

  it('numbers two affiliations of one author', () => {
    const page = read('en/articles/fixture-two-affiliations/');
    expect(page).toMatch(/Aigerim Testova<sup>1,2<\/sup>/);
    expect(page).toContain('Test University A');
    expect(page).toContain('Test Institute B');
  });
});

describe('an article missing a language edition', () => {
  it('falls back to the original with a localized notice, marked and kept out of search', () => {
    const kk = read('kk/articles/fixture-no-kk/');
    expect(kk).toContain('data-edition="fallback"');
    expect(kk).toContain('Мақаланың толық мәтіні қазақ тілінде әзірге дайын емес');
    expect(kk).toMatch(/<div class="article-body" lang="en"/);
    expect(kk).toContain('<meta name="robots" content="noindex">');
    expect(kk).not.toContain('data-pagefind-body');
  });

  it('shows English metadata over the Russian body when only the Russian full text exists', () => {
    const en = read('en/articles/fixture-russian-only/');
    expect(en).toMatch(/<h1[^>]*>Fixture: an article in Russian only<\/h1>/);
    expect(en).toMatch(/<div class="article-body" lang="ru"/);
    expect(en).toContain('Полный текст тестовой статьи');
    expect(en).not.toContain('data-pagefind-body');
    const ru = read('ru/articles/fixture-russian-only/');
    expect(ru).toContain('data-pagefind-body');
    expect(ru).not.toContain('data-edition="fallback"');
  });
});

describe('the published site', () => {
  it('never contains fixture articles', () => {
    const real = path.join(root, 'content/articles');
    expect(fs.readdirSync(real).filter((s) => s.startsWith('fixture'))).toEqual([]);
  });
});

describe('text from content', () => {
  it('is escaped in every page, never run as markup', () => {
    const content = copyTree(fixtureJournal);
    const file = path.join(content, 'articles/fixture-no-kk/en.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8')
      .replace('title: "Fixture: no Kazakh edition"', 'title: "<script>alert(1)</script> & <b>bold</b>"')
      .replace('keywords: [fixture, fallback]', 'keywords: ["<img src=x onerror=alert(2)>"]'));
    const out2 = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-inject-'));
    const r = runBuild(content, out2);
    expect(r.status, r.output).toBe(0);
    for (const p of ['en/articles/fixture-no-kk/index.html', 'en/issues/2024-2/index.html', 'kk/articles/fixture-no-kk/index.html']) {
      const html = fs.readFileSync(path.join(out2, p), 'utf8');
      const tree = fromHtml(html);
      // No element was made from the text: no script running alert, no img, no bold.
      const scripts = selectAll('script', tree);
      expect(scripts.filter((s) => s.properties.type !== 'application/ld+json').map((s) => toString(s)).join('\n'), p).not.toMatch(/alert\(1\)/);
      // JSON-LD keeps the text as data, with < escaped so it cannot close its script element.
      for (const s of scripts.filter((s) => s.properties.type === 'application/ld+json')) {
        expect(toString(s), p).not.toContain('<');
        expect(JSON.stringify(JSON.parse(toString(s))), p).toContain('<script>alert(1)</script>');
      }
      expect(selectAll('img[onerror], b', tree), p).toEqual([]);
      expect(selectAll('[onerror]', tree), p).toEqual([]);
      // The text is shown as text.
      expect(html, p).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    fs.rmSync(out2, { recursive: true, force: true });
    fs.rmSync(content, { recursive: true, force: true });
  });

  it('that breaks rendering still leaves the previous output untouched', () => {
    const content = copyTree(fixtureJournal);
    const file = path.join(content, 'articles/fixture-no-kk/en.mdx');
    fs.appendFileSync(file, '\n<NoSuchComponent />\n');
    const out3 = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-render-fail-'));
    fs.writeFileSync(path.join(out3, 'index.html'), 'previous');
    const r = runBuild(content, out3);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/NoSuchComponent/);
    expect(fs.readdirSync(out3)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(out3, 'index.html'), 'utf8')).toBe('previous');
    fs.rmSync(out3, { recursive: true, force: true });
    fs.rmSync(content, { recursive: true, force: true });
  });
});

describe('article (a): a Russian original citing by key, with cross-references (fixture-keyed-ru)', () => {
  const body = (lang: string) => selectAll('.article-body', fromHtml(read(`${lang}/articles/fixture-keyed-ru/`)))[0]!;
  const links = (lang: string, cls: string) => selectAll(`a.${cls}`, body(lang)).map((a) => [String(a.properties.href), toString(a)]);

  it('prints cross-references with each language\'s word, numbered in the edition, linked to the target id', () => {
    const expected: Record<string, [string, string][]> = {
      ru: [['#methods', 'раздел 2'], ['#sec-2-1', 'раздел 2.1'], ['#tbl-stations', 'табл. 1'], ['#fig-levels', 'рис. 1']],
      en: [['#methods', 'Section 2'], ['#sec-2-1', 'Section 2.1'], ['#tbl-stations', 'Table 1'], ['#fig-levels', 'Figure 1']],
    };
    for (const [lang, refs] of Object.entries(expected)) {
      expect(links(lang, 'xref'), lang).toEqual(refs);
      // every cross-reference lands on an element of the page
      for (const [href] of refs) expect(selectAll(`[id="${href.slice(1)}"]`, body(lang)), `${lang} ${href}`).toHaveLength(1);
    }
  });

  it('uses the Kazakh word where the article has a Kazakh edition (fixture-two-affiliations)', () => {
    const xref = (lang: string) => selectAll('.article-body a.xref', fromHtml(read(`${lang}/articles/fixture-two-affiliations/`))).map((a) => [String(a.properties.href), toString(a)]);
    expect(xref('kk')).toEqual([['#sec-1', '1-бөлім']]);
    expect(xref('ru')).toEqual([['#sec-1', 'раздел 1']]);
    expect(xref('en')).toEqual([['#sec-1', 'Section 1']]);
  });

  it('gives headings their explicit ids, unnumbered sections too', () => {
    for (const lang of ['ru', 'en']) {
      const ids = selectAll('h2[id], h3[id]', body(lang)).map((h) => String(h.properties.id));
      expect(ids, lang).toEqual(['sec-1', 'methods', 'sec-2-1', 'acknowledgements']);
    }
    expect(toString(selectAll('#acknowledgements', body('ru'))[0]!)).toBe('Благодарности');
  });

  it('numbers references in order of first citation and prints the list in that order', () => {
    for (const lang of ['ru', 'en']) {
      expect(links(lang, 'cite'), lang).toEqual([['#ref-1', '[1]'], ['#ref-2', '[2, 3]'], ['#ref-2', '[2–4]']]);
      const list = selectAll('.references li', fromHtml(read(`${lang}/articles/fixture-keyed-ru/`)));
      expect(list.map((li) => String(li.properties.id)), lang).toEqual(['ref-1', 'ref-2', 'ref-3', 'ref-4']);
      // article.yaml lists them alphabetically; the text cites Sidorov first
      expect(list.map((li) => toString(li).trim().split(' ')[0]), lang).toEqual(['Сидоров', 'Иванова', 'Петров', 'Кузнецова']);
    }
  });

  it('carries the same order into the exports (Crossref deposit, citation_reference tags)', () => {
    const order = ['sidorov2021', 'ivanova2019', 'petrov2015', 'kuznetsova2018'];
    expect([...read('articles/fixture-keyed-ru/crossref.xml').matchAll(/<citation key="([^"]+)"/g)].map((m) => m[1])).toEqual(order);
    const tags = selectAll('meta[name="citation_reference"]', fromHtml(read('en/articles/fixture-keyed-ru/')));
    expect(tags.map((t) => String(t.properties.content).split(' ')[0])).toEqual(['Сидоров', 'Иванова', 'Петров', 'Кузнецова']);
  });

  it('falls back to the Russian original in Kazakh, with its Russian words, kept out of search', () => {
    const kk = read('kk/articles/fixture-keyed-ru/');
    expect(kk).toContain('data-edition="fallback"');
    expect(kk).toMatch(/<div class="article-body" lang="ru"/);
    expect(kk).toContain('<meta name="robots" content="noindex">');
    expect(kk).not.toContain('data-pagefind-body');
    expect(links('kk', 'xref').map(([, text]) => text)).toEqual(['раздел 2', 'раздел 2.1', 'табл. 1', 'рис. 1']);
  });

  it('stops the content check at the file and line of an unknown key or id', () => {
    const content = copyTree(fixtureJournal);
    const file = path.join(content, 'articles/fixture-keyed-ru/ru.mdx');
    const text = fs.readFileSync(file, 'utf8').replace('[@fig-levels]', '[@fig-nowhere]').replace('[@sidorov2021]', '[@sidorov2012]');
    fs.writeFileSync(file, text);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const errors = validateContent(content, { root: content }).errors.filter((e) => e.file === 'articles/fixture-keyed-ru/ru.mdx');
    expect(errors.map((e) => [e.line, e.message.split(':')[0]])).toEqual([
      [lineOf('[@sidorov2012]'), 'unknown key @sidorov2012'],
      [lineOf('[@fig-nowhere]'), 'unknown key @fig-nowhere'],
    ]);
    fs.rmSync(content, { recursive: true, force: true });
  });
});

describe('a draft (fixture-draft)', () => {
  it('is kept out of the production build: no page, no listing', () => {
    expect(fs.existsSync(path.join(out, 'en/articles/fixture-draft'))).toBe(false);
    expect(read('en/issues/2024-2/')).not.toContain('fixture-draft');
    expect(read('sitemap.xml')).not.toContain('fixture-draft');
    expect(read('en/issues/2024-2/')).toContain('/en/articles/fixture-keyed-ru/');
  });

  it('without draft: true, stops the build at its placeholders and leaves the output untouched', () => {
    const content = copyTree(fixtureJournal);
    const meta = path.join(content, 'articles/fixture-draft/article.yaml');
    const yaml = fs.readFileSync(meta, 'utf8').replace(/^draft: true\n/m, '');
    fs.writeFileSync(meta, yaml);
    const line = yaml.split('\n').findIndex((l) => l.includes('TODO: institution name')) + 1;
    const out4 = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-draft-'));
    const r = runBuild(content, out4);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(`fixture-draft/article.yaml:${line}: placeholder left: "name: { en: "TODO: institution name" }"`);
    expect(r.output).toMatch(/fixture-draft\/en\.mdx:2: placeholder left: "title: "TODO: title \(en\)""/);
    expect(fs.readdirSync(out4)).toEqual([]);
    fs.rmSync(out4, { recursive: true, force: true });
    fs.rmSync(content, { recursive: true, force: true });
  });
});

describe('the build log', () => {
  it('prints no warning a user cannot act on (such as the bundler on Astro\'s own MDX directive)', () => {
    expect(buildOutput).toContain('Complete!');
    expect(buildOutput.split('\n').filter((l) => /\bWARN\b|MODULE_LEVEL_DIRECTIVE/i.test(l)).join('\n')).toBe('');
  });
});

describe('authors, references and notices on the article page', () => {
  const ORCID = '0000-0002-1825-0097';
  it('shows and links each ORCID iD with the iD icon and the full https URL, in every edition', () => {
    for (const lang of ['en', 'kk', 'ru']) {
      const tree = fromHtml(read(`${lang}/articles/fixture-two-affiliations/`));
      const links = selectAll(`.authors a[href="https://orcid.org/${ORCID}"]`, tree);
      expect(links, lang).toHaveLength(1);
      const img = selectAll('img', links[0]!)[0]!;
      expect(img.properties.src, lang).toBe('/orcid-id.svg');
      expect(String(img.properties.alt), lang).toContain('ORCID');
      expect(toString(links[0]!).trim(), lang).toBe(`https://orcid.org/${ORCID}`);
    }
    expect(fs.readFileSync(path.join(out, 'orcid-id.svg'), 'utf8')).toContain('#a6ce39');
  });
  it('shows and links a reference DOI as a doi.org URL, and its URL', () => {
    for (const lang of ['en', 'kk', 'ru']) {
      const tree = fromHtml(read(`${lang}/articles/fixture-two-affiliations/`));
      const doi = selectAll('#ref-2 a[href="https://doi.org/10.5555/fixture-reference-two"]', tree);
      expect(doi.map((a) => toString(a)), lang).toEqual(['https://doi.org/10.5555/fixture-reference-two']);
      expect(selectAll('#ref-1 a[href="https://example.org/one"]', tree), lang).toHaveLength(1);
    }
  });
  it('are valid HTML on every fixture page (ORCID links, DOIs, fallbacks), by the Nu checker', () => {
    expect(nuReport(out)).toBe('');
  });
  it('puts the fallback notice before the abstract and the table of contents it explains', () => {
    const kk = read('kk/articles/fixture-no-kk/');
    const notice = kk.indexOf('data-edition="fallback"');
    expect(notice).toBeGreaterThan(0);
    expect(notice).toBeLessThan(kk.indexOf('class="abstract"'));
    expect(notice).toBeLessThan(kk.indexOf('class="toc"'));
    expect(notice).toBeLessThan(kk.indexOf('class="article-body"'));
  });
});
