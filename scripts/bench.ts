/**
 * `npm run bench`: how fast the site is, by measurement (issue 8). Builds the real journal and
 * synthetic journals of copies of its first article, serves the real build gzipped, measures
 * each edition's article page in Chromium (first load, the interactive figure, search) and with
 * Lighthouse, and writes bench/results.json and bench/results.md.
 *
 * Options:
 *   --sizes 1,50,200     synthetic journal sizes (default 1,50,200); every copy has its own figure
 *                        sources, so caches cannot share work between copies; an `s` suffix (50s)
 *                        keeps the figures shared between copies (the optimistic case)
 *   --no-lighthouse      skip Lighthouse
 *   --out DIR            where results.json and results.md go (default bench/)
 *   --keep               keep the built outputs under bench/out/
 * Not part of `npm test`: it takes minutes and its timings depend on the machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { LANGS } from '../src/i18n/locales.ts';
import { measureBuilds, root } from './bench/build-time.ts';
import { floorOf } from './bench/floor.ts';
import { lighthouseUnavailable, runLighthouse, CHROMIUM } from './bench/lighthouse.ts';
import { figureOnDemand, firstLoad, searchOnDemand, type OnDemand } from './bench/page-weight.ts';
import { pagefindSize } from './bench/pagefind-size.ts';
import { judge, toMarkdown, type BuildResult, type PageResult, type Results } from './bench/report.ts';
import { serve } from './lib/static-server.ts';
import { makeSyntheticJournal } from './bench/synthetic.ts';
import { measurePdfs } from './bench/pdf.ts';

const ARTICLE = 'bloggers-and-the-state';
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (opt('--sizes') ?? '1,50,200').split(',').filter(Boolean).map((s) => ({ count: Number.parseInt(s, 10), distinct: !s.endsWith('s') }));
const withLighthouse = !args.includes('--no-lighthouse');
const resultsDir = path.resolve(root, opt('--out') ?? 'bench');
const work = path.join(root, 'bench/out'); // inside the project: Astro keeps its prerender chunks beside outDir only then
const started = performance.now();
const loadAverageAtStart = os.loadavg();

const log = (msg: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });

/** A temporary copy of a content tree: the bench never touches content/ or its caches. */
function copyContent(src: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-journal-real-'));
  fs.cpSync(src, dir, { recursive: true });
  return dir;
}

const codeOf = (d: OnDemand) => d.byKind.js.gzip + d.byKind.wasm.gzip + d.byKind.css.gzip;

/** Every downloadable @font-face of the stylesheets loaded, and whether each says font-display: swap. */
function fontFaces(outDir: string, cssUrls: string[]): { faces: number; allSwap: boolean } {
  let faces = 0, swap = 0;
  for (const u of cssUrls) {
    const file = path.join(outDir, decodeURIComponent(new URL(u).pathname));
    if (!fs.existsSync(file)) continue;
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      if (!/url\(/.test(m[1]!)) continue; // a local()-only fallback face downloads nothing
      faces++;
      if (/font-display\s*:\s*swap/.test(m[1]!)) swap++;
    }
  }
  return { faces, allSwap: faces === swap };
}

async function measurePages(outDir: string): Promise<{ pages: PageResult[]; lighthouse: Results['lighthouse'] }> {
  const served = await serve(outDir, { gzip: true, root });
  const pages: PageResult[] = [];
  let lighthouse: Results['lighthouse'] = { runs: [] };
  try {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      for (const lang of LANGS) {
        const p = `/${lang}/articles/${ARTICLE}/`;
        log(`measuring ${p} in Chromium`);
        const first = await firstLoad(browser, served.url + p);
        const figure = await figureOnDemand(first.page);
        await first.context.close();
        const again = await firstLoad(browser, served.url + p);
        const search = await searchOnDemand(again.page);
        await again.context.close();

        const load = first.load;
        const floor = floorOf(fs.readFileSync(path.join(outDir, p, 'index.html'), 'utf8'));
        const css = load.resources.filter((r) => r.kind === 'css').map((r) => r.url);
        pages.push({
          lang, path: p,
          firstLoad: { ...load, resources: load.resources.map((r) => ({ url: new URL(r.url).pathname, kind: r.kind, raw: r.raw, gzip: r.gzip })) },
          onDemandCodeOnFirstLoad: load.resources.map((r) => new URL(r.url).pathname).filter((u) => /vega|pagefind/i.test(u)),
          fonts: { gzip: load.byKind.font.gzip, ...fontFaces(outDir, css) },
          floor: { raw: floor.raw, gzip: floor.gzip },
          ratioToFloor: Math.round((load.renderBlocking.gzip / floor.gzip) * 100) / 100,
          figure: { ...figure, resources: strip(figure.resources), codeGzip: codeOf(figure) },
          search: { ...search, resources: strip(search.resources), codeGzip: codeOf(search) },
        });
      }
    } finally {
      await browser.close();
    }
    const why = withLighthouse ? lighthouseUnavailable() : 'skipped with --no-lighthouse';
    if (why) lighthouse = { skipped: why, runs: [] };
    else {
      log('Lighthouse on the three editions');
      lighthouse = { runs: await runLighthouse(LANGS.map((l) => `${served.url}/${l}/articles/${ARTICLE}/`)) };
    }
  } finally {
    await served.close();
  }
  return { pages, lighthouse };
}

const strip = <T extends { url: string }>(rs: T[]) => rs.map((r) => ({ ...r, url: new URL(r.url).pathname }));

const builds: BuildResult[] = [];
let measured: Awaited<ReturnType<typeof measurePages>> | undefined;
let pagefind: Results['pagefind'] | undefined;

// The real journal: clean build, then the page measurements on it, then the one-edit rebuild.
{
  log('real site: clean build');
  const content = copyContent(path.join(root, 'content'));
  const out = path.join(work, 'real');
  const count = fs.readdirSync(path.join(content, 'articles')).length;
  const times = await measureBuilds(content, out, work, ARTICLE, count, async (dir) => {
    pagefind = pagefindSize(dir, LANGS);
    measured = await measurePages(dir);
    log('real site: rebuild after one edit');
  });
  builds.push({ label: 'real site', figures: 'distinct', ...times });
  fs.rmSync(content, { recursive: true, force: true });
}

for (const { count, distinct } of sizes) {
  const label = `${count} article${count === 1 ? '' : 's'}`;
  log(`${label}${distinct ? ', distinct figures' : ''}: generating, clean build, rebuild`);
  const j = makeSyntheticJournal(path.join(root, 'content'), ARTICLE, count, { distinctFigures: distinct });
  const out = path.join(work, `synthetic-${count}${distinct ? '' : 's'}`);
  const times = await measureBuilds(j.dir, out, work, j.slugs[0]!, count);
  builds.push({ label, figures: distinct ? 'distinct' : 'shared', ...times });
  log(`${label}: ${times.pages} pages, clean ${times.cleanMs} ms (${times.cleanMsPerPage} ms/page, peak ${times.cleanPeakMB} MB), rebuild ${times.rebuildMs} ms`);
  fs.rmSync(j.dir, { recursive: true, force: true });
  if (!args.includes('--keep')) fs.rmSync(out, { recursive: true, force: true });
}

log('typesetting the PDFs of the real article');
const pdf = await measurePdfs(ARTICLE);

const cpus = os.cpus();
const partial: Omit<Results, 'budgets'> = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.versions.node, platform: `${os.platform()} ${os.release()}`, loadAverageAtStart, loadAverageAtEnd: os.loadavg(),
  },
  durationS: (performance.now() - started) / 1000,
  article: ARTICLE,
  builds,
  pages: measured!.pages,
  pagefind: pagefind!,
  lighthouse: measured!.lighthouse,
  pdf,
};
const results: Results = { ...partial, budgets: judge(partial) };
fs.mkdirSync(resultsDir, { recursive: true });
fs.writeFileSync(path.join(resultsDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
fs.writeFileSync(path.join(resultsDir, 'results.md'), toMarkdown(results));
if (!args.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
console.log(`\n${toMarkdown(results)}`);
log(`wrote ${path.relative(root, resultsDir) || '.'}/results.json and results.md`);
