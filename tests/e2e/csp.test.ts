/** The whole site under the strict CSP it ships with, and at the narrowest phone width. */
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/e2e.ts';
import { collectProblems, cspViolations, watchCsp } from '../helpers/browser.ts';
import { builtPages } from '../helpers/pages.ts';
import { shippedHeaders } from '../helpers/server.ts';
import { ARTICLE, LANGS } from '../helpers/site.ts';

const env = useBrowserSite();

describe('the strict Content-Security-Policy', () => {
  it('is the one the site ships', () => {
    expect(shippedHeaders()['Content-Security-Policy']).toMatch(/default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  });

  it('is never violated on any page, and no page logs an error', async () => {
    const page = await env.browser.newPage();
    await watchCsp(page);
    const problems = collectProblems(page);
    const violations: string[] = [];
    for (const url of builtPages()) {
      const res = await page.goto(`${env.site.url}${url}`);
      expect(res?.headers()['content-security-policy'], url).toBeTruthy();
      await page.waitForLoadState('networkidle');
      violations.push(...(await cspViolations(page)).map((v) => `${url}: ${v}`));
    }
    expect(violations).toEqual([]);
    expect(problems.filter((p) => !/404 \(Not Found\)/.test(p))).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('small screens', () => {
  for (const lang of LANGS) {
    it(`show the ${lang} article without horizontal scrolling at 320 px`, async () => {
      const ctx = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await ctx.newPage();
      await page.goto(`${env.site.url}/${lang}/articles/${ARTICLE}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await ctx.close();
    });
  }
});
