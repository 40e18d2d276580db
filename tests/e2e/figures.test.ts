/** Figures in Chromium, under the shipped CSP: static first, interactive on request, downloads answer. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/e2e.ts';
import type { Page } from 'playwright-core';
import { collectProblems, cspViolations, watchCsp } from '../helpers/browser.ts';
import { ARTICLE } from '../helpers/site.ts';
import { figureAssets } from '../../src/lib/figures/assets.ts';


const env = useBrowserSite({ gzip: true });

/** Every script URL the page has fetched so far. */
function scriptsLoaded(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') urls.push(r.url()); });
  return urls;
}

describe('an interactive figure', () => {
  it('loads no Vega code until asked, then draws the chart with localized tooltips and no console or CSP errors', async () => {
    const page = await env.browser.newPage();
    await watchCsp(page);
    const problems = collectProblems(page);
    const scripts = scriptsLoaded(page);
    await page.goto(`${env.site.url}/ru/articles/${ARTICLE}/#fig-state-budget`);
    await page.waitForLoadState('networkidle');
    expect(scripts.some((u) => /figure-vega/.test(u))).toBe(false);

    const figure = page.locator('#fig-state-budget');
    const button = figure.locator('[data-figure-toggle]');
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    const live = figure.locator('.figure-live svg');
    await live.waitFor({ state: 'visible' });
    await page.waitForFunction(() => (document.querySelector('#fig-state-budget') as HTMLElement | null)?.dataset.state === 'live');
    expect(scripts.some((u) => /figure-vega/.test(u))).toBe(true);
    await expect(figure.locator('[data-figure-image]').isHidden()).resolves.toBe(true);
    await expect(button.textContent()).resolves.toBe('Показать статичное изображение');
    // Russian number format in the live axis: no-break space between thousands.
    await expect(live.textContent()).resolves.toContain('50\u00a0000\u00a0000');

    // Hovering a bar shows the tooltip with Russian titles and numbers.
    const bar = live.locator('g.mark-rect path').first();
    const box = (await bar.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = figure.locator('.figure-tooltip');
    await tip.waitFor({ state: 'visible' });
    await expect(tip.textContent()).resolves.toContain('Расходы, тыс. тенге');
    await expect(tip.textContent()).resolves.toContain('50\u00a0130\u00a0577');
    await expect(figure.locator('.figure-live-actions button').first().textContent()).resolves.toBe('Сохранить как PNG');

    // and back to the static image
    await button.click();
    await expect(figure.locator('[data-figure-image]').isVisible()).resolves.toBe(true);

    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps the image, table and downloads with JavaScript off, and hides the button that would need it', async () => {
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${env.site.url}/kk/articles/${ARTICLE}/`);
    const figure = page.locator('#fig-audiences');
    await expect(figure.locator('[data-figure-toggle]').isHidden()).resolves.toBe(true);
    const img = figure.locator('img');
    await img.scrollIntoViewIfNeeded();
    await expect(img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).resolves.toBe(true);
    await figure.locator('details.figure-data summary').click();
    await expect(figure.locator('table').isVisible()).resolves.toBe(true);
    await ctx.close();
  });
});

describe('text from data in the interactive chart', () => {
  it('shows a <script> in a CSV cell as text in the tooltip and never runs it', async () => {
    // The real figure over a data file with a hostile cell, served in place of the real dataflow.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-e2e-'));
    const real = path.resolve('content/articles', ARTICLE);
    fs.mkdirSync(path.join(tmp, 'figures'));
    fs.mkdirSync(path.join(tmp, 'data'));
    fs.copyFileSync(path.join(real, 'figures/fig-news-sources.json'), path.join(tmp, 'figures/fig-news-sources.json'));
    const evil = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
    fs.writeFileSync(path.join(tmp, 'data/news-sources.csv'), `source,share\n"${evil.replace(/"/g, '""')}",90\nonline,82\n`);
    const { dataflow } = await figureAssets(tmp, 'fig-news-sources', 'en');
    fs.rmSync(tmp, { recursive: true, force: true });

    const page = await env.browser.newPage();
    await watchCsp(page);
    const problems = collectProblems(page);
    await page.route('**/fig-news-sources.dataflow.json', (route) => route.fulfill({ json: dataflow }));
    await page.goto(`${env.site.url}/en/articles/${ARTICLE}/#fig-news-sources`);
    const figure = page.locator('#fig-news-sources');
    await figure.locator('[data-figure-toggle]').click();
    const live = figure.locator('.figure-live svg');
    await live.waitFor({ state: 'visible' });
    const bar = live.locator('g.mark-rect path').first();
    const box = (await bar.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = figure.locator('.figure-tooltip');
    await tip.waitFor({ state: 'visible' });
    await expect(tip.textContent()).resolves.toContain('<script>window.__pwned=1</script>');
    await expect(tip.locator('script, img').count()).resolves.toBe(0);
    await expect(live.locator('script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('figure downloads', () => {
  it('answer every download link of every figure on the page', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}/en/articles/${ARTICLE}/`);
    const hrefs = await page.locator('.figure-downloads a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBe(6 * 4);
    const expected: Record<string, RegExp> = { svg: /image\/svg\+xml/, png: /image\/png/, csv: /text\/csv/, json: /application\/json/ };
    for (const href of hrefs) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type'], href).toMatch(expected[href.split('.').pop()!]!);
    }
    await page.close();
  });
});
