/** The real built site in Chromium: reading, switching language, keyboard, JS off. */
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/e2e.ts';
import { collectProblems, cspViolations, watchCsp } from '../helpers/browser.ts';
import { ARTICLE, LANGS } from '../helpers/site.ts';

const env = useBrowserSite();

describe('reading the article', () => {
  for (const lang of LANGS) {
    it(`opens the ${lang} edition with no console errors or CSP violations`, async () => {
      const page = await env.browser.newPage();
      await watchCsp(page);
      const problems = collectProblems(page);
      const res = await page.goto(`${env.site.url}/${lang}/articles/${ARTICLE}/`);
      expect(res?.status()).toBe(200);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('switches language from a deep section and lands on the same section', async () => {
    const page = await env.browser.newPage();
    const problems = collectProblems(page);
    await page.goto(`${env.site.url}/en/articles/${ARTICLE}/#sec-3-2`);
    await page.waitForLoadState('load');
    await page.locator('.lang-switch a[hreflang=kk]').click();
    await page.waitForURL(/\/kk\/articles\/.*#sec-3-2$/);
    // The section's heading is at the top of the reading area, just below the sticky header.
    const [top, headerBottom, height] = await page.evaluate(() => [
      document.getElementById('sec-3-2')!.getBoundingClientRect().top,
      document.querySelector('.site-header')!.getBoundingClientRect().bottom,
      window.innerHeight,
    ]);
    expect(top).toBeGreaterThanOrEqual(headerBottom - 1);
    expect(top).toBeLessThan(height / 3);
    // and on to Russian from a section scrolled to by hand (no fragment in the URL)
    await page.waitForLoadState('load');
    await page.evaluate(() => { history.replaceState(null, '', location.pathname); document.getElementById('sec-4-1')!.scrollIntoView({ block: 'start' }); });
    await page.locator('.lang-switch a[hreflang=ru]').click();
    await page.waitForURL(/\/ru\/articles\/.*#sec-4-1$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works with JavaScript off: the text, the tables and plain language links', async () => {
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${env.site.url}/ru/articles/${ARTICLE}/`);
    await expect(page.locator('#table-2 tbody tr').count()).resolves.toBe(6);
    await expect(page.locator('#sec-5').isVisible()).resolves.toBe(true);
    await expect(page.locator('.lang-switch a[hreflang=en]').getAttribute('href')).resolves.toBe(`/en/articles/${ARTICLE}/`);
    await ctx.close();
  });

  it('can be used with the keyboard: the skip link moves to the main content', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}/kk/articles/${ARTICLE}/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
    await page.close();
  });

  it('sends the reader from / to the edition of the browser language', async () => {
    for (const [locale, lang] of [['ru-RU', 'ru'], ['kk-KZ', 'kk'], ['en-US', 'en']] as const) {
      const ctx = await env.browser.newContext({ locale });
      const page = await ctx.newPage();
      await page.goto(`${env.site.url}/`);
      await page.waitForURL(new RegExp(`/${lang}/$`));
      await ctx.close();
    }
  });

  it('answers an unknown address with the localized 404 page', async () => {
    const page = await env.browser.newPage();
    const res = await page.goto(`${env.site.url}/ru/no-such-page/`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Страница не найдена');
    await page.close();
  });
});
