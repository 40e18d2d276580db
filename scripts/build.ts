/**
 * `npm run build`: validate the content tree, build into a temporary folder, and replace the
 * output folder only when everything succeeded. A failed or killed build leaves the previous
 * output untouched and its temporary folder is removed (by itself, or by the next build).
 * When only some articles' own pages changed, only those are built and the rest is kept from the
 * previous output (scripts/lib/partial-build.ts); nothing changed, nothing is built.
 * Options: `--out DIR` (default dist), `--full` (or JOURNAL_FULL_BUILD=1: build everything);
 * JOURNAL_CONTENT_DIR picks the content tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleSlugs, contentDir } from '../src/lib/content/paths.ts';
import { acquireBuildLock, endOrphanedAstro, forgetAstroGroup, recordAstroGroup } from './lib/build-lock.ts';
import { runContentCheck } from './lib/content-check.ts';
import { publicationPass } from './lib/publication-pass.ts';
import { cleanStale, swapInto, unwritable } from './lib/output-swap.ts';
import { articleKeys, carryOver, listOutput, mergedOutput, mergeMismatch, planBuild, readState, siteKey, stateFile, writeState, type BuildPlan } from './lib/partial-build.ts';
import { BUILD_ONLY_ENV } from '../src/lib/content/build-only.ts';
import { buildSearchIndex } from './lib/search-index.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outArg = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const out = path.resolve(root, outArg ?? 'dist');
const shown = path.relative(root, out) || out;
const started = performance.now();
const tmp = `${out}.tmp-${process.pid}`;

function stop(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

if (!(await runContentCheck())) stop(`build stopped before Astro ran; ${shown} is unchanged.`);
const blocked = unwritable(out);
if (blocked) stop(`${blocked} is not writable, so ${shown} could not be replaced; nothing was built or changed.`);

// Each content tree gets its own Astro cache, so fixture builds never see the journal's data store.
const content = contentDir(root);
const cacheDir =
  content === path.join(root, 'content') ? path.join(root, 'node_modules/.astro') : path.join(root, 'node_modules/.astro-fixtures', crypto.createHash('sha1').update(content).digest('hex').slice(0, 12));

/** The environment minus what a test runner sets (NODE_ENV=test, MODE, DEV, PROD leak into import.meta.env): what is tested is what ships. */
function productionEnv(): NodeJS.ProcessEnv {
  const { MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  return { ...env, NODE_ENV: 'production' };
}

const release = await acquireBuildLock(root);
let astro: ChildProcess | undefined;
let astroRunning = false;
// Whatever ends this process (an error, exit, a forwarded signal): Astro's group ends too, the
// temporary folder goes, the lock is released.
process.on('exit', () => {
  if (astroRunning && astro?.pid) try { process.kill(-astro.pid, 'SIGKILL'); } catch { /* gone */ }
  fs.rmSync(tmp, { recursive: true, force: true });
  release();
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(sig, () => {
    console.error(`\nbuild interrupted (${sig}); ${shown} is unchanged.`);
    if (astroRunning && astro?.pid) try { process.kill(-astro.pid, sig); } catch { /* gone */ }
    process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
  });

endOrphanedAstro(root);
for (const f of cleanStale(out)) console.warn(`removed ${f}, left by a build that was killed`);

// PDFs, JATS and cite panels on every core before Astro, which then reads them (src/lib/publication.ts).
const manifest = path.join(os.tmpdir(), `journal-publication-${process.pid}.json`);
process.on('exit', () => fs.rmSync(manifest, { force: true }));
try {
  const t = performance.now();
  const n = await publicationPass(content, manifest);
  console.log(`publication pass: ${n ? `made the PDFs, JATS and citations of ${n} article(s)` : 'every PDF, JATS file and citation was up to date'} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
} catch (e) {
  stop(`${(e as Error).message}\nbuild stopped before Astro ran; ${shown} is unchanged.`);
}

// What changed since the last build into this folder decides how much is built.
const statePath = stateFile(root, out);
const previous = readState(statePath);
const current = { content, site: siteKey(root, content), articles: Object.fromEntries(articleSlugs(content).map((s) => [s, articleKeys(content, s)])) };
let plan: BuildPlan = planBuild(previous, current, out, { full: args.includes('--full') || process.env.JOURNAL_FULL_BUILD === '1' });
if (plan.mode === 'none') {
  console.log(`nothing changed since the last build; ${shown} is up to date (--full builds it again)`);
  process.exit(0);
}
if (plan.mode === 'partial') console.log(`partial build: ${plan.changed.length} changed article(s) (${plan.changed.join(', ')}); the other ${plan.unchanged.length} are kept from ${shown}`);
else if (previous) console.log(`full build: ${plan.why}`);

/**
 * Astro's heap limit in MB (JOURNAL_ASTRO_HEAP_MB; 0 for none). A 200-article journal's build
 * lives in well under 1.5 GB, but without a limit V8 keeps the MDX compiler's garbage until the
 * process holds 2.5 GB. Should a larger journal need more, Astro is run again without a limit.
 */
const heapMb = Number(process.env.JOURNAL_ASTRO_HEAP_MB ?? 1536);

/** Runs `astro build` into the temporary folder, in its own process group so its workers can be ended with it. */
async function runAstro(heap: number, only?: string[]): Promise<{ status: number; outOfMemory: boolean }> {
  // A partial build has its own data store: its entries of unchanged articles are data only (src/lib/content/build-only.ts).
  const partial = only ? { [BUILD_ONLY_ENV]: only.join(','), ASTRO_CACHE_DIR: `${cacheDir}-partial` } : { ASTRO_CACHE_DIR: cacheDir };
  const flags = heap > 0 ? [`--max-old-space-size=${heap}`] : [];
  astro = spawn(process.execPath, [...flags, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    detached: true,
    env: { ...productionEnv(), [BUILD_ONLY_ENV]: '', JOURNAL_PUBLICATION_MANIFEST: manifest, ASTRO_OUT_DIR: tmp, ...partial, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  astroRunning = true;
  if (astro.pid) recordAstroGroup(root, astro.pid);
  const result = await new Promise<{ status: number; outOfMemory: boolean }>((resolve) => {
    astro!.on('error', (e) => { console.error(e.message); resolve({ status: 1, outOfMemory: false }); });
    // V8 aborts the process when its heap limit is reached.
    astro!.on('exit', (code, signal) => resolve({ status: code ?? (signal ? 1 : 0), outOfMemory: signal === 'SIGABRT' || code === 134 }));
  });
  astroRunning = false;
  forgetAstroGroup(root);
  return result;
}

// The figure code (Vega, resvg) loads here while Astro starts, not on the way (a failure is reported where it is awaited).
const figureCode = import('./lib/figure-files.ts');
figureCode.catch(() => undefined);

/** The files of a partial build once merged, search index aside. */
let merged: Record<string, number> | undefined;

/** Astro, the figure files, for a partial build the kept articles, then the search index; false when a partial build cannot stand for a full one. */
async function build(only?: string[]): Promise<boolean> {
  let { status, outOfMemory } = await runAstro(heapMb, only);
  if (status !== 0 && outOfMemory && heapMb > 0) {
    console.warn(`\nAstro needed more than its ${heapMb} MB heap (JOURNAL_ASTRO_HEAP_MB); building again without a limit`);
    fs.rmSync(tmp, { recursive: true, force: true });
    ({ status } = await runAstro(0, only));
  }
  if (status !== 0) stop(`\nbuild failed; ${shown} is unchanged.`, status);
  try {
    const f = performance.now();
    const { writeFigureFiles } = await figureCode;
    console.log(`${await writeFigureFiles(tmp)} figure files written in ${((performance.now() - f) / 1000).toFixed(1)} s`);
    if (only && plan.mode === 'partial' && !merge()) return false;
    const s = performance.now();
    const index = await buildSearchIndex(tmp);
    const langs = Object.entries(index.languages).map(([l, n]) => `${l} ${n}`).join(', ');
    console.log(`search index: ${index.pages} pages (${langs}) and ${index.records} figures and tables in ${((performance.now() - s) / 1000).toFixed(1)} s; ${index.made.length ? `indexed ${index.made.join(', ')}` : 'every language from the cache'}`);
  } catch (e) {
    stop(`${(e as Error).message}\nbuild failed; ${shown} is unchanged.`);
  }
  return true;
}

/** A partial build's merge: the kept articles linked in and checked; false when it cannot stand for a full build. */
function merge(): boolean {
  if (plan.mode !== 'partial') return true;
  const t = performance.now();
  const kept = carryOver(out, tmp, plan.unchanged);
  merged = mergedOutput(previous!.output, tmp, plan.unchanged);
  const mismatch = mergeMismatch(previous!.output, merged, plan.changed);
  if (mismatch) {
    console.warn(`the partial build differs from ${shown} outside the changed articles (${mismatch}); building everything`);
    return false;
  }
  console.log(`kept ${kept} files of ${plan.unchanged.length} unchanged articles in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return true;
}

if (!(await build(plan.mode === 'partial' ? plan.changed : undefined))) {
  fs.rmSync(tmp, { recursive: true, force: true });
  merged = undefined;
  plan = { mode: 'full', why: 'the partial build was set aside' };
  await build();
}

// The last step: the finished site takes the output's place (the old one is restored on failure).
// The state of the previous output goes first, so an interruption leaves none that is wrong.
const output = merged ? { ...merged, ...Object.fromEntries(Object.entries(listOutput(path.join(tmp, 'pagefind'))).map(([f, n]) => [`pagefind/${f}`, n])) } : listOutput(tmp);
fs.rmSync(statePath, { force: true });
try {
  const { leftover } = swapInto(tmp, out);
  if (leftover) console.warn(`the previous output could not be removed from ${leftover}; the next build removes it`);
} catch (e) {
  stop(`could not move the new site into ${shown} (${(e as Error).message}); ${shown} is unchanged.`);
}
try {
  writeState(statePath, { version: 1, ...current, output });
} catch (e) {
  console.warn(`could not record this build (${(e as Error).message}); the next build is a full one`);
}
console.log(`built ${shown} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(0);
