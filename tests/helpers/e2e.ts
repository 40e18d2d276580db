/** One Chromium and one static server of the built site per test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { serve, type Served } from './server.ts';
import { dist } from './site.ts';

export interface BrowserSite {
  browser: Browser;
  site: Served;
}

/** Starts both before the file's tests and closes them after; read the fields inside tests. */
export function useBrowserSite(opts: { gzip?: boolean } = {}): BrowserSite {
  const env = {} as BrowserSite;
  beforeAll(async () => {
    [env.browser, env.site] = await Promise.all([launch(), serve(dist, { gzip: opts.gzip })]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
