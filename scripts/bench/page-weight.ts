/**
 * What a reader's phone downloads, measured in Chromium over the served (gzipped) site:
 * everything an article page loads until the network is idle, what the first click on a
 * figure's interactive button adds, and what focusing the search field adds. Nothing here
 * knows how the site builds these parts: it watches the network and clicks what a reader sees.
 */
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'wasm' | 'data';

export interface Resource { url: string; kind: Kind; status: number; raw: number; gzip: number }

export interface Bytes { raw: number; gzip: number; count: number }

export interface Load {
  resources: Resource[];
  byKind: Record<Kind, Bytes>;
  requests: number;
  total: Bytes;
}

export interface FirstLoad extends Load {
  /** The document and the stylesheets the first paint waits for. */
  renderBlocking: Bytes;
  /** Parser-blocking scripts (classic, no async/defer) and inline script text: what runs before first render. */
  jsBeforeRender: { count: number; raw: number; inlineRaw: number };
}

const KINDS: Kind[] = ['html', 'css', 'js', 'font', 'image', 'wasm', 'data'];

function kindOf(resp: Response): Kind {
  const type = resp.request().resourceType();
  const ct = resp.headers()['content-type'] ?? '';
  if (type === 'document' || ct.includes('text/html')) return 'html';
  if (type === 'stylesheet' || ct.includes('text/css')) return 'css';
  if (type === 'script' || ct.includes('javascript')) return 'js';
  if (type === 'font' || ct.startsWith('font/')) return 'font';
  if (ct.includes('wasm') || /\.wasm$|wasm\.[a-z-]+\.pagefind$/.test(resp.url())) return 'wasm';
  if (type === 'image' || ct.startsWith('image/')) return 'image';
  return 'data';
}

/** Text the server gzips (scripts/lib/static-server.ts, and any sane host). */
function compressible(resp: Response): boolean {
  const ct = resp.headers()['content-type'] ?? '';
  return /text|json|svg|xml|javascript/.test(ct) || /\.(html|css|m?js|json|svg|xml|csv|txt)$/.test(new URL(resp.url()).pathname);
}

/** Records every response of `page` from now on; `stop()` returns them with their sizes. */
function record(page: Page): { stop: () => Promise<Resource[]>; pending: () => number } {
  const jobs: Promise<Resource | undefined>[] = [];
  let inflight = 0;
  const onRequest = () => { inflight++; };
  const onDone = () => { inflight--; };
  const onResponse = (resp: Response) => {
    jobs.push((async () => {
      try {
        await resp.finished();
        const body = await resp.body().catch(() => Buffer.alloc(0));
        // Bytes on the wire: what the server sends, gzip (its level) for text, as is otherwise.
        // Computed here, because Chromium reports no sizes for some requests (workers).
        const gzip = compressible(resp) ? zlib.gzipSync(body).length : body.length;
        return { url: resp.url(), kind: kindOf(resp), status: resp.status(), raw: body.length, gzip };
      } catch {
        return undefined;
      }
    })());
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', onResponse);
  return {
    pending: () => inflight,
    stop: async () => {
      page.off('request', onRequest);
      page.off('requestfinished', onDone);
      page.off('requestfailed', onDone);
      page.off('response', onResponse);
      return (await Promise.all(jobs)).filter((r): r is Resource => !!r && !r.url.startsWith('data:'));
    },
  };
}

/** Waits until no request has been in flight for `quietMs` (or `timeoutMs` passed). */
async function idle(pending: () => number, quietMs = 700, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    if (pending() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
  }
}

export function summarize(resources: Resource[]): Load {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, count: 0 }])) as Record<Kind, Bytes>;
  for (const r of resources) {
    const b = byKind[r.kind];
    b.raw += r.raw; b.gzip += r.gzip; b.count++;
  }
  const total = { raw: 0, gzip: 0, count: resources.length };
  for (const r of resources) { total.raw += r.raw; total.gzip += r.gzip; }
  return { resources, byKind, requests: resources.length, total };
}

/** A phone-sized context, as Lighthouse's mobile preset emulates (Moto G Power class). */
export async function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
}

/** Loads `url` in a fresh context and measures the first load. Returns the page for further steps. */
export async function firstLoad(browser: Browser, url: string): Promise<{ page: Page; context: BrowserContext; load: FirstLoad }> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const rec = record(page);
  await page.goto(url, { waitUntil: 'load' });
  await idle(rec.pending);
  const resources = await rec.stop();
  const info = (await page.evaluate(PAGE_INFO)) as { sheets: string[]; blocking: string[]; inline: number };
  const load = summarize(resources);
  const blockingSet = new Set(info.sheets);
  const rb = resources.filter((r) => r.kind === 'html' ? r.url.split('#')[0] === page.url().split('#')[0] : r.kind === 'css' && blockingSet.has(r.url));
  const jsBlocking = resources.filter((r) => r.kind === 'js' && info.blocking.includes(r.url));
  return {
    page, context,
    load: {
      ...load,
      renderBlocking: { raw: sum(rb, 'raw'), gzip: sum(rb, 'gzip'), count: rb.length },
      jsBeforeRender: { count: jsBlocking.length + (info.inline > 0 ? 1 : 0), raw: sum(jsBlocking, 'raw') + info.inline, inlineRaw: info.inline },
    },
  };
}

/**
 * Runs in the page: stylesheets that apply to this screen, parser-blocking classic scripts and
 * the bytes of inline executable scripts. A string, so the TypeScript loader adds nothing to it.
 */
const PAGE_INFO = `(() => {
  const sheets = [...document.querySelectorAll('link[rel~="stylesheet"]')]
    .filter((l) => !l.disabled && (!l.media || matchMedia(l.media).matches)).map((l) => l.href);
  const scripts = [...document.querySelectorAll('script')]
    .filter((s) => !s.type || /^(text|application)\\/(java|ecma)script$|^module$/i.test(s.type));
  const blocking = scripts.filter((s) => s.src && !s.async && !s.defer && s.type !== 'module').map((s) => s.src);
  const inline = scripts.filter((s) => !s.src).reduce((n, s) => n + new TextEncoder().encode(s.text).length, 0);
  return { sheets, blocking, inline };
})()`;

const sum = (rs: Resource[], k: 'raw' | 'gzip') => rs.reduce((n, r) => n + r[k], 0);

export interface OnDemand extends Load {
  /** What the reader asked for could be found on the page. */
  found: boolean;
  /** Something new appeared (a chart), or the load finished without error. */
  done: boolean;
  note?: string;
}

/**
 * Clicks the first visible button inside a figure (the interactive chart control) and records
 * what loads. `done` says whether an <svg> or <canvas> appeared in that figure.
 */
export async function figureOnDemand(page: Page): Promise<OnDemand> {
  const figure = page.locator('figure').filter({ has: page.locator('button:visible') }).first();
  if ((await figure.count()) === 0) return { ...summarize([]), found: false, done: false, note: 'no visible button inside a <figure>' };
  const button = figure.locator('button:visible').first();
  const drawnBefore = await figure.locator('svg, canvas').count();
  // Scrolling loads lazy images near the figure; those belong to reading, not to the chart.
  const scrolling = record(page);
  await button.scrollIntoViewIfNeeded();
  await idle(scrolling.pending);
  await scrolling.stop();
  const rec = record(page);
  await button.click();
  await idle(rec.pending, 1000, 30_000);
  const drawnAfter = await figure.locator('svg, canvas').count();
  const load = summarize(await rec.stop());
  return { ...load, found: true, done: drawnAfter > drawnBefore };
}

/** Focuses the first search field (`input[type=search]`) and records what loads. */
export async function searchOnDemand(page: Page): Promise<OnDemand> {
  const field = page.locator('input[type="search"]:visible').first();
  if ((await field.count()) === 0) return { ...summarize([]), found: false, done: false, note: 'no visible search field' };
  await page.evaluate(() => window.scrollTo(0, 0));
  const rec = record(page);
  await field.focus();
  await idle(rec.pending, 1000, 30_000);
  const load = summarize(await rec.stop());
  return { ...load, found: true, done: load.requests > 0 };
}
