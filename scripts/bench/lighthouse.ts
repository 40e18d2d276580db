/**
 * Lighthouse (mobile preset: simulated slow 4G and a mid-range phone CPU) on served pages,
 * with Debian's Chromium. One browser for all runs; each run gets a fresh tab.
 */
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseResult {
  url: string;
  scores: { performance: number | null; accessibility: number | null; bestPractices: number | null; seo: number | null };
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  totalBytes: number | null;
  /** Audits that lost points, for the report: id and title. */
  failing: { id: string; title: string; score: number | null }[];
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why Lighthouse cannot run here, or undefined when it can. */
export function lighthouseUnavailable(): string | undefined {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  if (major < 22 || (major === 22 && minor < 19)) return `Lighthouse 13 needs Node >= 22.19; this is ${process.versions.node} (put node_modules/node/bin first on PATH)`;
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  return undefined;
}

/** Runs Lighthouse on each URL in turn; a failed run is reported with its error, not thrown. */
export async function runLighthouse(urls: string[]): Promise<(LighthouseResult | { url: string; error: string })[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    logLevel: 'silent',
  });
  const out: (LighthouseResult | { url: string; error: string })[] = [];
  try {
    for (const url of urls) {
      try {
        const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (!r) throw new Error('Lighthouse returned nothing');
        const lhr = r.lhr;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const score = (id: string) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id]!.score! * 100));
        const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
        const failing = Object.values(lhr.categories).flatMap((c) => c.auditRefs)
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id]!)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
          .map((a) => ({ id: a.id, title: a.title, score: a.score }));
        out.push({
          url,
          scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
          lcpMs: round(num('largest-contentful-paint')),
          tbtMs: round(num('total-blocking-time')),
          cls: num('cumulative-layout-shift') === null ? null : Math.round(num('cumulative-layout-shift')! * 1000) / 1000,
          totalBytes: round(num('total-byte-weight')),
          failing: [...new Map(failing.map((f) => [f.id, f])).values()],
        });
      } catch (e) {
        out.push({ url, error: e instanceof Error ? e.message : String(e) });
      }
    }
  } finally {
    chrome.kill();
  }
  return out;
}

const round = (n: number | null) => (n === null ? null : Math.round(n));
