/** An axe-core sweep over every built page, in light and dark colour schemes. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/e2e.ts';

import { builtPages as pages } from '../helpers/pages.ts';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const env = useBrowserSite();

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violations on any page in the ${scheme} scheme`, async () => {
      const urls = pages();
      expect(urls.length).toBeGreaterThan(10);
      // axe is injected by the test, so the page's CSP is bypassed for it alone.
      const ctx = await env.browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await ctx.newPage();
      const found: string[] = [];
      for (const url of urls) {
        await page.goto(`${env.site.url}${url}`);
        await page.evaluate(axeSource);
        const result = await page.evaluate(() =>
          (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          }),
        );
        for (const v of result.violations) found.push(`${url}: ${v.id} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      }
      await ctx.close();
      expect(found).toEqual([]);
    }, 180_000);
  }
});
