/**
 * Build timings: a clean build (no Astro cache, empty figure, citation, PDF, check and search caches) and a rebuild
 * after one edited paragraph (caches warm), each through the real `scripts/build.ts`, wall
 * clock, with the peak memory of the build's processes.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { editOneParagraph } from './synthetic.ts';

export const root = path.resolve(import.meta.dirname, '../..');

export interface BuildTimes {
  articles: number;
  /** Files *.html in the output: the page-editions (articles, issues, indexes, search, 404s). */
  pages: number;
  articlePages: number;
  cleanMs: number;
  cleanMsPerPage: number;
  cleanPhases: Phases;
  /** Peak resident memory of the build (the largest process of its tree), MB; null without /usr/bin/time. */
  cleanPeakMB: number | null;
  rebuildMs: number;
  rebuildMsPerPage: number;
  rebuildPhases: Phases;
  rebuildPeakMB: number | null;
  /** The edited file, relative to its content tree. */
  edited: string;
}

/** The Astro cache folder scripts/build.ts chooses for a content tree other than content/. */
function astroCacheFor(contentDir: string): string {
  const id = crypto.createHash('sha1').update(contentDir).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules/.astro-fixtures', id);
}

/**
 * Where a build's time goes, from the moments its log lines arrive: the content check (with
 * every figure rendered), the publication pass (PDFs, JATS), Astro's
 * setup (content sync, types), bundling (Vite), rendering the routes, Astro's end, the figure
 * files, a partial build's merge, the search index and the swap into the output folder. Only
 * the log lines of Astro and scripts/build.ts are read; a phase whose markers are missing (a
 * full build has no merge) is left out.
 */
export type Phases = Partial<Record<'check' | 'publish' | 'setup' | 'bundle' | 'render' | 'hooks' | 'figures' | 'merge' | 'search' | 'swap', number>>;

const MARKERS: [keyof Phases, RegExp][] = [
  ['check', /^content OK/],
  ['publish', /^publication pass:/],
  ['setup', /\[build\] Building static entrypoints/],
  ['bundle', /generating static routes/],
  ['render', /^\S+ ✓ Completed in/],
  ['hooks', /\[build\] \d+ page\(s\) built in/],
  // Then scripts/build.ts: figure files, for a partial build the unchanged articles linked in, the search index of the whole.
  ['figures', /^\d+ figure files written/],
  ['merge', /^kept \d+ files of/],
  ['search', /^search index:/],
];

export interface TimedBuild { ms: number; phases: Phases; peakMB: number | null }

/** GNU time reports the child's max RSS, which Linux takes over the child's reaped descendants too. */
const TIME = '/usr/bin/time';
const RSS_LINE = /^journal-maxrss-kb=(\d+)$/m;

/** Runs `scripts/build.ts` once: milliseconds of wall clock and per phase; throws with the log's tail. */
export async function timedBuild(contentDir: string, outDir: string, caches: { figures: string; citations: string; pdf: string; check: string; search: string }, log: string, args: string[] = []): Promise<TimedBuild> {
  const out = fs.createWriteStream(log, { flags: 'a' });
  const started = performance.now();
  const seen: Partial<Record<keyof Phases, number>> = {};
  const command = [process.execPath, path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--out', outDir, ...args];
  const timed = fs.existsSync(TIME);
  const child = spawn(timed ? TIME : command[0]!, timed ? ['-f', 'journal-maxrss-kb=%M', ...command] : command.slice(1), {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, JOURNAL_CONTENT_DIR: contentDir, FIGURE_CACHE_DIR: caches.figures, CITATION_CACHE_DIR: caches.citations, PDF_CACHE_DIR: caches.pdf, CHECK_CACHE_DIR: caches.check, SEARCH_CACHE_DIR: caches.search, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let rest = '';
  let peakKb: number | null = null;
  const onData = (chunk: Buffer) => {
    const now = performance.now();
    out.write(chunk);
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      // GNU time writes its line in pieces: read it from whole lines only.
      const rss = RSS_LINE.exec(line);
      if (rss) peakKb = Number(rss[1]);
      for (const [phase, re] of MARKERS) if (seen[phase] === undefined && re.test(line)) seen[phase] = now;
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  await new Promise((r) => out.end(r));
  if (status !== 0) {
    const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`build of ${contentDir} failed (status ${status}); log ${log}:\n${tail}`);
  }
  // Each phase ends at its marker and starts at the previous marker seen.
  const phases: Phases = {};
  let prev = started;
  for (const [phase] of MARKERS) {
    const at = seen[phase];
    if (at === undefined) continue;
    phases[phase] = Math.round(at - prev);
    prev = at;
  }
  phases.swap = Math.round(started + ms - prev);
  return { ms, phases, peakMB: peakKb === null ? null : Math.round(peakKb / 1024) };
}

/** Every file under `dir` whose name ends with `ext`, as paths relative to `dir`. */
export function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(ext)) out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Clean build then one-paragraph rebuild of the content tree `contentDir` into `outDir`.
 * `editSlug` is the article whose English edition gets edited. `afterClean` runs on the clean
 * output before the edit (the page measurements use the unedited article).
 */
export async function measureBuilds(
  contentDir: string, outDir: string, work: string, editSlug: string, articles: number,
  afterClean?: (outDir: string) => Promise<void>,
): Promise<BuildTimes> {
  const caches = { figures: path.join(work, 'figure-cache'), citations: path.join(work, 'citation-cache'), pdf: path.join(work, 'pdf-cache'), check: path.join(work, 'check-cache'), search: path.join(work, 'search-cache') };
  const astroCache = astroCacheFor(contentDir);
  for (const c of Object.values(caches)) fs.rmSync(c, { recursive: true, force: true });
  const emptyAstroCaches = () => { for (const c of [astroCache, `${astroCache}-partial`]) fs.rmSync(c, { recursive: true, force: true }); };
  emptyAstroCaches();
  const log = path.join(work, 'build.log');
  try {
    // --full: an output folder left by an earlier run must not turn the clean build into a partial one.
    const clean = await timedBuild(contentDir, outDir, caches, log, ['--full']);
    const html = filesUnder(outDir, '.html');
    const pages = html.length;
    const articlePages = html.filter((f) => /(^|\/)articles\/[^/]+\/index\.html$/.test(f)).length;
    if (afterClean) await afterClean(outDir);
    const edited = editOneParagraph(path.join(contentDir, 'articles', editSlug));
    const rebuild = await timedBuild(contentDir, outDir, caches, log);
    return {
      articles, pages, articlePages,
      cleanMs: Math.round(clean.ms), cleanMsPerPage: round1(clean.ms / pages), cleanPhases: clean.phases, cleanPeakMB: clean.peakMB,
      rebuildMs: Math.round(rebuild.ms), rebuildMsPerPage: round1(rebuild.ms / pages), rebuildPhases: rebuild.phases, rebuildPeakMB: rebuild.peakMB,
      edited: path.relative(contentDir, edited),
    };
  } finally {
    // The cache of a temporary tree is never read again.
    emptyAstroCaches();
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;
