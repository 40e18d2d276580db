/** The whole site under the strict CSP it ships with, and at the narrowest phone width. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectProblems, cspViolations, launch, watchCsp } from '../helpers/browser.ts';
import { builtPages } from '../helpers/pages.ts';
import { serve, shippedHeaders, type Served } from '../helpers/server.ts';
import { ARTICLE, LANGS, dist } from '../helpers/site.ts';

let browser: Browser;
let site: Served;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the strict Content-Security-Policy', () => {
  it('is the one the site ships', () => {
    expect(shippedHeaders()['Content-Security-Policy']).toMatch(/default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  });

  it('is never violated on any page, and no page logs an error', async () => {
    const page = await browser.newPage();
    await watchCsp(page);
    const problems = collectProblems(page);
    const violations: string[] = [];
    for (const url of builtPages()) {
      const res = await page.goto(`${site.url}${url}`);
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
      const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await ctx.newPage();
      await page.goto(`${site.url}/${lang}/articles/${ARTICLE}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await ctx.close();
    });
  }
});
