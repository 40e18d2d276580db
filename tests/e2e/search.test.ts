/** Search in Chromium, in every language, under the shipped CSP. */
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/e2e.ts';
import type { Page } from 'playwright-core';
import { collectProblems, cspViolations, watchCsp } from '../helpers/browser.ts';
import { ARTICLE } from '../helpers/site.ts';

const env = useBrowserSite();

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await env.browser.newPage();
  await watchCsp(page);
  const problems = collectProblems(page);
  await page.goto(`${env.site.url}${path}`);
  return { page, problems };
}

/** Waits for the search page to settle (status no longer "searching…") and returns the status. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? '';
    return s !== '' && !s.endsWith('…');
  });
  return (await page.locator('[data-search-status]').textContent())!.trim();
}

async function marks(page: Page): Promise<string[]> {
  return page.locator('.search-results mark').evaluateAll((ms) => ms.map((m) => m.textContent!.toLowerCase()));
}

async function finish(page: Page, problems: string[]) {
  expect(problems).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  await page.close();
}

/** A word from one section only, per edition, and that section's id. */
const DEEP = [
  { lang: 'en', query: 'Kujawski', section: 'sec-3-1', noResults: 'Nothing was found for «qqzzyx».' },
  { lang: 'kk', query: 'Куявски', section: 'sec-3-1', noResults: '«qqzzyx» бойынша ештеңе табылмады.' },
  { lang: 'ru', query: 'Куявски', section: 'sec-3-1', noResults: 'По запросу «qqzzyx» ничего не найдено.' },
] as const;

describe('searching the journal', () => {
  for (const { lang, query, section, noResults } of DEEP) {
    it(`finds the ${lang} article from the header field and deep-links to the section with the match`, async () => {
      const { page, problems } = await open(`/${lang}/articles/${ARTICLE}/`);
      await page.waitForLoadState('networkidle');
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.locator('#site-search-q').fill(query);
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL(new RegExp(`/${lang}/search/\\?q=`));
      expect(await settled(page)).not.toBe('');
      const first = page.locator(`.search-results a[href$="#${section}"]`).first();
      await expect(first.count()).resolves.toBeGreaterThan(0);
      expect((await marks(page)).some((m) => m.includes(query.toLowerCase()))).toBe(true);
      expect(requested.some((p) => p.endsWith(`/pagefind/pagefind.js`))).toBe(true);
      await first.click();
      await page.waitForURL(new RegExp(`/${lang}/articles/${ARTICLE}/#${section}$`));
      // the section's heading is scrolled to the top part of the viewport
      const [top, height] = await page.evaluate((id) => [document.getElementById(id)!.getBoundingClientRect().top, innerHeight], section);
      expect(top).toBeGreaterThanOrEqual(-2);
      expect(top).toBeLessThan(height / 3);
      await finish(page, problems);
    });

    it(`says in ${lang} that nothing was found, and asks for a word when the query is empty`, async () => {
      const { page, problems } = await open(`/${lang}/search/?q=qqzzyx`);
      expect(await settled(page)).toBe(noResults);
      await expect(page.locator('.search-result').count()).resolves.toBe(0);
      await page.locator('#search-q').fill('');
      await page.locator('#search-q').press('Enter');
      const empty = await settled(page);
      expect(empty).not.toBe(noResults);
      expect(empty.length).toBeGreaterThan(5);
      await finish(page, problems);
    });
  }

  it('loads nothing of Pagefind until the reader focuses the search field', async () => {
    const { page, problems } = await open(`/kk/articles/${ARTICLE}/`);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await page.locator('#site-search-q').focus();
    await page.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await finish(page, problems);
  });

  it('finds блогерлер and желілерде from other Kazakh inflections', async () => {
    const { page, problems } = await open(`/kk/search/?q=${encodeURIComponent('блогерлердің')}`);
    await settled(page);
    // a mark may carry the punctuation after the word («блогерлер,»)
    expect((await marks(page)).map((m) => m.replace(/[^\p{L}]/gu, ''))).toContain('блогерлер');
    await page.locator('#search-q').fill('желілердің');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.search-results mark')].some((m) => m.textContent!.toLowerCase().startsWith('желілерде')));
    await finish(page, problems);
  });

  it('finds блогеры from блогерами through the Russian stemmer', async () => {
    const { page, problems } = await open(`/ru/search/?q=${encodeURIComponent('блогерами')}`);
    await settled(page);
    expect((await marks(page)).some((m) => /^блогеры(?![а-яё])/.test(m))).toBe(true);
    await finish(page, problems);
  });

  it('filters by content type and links a table hit to the table', async () => {
    const { page, problems } = await open('/en/search/?q=subscribers&type=table');
    await settled(page);
    const kinds = await page.locator('.search-result').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['table']));
    await expect(page.locator('.search-result h3 a').first().getAttribute('href')).resolves.toMatch(new RegExp(`/en/articles/${ARTICLE}/#table-\\d+$`));
    await finish(page, problems);
  });

  /** Every result's kind, link and shown text (titles and excerpts) for a query on a search page. */
  async function results(page: Page): Promise<{ kind: string; href: string; text: string }[]> {
    return page.locator('.search-result').evaluateAll((els) => els.map((e) => ({
      kind: (e as HTMLElement).dataset.kind ?? '',
      href: e.querySelector('a')?.getAttribute('href') ?? '',
      text: e.textContent ?? '',
    })));
  }

  it('finds a Kazakh word through a stem that is never shown, and shows no URL or citation text', async () => {
    // «ықпалдылық» is reached only through the stem of «ықпалдылығы» (қ → ғ before a vowel).
    const { page, problems } = await open(`/kk/search/?q=${encodeURIComponent('ықпалдылық')}`);
    await settled(page);
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((r) => r.href.startsWith(`/kk/articles/${ARTICLE}/`))).toBe(true);
    for (const q of ['ықпалдылық', 'әлеуметтік', 'Facebook', 'министрлігі']) {
      await page.locator('#search-q').fill(q);
      await page.locator('#search-q').press('Enter');
      await page.waitForURL(new RegExp(`q=${encodeURIComponent(q)}`));
      await settled(page);
      for (const r of await results(page)) {
        expect(r.text, `${q} ${r.href}`).not.toMatch(/https?:\/\//);
        // the stems the indexer adds (a run like «ықпалдылық қайшылық») are not in any excerpt
        expect(r.text, `${q} ${r.href}`).not.toMatch(/ықпалдылық қайшылық|тақ министрлік/);
        expect(r.text, `${q} ${r.href}`).not.toContain('Суретке сілтеме');
      }
    }
    await finish(page, problems);
  });

  for (const [lang, author] of [['kk', 'Молдабаев'], ['ru', 'Молдабаев'], ['en', 'Moldabayev']] as const) {
    it(`finds the ${lang} article once by an author's name, not once per figure`, async () => {
      const { page, problems } = await open(`/${lang}/search/?q=${encodeURIComponent(author)}`);
      await settled(page);
      const found = await results(page);
      expect(found.map((r) => [r.kind, r.href.split('#')[0]])).toEqual([['section', `/${lang}/articles/${ARTICLE}/`]]);
      await finish(page, problems);
    });
  }
});
