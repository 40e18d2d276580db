/** The cite panel in Chromium under the shipped CSP: picking a style, copying, downloads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { collectProblems, cspViolations, watchCsp } from '../helpers/browser.ts';
import { useBrowserSite } from '../helpers/e2e.ts';
import { ARTICLE } from '../helpers/site.ts';

const env = useBrowserSite();

/**
 * The status line once the copy has finished. Copying is asynchronous (the clipboard answers
 * after a round trip to the browser), so reading the status right after the click raced it and
 * found it still empty on a loaded machine; this waits for the text, whichever it is.
 */
async function copyStatus(page: Page): Promise<string | null> {
  const status = page.locator('[data-cite-status]:not(:empty)');
  await status.waitFor({ state: 'attached', timeout: 10_000 });
  return status.textContent();
}
let ctx: BrowserContext;
beforeAll(async () => {
  ctx = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(async () => {
  await ctx?.close();
});

describe('cite panel', () => {
  it('shows one style at a time, switches style and copies the shown citation', async () => {
    const page = await ctx.newPage();
    await watchCsp(page);
    const problems = collectProblems(page);
    await page.goto(`${env.site.url}/ru/articles/${ARTICLE}/`);
    const select = page.locator('[data-cite-select]');
    await select.waitFor({ state: 'visible' });
    await expect(page.locator('[data-cite-style]:visible').count()).resolves.toBe(1);
    await expect(page.locator('#cite-apa').isVisible()).resolves.toBe(true);

    await select.selectOption('gost');
    await expect(page.locator('#cite-gost').isVisible()).resolves.toBe(true);
    await expect(page.locator('#cite-apa').isVisible()).resolves.toBe(false);
    const gost = (await page.locator('#cite-gost .csl-entry').textContent())!.trim();
    expect(gost).toMatch(/^Кошкенов Н\. Ж\., Молдабаев Х\. С\. Блогеры и государство.*С\. 15–22\.$/);

    await page.locator('[data-cite-copy]').click();
    await expect(copyStatus(page)).resolves.toBe('Скопировано в буфер обмена.');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(gost);

    // The choice is remembered on the next article page.
    await page.goto(`${env.site.url}/kk/articles/${ARTICLE}/`);
    await page.locator('[data-cite-select]').waitFor({ state: 'visible' });
    await expect(page.locator('[data-cite-select]').inputValue()).resolves.toBe('gost');
    await expect(page.locator('#cite-gost .csl-entry').textContent()).resolves.toMatch(/Б\. 15–22\.$/);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('works from the keyboard', async () => {
    const page = await ctx.newPage();
    await page.goto(`${env.site.url}/en/articles/${ARTICLE}/`);
    await page.locator('[data-cite-select]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-cite-select]').inputValue()).resolves.not.toBe('apa');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.citeCopy !== undefined)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(copyStatus(page)).resolves.toBe('Copied to the clipboard.');
    await page.close();
  });

  it('lists every style without JavaScript', async () => {
    const noJs = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${env.site.url}/en/articles/${ARTICLE}/`);
    await expect(page.locator('[data-cite-style]:visible').count()).resolves.toBe(6);
    await expect(page.locator('[data-cite-tools]').isVisible()).resolves.toBe(false);
    await noJs.close();
  });

  it('links downloads that answer with their content types', async () => {
    const page = await ctx.newPage();
    await page.goto(`${env.site.url}/kk/articles/${ARTICLE}/`);
    const hrefs = await page.locator('a[data-download]:not([data-download="pdf"])').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(4);
    const pdfs = await page.locator('a[data-download="pdf"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(pdfs).toEqual([`${env.site.url}/kk/articles/${ARTICLE}/article.pdf`, `${env.site.url}/kk/articles/${ARTICLE}/article.pdf`]);
    const pdf = await page.request.get(pdfs[0]!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const types: Record<string, string> = {};
    for (const href of hrefs) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      types[new URL(href).pathname.split('/').pop()!] = res.headers()['content-type']!;
      const body = await res.text();
      expect(body, href).toContain('Блогерлер және мемлекет');
    }
    expect(types).toEqual({
      'cite.bib': 'application/x-bibtex; charset=utf-8',
      'cite.ris': 'application/x-research-info-systems; charset=utf-8',
      'cite.enw': 'application/x-endnote-refer; charset=utf-8',
      'cite.json': 'application/json; charset=utf-8',
    });
    for (const [p, type] of [[`/articles/${ARTICLE}/crossref.xml`, 'application/xml'], ['/sitemap.xml', 'application/xml'], ['/robots.txt', 'text/plain'], ['/kk/feed.xml', 'application/xml']]) {
      const res = await page.request.get(`${env.site.url}${p}`);
      expect(res.status(), p).toBe(200);
      expect(res.headers()['content-type'], p).toContain(type);
    }
    await page.close();
  });
});
