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
    expect(await marks(page)).toContain('блогерлер');
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
});
