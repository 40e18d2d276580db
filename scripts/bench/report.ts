/**
 * The benchmark's results: one JSON shape, the budgets of issue 8 judged against it, and the
 * Markdown tables the README carries.
 */
import type { BuildTimes } from './build-time.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { Bytes, FirstLoad, OnDemand } from './page-weight.ts';
import type { PagefindSize } from './pagefind-size.ts';

export interface PageResult {
  lang: string;
  path: string;
  firstLoad: Omit<FirstLoad, 'resources'> & { resources: { url: string; kind: string; raw: number; gzip: number }[] };
  /** URLs of the first load that belong to Vega or Pagefind (should be none). */
  onDemandCodeOnFirstLoad: string[];
  fonts: { gzip: number; allSwap: boolean; faces: number };
  floor: { raw: number; gzip: number };
  /** Render-blocking gzip bytes over the floor's gzip bytes. */
  ratioToFloor: number;
  figure: OnDemand & { codeGzip: number };
  search: OnDemand & { codeGzip: number };
}

export type BuildResult = BuildTimes & { label: string; figures: 'distinct' | 'shared' };

import type { PdfBench } from './pdf.ts';

export interface Results {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  durationS: number;
  article: string;
  builds: BuildResult[];
  pages: PageResult[];
  pagefind: PagefindSize;
  lighthouse: { skipped?: string; runs: (LighthouseResult | { url: string; error: string })[] };
  /** Typesetting each edition's PDF of the real article (scripts/bench/pdf.ts). */
  pdf?: PdfBench[];
  budgets: Budget[];
}

export interface Budget { name: string; target: string; measured: string; pass: boolean | null }

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);

/** Judges the issue's budgets; `pass: null` when the figure could not be measured. */
export function judge(r: Omit<Results, 'budgets'>): Budget[] {
  const out: Budget[] = [];
  const pages = r.pages;
  const worst = (f: (p: PageResult) => number, fmt: (n: number) => string) => {
    const vals = pages.map((p) => `${p.lang} ${fmt(f(p))}`);
    return { max: Math.max(...pages.map(f)), text: vals.join(', ') };
  };
  const js = worst((p) => p.firstLoad.byKind.js.gzip, kb);
  out.push({ name: 'JS on first load (gzip)', target: '≤ 5 KB', measured: js.text, pass: js.max <= 5 * 1024 });
  const before = worst((p) => p.firstLoad.jsBeforeRender.raw, (n) => `${n} B`);
  out.push({ name: 'JS before first render', target: '0 (reading needs no JS)', measured: before.text, pass: before.max === 0 });
  const early = pages.flatMap((p) => p.onDemandCodeOnFirstLoad);
  out.push({ name: 'Vega or Pagefind on first load', target: 'none', measured: early.length ? early.join(' ') : 'none', pass: early.length === 0 });
  const ratio = worst((p) => p.ratioToFloor, (n) => `${n.toFixed(2)}×`);
  out.push({ name: 'Render-blocking HTML+CSS vs floor (gzip)', target: '≤ 1.5×', measured: ratio.text, pass: ratio.max <= 1.5 });
  const fonts = worst((p) => p.fonts.gzip, kb);
  out.push({ name: 'Fonts on first load, subset, swap', target: '≤ 80 KB, font-display: swap', measured: `${fonts.text}; swap on every face: ${pages.every((p) => p.fonts.allSwap) ? 'yes' : 'no'}`, pass: fonts.max <= 80 * 1024 && pages.every((p) => p.fonts.allSwap) });
  if (r.lighthouse.skipped || r.lighthouse.runs.length === 0) {
    out.push({ name: 'Lighthouse mobile', target: '100/100/100/100', measured: `not run: ${r.lighthouse.skipped ?? 'no runs'}`, pass: null });
  } else {
    const text = r.lighthouse.runs.map((l) => 'error' in l ? `error: ${l.error}` : `${langOf(l.url)} ${Object.values(l.scores).join('/')}`).join(', ');
    const pass = r.lighthouse.runs.every((l) => !('error' in l) && Object.values(l.scores).every((s) => s === 100));
    out.push({ name: 'Lighthouse mobile (perf/a11y/bp/SEO)', target: '100/100/100/100', measured: text, pass: r.lighthouse.runs.some((l) => 'error' in l) ? null : pass });
  }
  const fig = worst((p) => p.figure.codeGzip, kb);
  out.push({ name: 'Interactive figure code (gzip)', target: '≤ 130 KB', measured: fig.text, pass: pages.every((p) => p.figure.found && p.figure.done) ? fig.max <= 130 * 1024 : null });
  const largest = [...r.builds].filter((b) => b.label !== 'real site').sort((a, b) => b.articles - a.articles)[0];
  if (largest) {
    const n = `${largest.articles} article${largest.articles === 1 ? '' : 's'}`;
    out.push({ name: `Clean build per page-edition (${n})`, target: '≤ 40 ms', measured: `${largest.cleanMsPerPage} ms (${largest.pages} pages, figures ${largest.figures})`, pass: largest.cleanMsPerPage <= 40 });
    out.push({ name: `Rebuild after one edited paragraph (${n})`, target: '≤ 15 s', measured: ms(largest.rebuildMs), pass: largest.rebuildMs <= 15_000 });
    const peaks = r.builds.flatMap((b) => [b.cleanPeakMB, b.rebuildPeakMB]).filter((m): m is number => typeof m === 'number');
    if (peaks.length) out.push({ name: 'Peak memory of a build', target: '≤ 2048 MB', measured: `${Math.max(...peaks)} MB`, pass: Math.max(...peaks) <= 2048 });
  }
  if (r.pdf?.length) {
    const slow = Math.max(...r.pdf.map((p) => p.uncachedMs));
    const big = Math.max(...r.pdf.map((p) => p.bytes));
    out.push({ name: 'PDF typesetting, uncached, per edition', target: '≤ 1 s', measured: r.pdf.map((p) => `${p.lang} ${ms(p.uncachedMs)}`).join(', '), pass: slow <= 1000 });
    out.push({ name: 'PDF size of the seed article', target: '< 600 KB', measured: r.pdf.map((p) => `${p.lang} ${kb(p.bytes)}`).join(', '), pass: big < 600 * 1024 });
  }
  return out;
}

const PHASES = ['check', 'publish', 'setup', 'bundle', 'render', 'hooks', 'figures', 'merge', 'search', 'swap'] as const;
const phaseText = (p: BuildResult['cleanPhases']) => PHASES.map((k) => (p[k] === undefined ? '–' : (p[k]! / 1000).toFixed(1))).join(' / ') + ' s';

const langOf = (url: string) => /\/(\w\w)\/articles\//.exec(url)?.[1] ?? url;
const b = (x: Bytes) => kb(x.gzip);
const mark = (p: boolean | null) => (p === null ? 'not measured' : p ? 'met' : '**missed**');

/** The Markdown report: machine line, then page, on-demand, Lighthouse, build, search and budget tables. */
export function toMarkdown(r: Results): string {
  const m = r.machine;
  const L: string[] = [];
  L.push(`Benchmark of ${r.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node} (${m.platform}; load average ${m.loadAverageAtStart[0]!.toFixed(1)} at the start, ${m.loadAverageAtEnd[0]!.toFixed(1)} at the end: other work on the machine slows the timings), ${Math.round(r.durationS)} s in all. Article: \`${r.article}\`. Sizes are bytes on the wire (gzip for text, as served).`);
  L.push('');
  L.push('**Article page, first load** (mobile viewport, until the network is idle)');
  L.push('');
  L.push('| edition | HTML | CSS | JS | fonts | images | requests | total | render-blocking (HTML+CSS) | pandoc-like floor | ratio | JS before render |');
  L.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const p of r.pages) {
    const k = p.firstLoad.byKind;
    L.push(`| ${p.lang} | ${b(k.html)} | ${b(k.css)} | ${b(k.js)} | ${b(k.font)} | ${b(k.image)} | ${p.firstLoad.requests} | ${b(p.firstLoad.total)} | ${b(p.firstLoad.renderBlocking)} | ${kb(p.floor.gzip)} | ${p.ratioToFloor.toFixed(2)}× | ${p.firstLoad.jsBeforeRender.raw} B |`);
  }
  L.push('');
  L.push('Raw (uncompressed) first-load bytes: ' + r.pages.map((p) => `${p.lang} HTML ${kb(p.firstLoad.byKind.html.raw)}, CSS ${kb(p.firstLoad.byKind.css.raw)}, JS ${kb(p.firstLoad.byKind.js.raw)}, fonts ${kb(p.firstLoad.byKind.font.raw)}, images ${kb(p.firstLoad.byKind.image.raw)}`).join('; ') + '.');
  L.push('');
  L.push('**Loaded on demand** (gzip)');
  L.push('');
  L.push('| edition | interactive figure: code | figure: data | figure: requests | search field focus: code | search: index and data | search: requests |');
  L.push('|---|---|---|---|---|---|---|');
  for (const p of r.pages) {
    const f = p.figure, s = p.search;
    L.push(`| ${p.lang} | ${f.found ? kb(f.codeGzip) : 'no figure button'}${f.found && !f.done ? ' (no chart appeared)' : ''} | ${kb(f.byKind.data.gzip + f.byKind.image.gzip)} | ${f.requests} | ${s.found ? kb(s.codeGzip) : 'no search field'} | ${kb(s.byKind.data.gzip)} | ${s.requests} |`);
  }
  L.push('');
  L.push('**Lighthouse 13, mobile preset** (served gzipped, Debian Chromium)');
  L.push('');
  if (r.lighthouse.skipped) L.push(`Not run: ${r.lighthouse.skipped}.`);
  else {
    L.push('| edition | performance | accessibility | best practices | SEO | LCP | TBT | CLS | total bytes |');
    L.push('|---|---|---|---|---|---|---|---|---|');
    for (const l of r.lighthouse.runs) {
      if ('error' in l) { L.push(`| ${langOf(l.url)} | error: ${l.error} ||||||||`); continue; }
      const s = l.scores;
      L.push(`| ${langOf(l.url)} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${l.lcpMs} ms | ${l.tbtMs} ms | ${l.cls} | ${l.totalBytes === null ? '' : kb(l.totalBytes)} |`);
    }
    const lost = [...new Set(r.lighthouse.runs.flatMap((l) => ('failing' in l ? l.failing.map((f) => f.title) : [])))];
    if (lost.length) L.push('', `Audits that lost points: ${lost.join('; ')}.`);
  }
  L.push('');
  L.push('**Build** (`scripts/build.ts`: content check with figures, publication pass, Astro, Pagefind; wall clock)');
  L.push('');
  L.push('| journal | page-editions (*.html) | clean build | per page-edition | clean: check / publish / setup / bundle / render / Astro end / figure files / merge / search / swap | rebuild after one edited paragraph | per page-edition | rebuild: the same phases | peak memory (clean / rebuild) |');
  L.push('|---|---|---|---|---|---|---|---|---|');
  const mb = (m: number | null | undefined) => (typeof m === 'number' ? `${m} MB` : '–');
  for (const x of r.builds) {
    L.push(`| ${x.label} (figures ${x.figures}) | ${x.pages} | ${ms(x.cleanMs)} | ${x.cleanMsPerPage} ms | ${phaseText(x.cleanPhases)} | ${ms(x.rebuildMs)} | ${x.rebuildMsPerPage} ms | ${phaseText(x.rebuildPhases)} | ${mb(x.cleanPeakMB)} / ${mb(x.rebuildPeakMB)} |`);
  }
  L.push('', 'Phases, from the moments the build\'s log lines arrive: content check (`scripts/build.ts`; it renders every figure, SVG and PNG, in render processes, one per core), publication pass (every PDF and JATS file, one process per core), Astro setup (content sync, types), bundling (Vite, one module per MDX edition), rendering every route (pages, citation and feed files, reading figures, PDFs and JATS from the caches), the end of Astro, the figure files copied from the cache, for a partial rebuild the unchanged articles linked in from the previous output, the search index (Pagefind, each language from the cache unless its pages changed) and the swap into the output folder. The clean build is run with `--full`; the rebuild after one edited paragraph is a partial build (`scripts/lib/partial-build.ts`). The figure cache is empty for a clean build; with figures shared, copies reuse the first copy\'s renders.');
  L.push('');
  L.push('**Search index** (Pagefind files of the real site, per language)');
  L.push('');
  if (!r.pagefind.present) L.push('No `pagefind/` folder in the output.');
  else {
    L.push('| language | pages | files | bytes |');
    L.push('|---|---|---|---|');
    for (const [lang, v] of Object.entries(r.pagefind.languages)) L.push(`| ${lang} | ${v.pages ?? ''} | ${v.files} | ${kb(v.bytes)} |`);
    L.push(`| shared (scripts, UI, entry) | | ${r.pagefind.shared.files} | ${kb(r.pagefind.shared.bytes)} (${kb(r.pagefind.shared.gzip)} gzip) |`);
  }
  L.push('');
  if (r.pdf?.length) {
    L.push('**PDF** (Typst, the real article; uncached: median with Typst\'s memo emptied)');
    L.push('');
    L.push('| edition | size | source | first run | uncached | from cache |');
    L.push('|---|---|---|---|---|---|');
    for (const p of r.pdf) L.push(`| ${p.lang} | ${kb(p.bytes)} | ${ms(p.sourceMs)} | ${ms(p.firstMs)} | ${ms(p.uncachedMs)} | ${p.cacheHitMs.toFixed(1)} ms |`);
    L.push('');
  }
  L.push('**Budgets** (issues 8, 12, 15)');
  L.push('');
  L.push('| budget | target | measured | status |');
  L.push('|---|---|---|---|');
  for (const x of r.budgets) L.push(`| ${x.name} | ${x.target} | ${x.measured} | ${mark(x.pass)} |`);
  return `${L.join('\n')}\n`;
}
