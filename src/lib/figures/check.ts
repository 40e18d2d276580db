/**
 * The figures' part of the content check (`npm run check-content`, and the build's first
 * step): every figure file is loaded, cross-checked against its data, and made in every
 * language by the site's own code (spec, dataflow, SVG, PNG), so "content OK" means the
 * figures build, and the build's pages and downloads then find every figure in the figure
 * cache. Rendering runs in child processes (render-worker.ts) with a memory limit and a time
 * limit per figure: a runaway spec (a huge `bin`, an `impute` over a billion keys) becomes a
 * located error instead of an out-of-memory crash or a hang. (A worker thread's
 * `resourceLimits` do not catch every huge allocation: V8 then aborts the whole process.) If a
 * child is stopped, the figure it was rendering is blamed and the ones after it are rendered
 * again. `prepare` renders a whole journal first with one child per core (src/lib/pool.ts). A
 * figure that rendered is remembered in the figure cache by the hash of its exact inputs and of
 * the figure code (figureCode), so unchanged figures are not rendered again.
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, type Problem } from '../content/problems.ts';
import type { FigureCheck } from '../content/validate.ts';
import { cacheDir, figureCode } from './cache-dir.ts';
import { folderDigest } from '../cache/disk.ts';
import { listFigures, loadFigure } from './load.ts';
import type { RenderAnswer, RenderRequest } from './render-worker.ts';
import { inBatches } from '../pool.ts';

/** Limits of a render process: time per figure (FIGURE_CHECK_TIMEOUT_MS overrides it) and heap. */
export interface CheckLimits {
  timeoutMs: number;
  memoryMb: number;
}
export const DEFAULT_LIMITS: CheckLimits = { timeoutMs: Number(process.env.FIGURE_CHECK_TIMEOUT_MS) || 60_000, memoryMb: 1024 };

/** Figures one render process takes before a fresh one continues. */
const BATCH = 48;

const WORKER = fileURLToPath(new URL('./render-worker.ts', import.meta.url));

interface Job extends RenderRequest {
  file: string;
  /** The cache marker written once the figure rendered. */
  marker: string;
}

const workerArgs = (limits: CheckLimits) => [`--max-old-space-size=${limits.memoryMb}`, '--import', 'tsx', WORKER];
const workerInput = (jobs: Job[]) => JSON.stringify(jobs.map(({ articleDir, id }): RenderRequest => ({ articleDir, id })));
const jobKey = (articleDir: string, id: string) => `${articleDir}\u0000${id}`;

function blame(limits: CheckLimits, timedOut: boolean, stderr: string, status: string): string {
  const why = timedOut
    ? `did not finish within ${limits.timeoutMs / 1000} s`
    : `ran out of its ${limits.memoryMb} MB of memory or failed (${stderr.split('\n').find((l) => /error/i.test(l))?.trim() ?? status})`;
  return `rendering the chart ${why}, the limit of a figure: a transform makes too many rows, bins or keys`;
}

function readAnswers(stdout: string, out: Map<string, RenderAnswer>) {
  for (const line of stdout.split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as RenderAnswer;
    out.set(jobKey(r.articleDir, r.id), r);
  }
}

/** Renders the figures in one child at a time, waiting (the synchronous content check). */
function renderSync(figures: Job[], limits: CheckLimits): Map<string, RenderAnswer> {
  const out = new Map<string, RenderAnswer>();
  let todo = figures;
  while (todo.length) {
    const batch = todo.slice(0, BATCH);
    const res = spawnSync(process.execPath, workerArgs(limits), {
      input: workerInput(batch),
      // One process renders its figures one after another: the limit is per figure.
      timeout: limits.timeoutMs * batch.length,
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    });
    readAnswers(res.stdout ?? '', out);
    const rest = batch.filter((f) => !out.has(jobKey(f.articleDir, f.id)));
    if (rest.length === 0) {
      todo = todo.slice(batch.length);
      continue;
    }
    if (res.status === 0 && !res.error) throw new Error(`figure check: the render process answered for ${batch.length - rest.length} of ${batch.length} figures`);
    const [blamed] = rest;
    const timedOut = (res.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    out.set(jobKey(blamed!.articleDir, blamed!.id), { ...blamed!, problem: { message: blame(limits, timedOut, res.stderr ?? '', `exit ${res.status ?? res.signal}`) } });
    todo = todo.filter((f) => !out.has(jobKey(f.articleDir, f.id)));
  }
  return out;
}

/** Renders one batch in a child, with the time limit restarted at every figure; resolves with the answers (a stopped child's figure blamed). */
function renderBatch(batch: Job[], limits: CheckLimits, out: Map<string, RenderAnswer>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, workerArgs(limits), { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, limits.timeoutMs);
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const end = stdout.lastIndexOf('\n');
      if (end < 0) return;
      readAnswers(stdout.slice(0, end + 1), out);
      stdout = stdout.slice(end + 1);
      arm();
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      readAnswers(stdout, out);
      const rest = batch.filter((f) => !out.has(jobKey(f.articleDir, f.id)));
      if (rest.length === 0) return resolve();
      if (code === 0) return reject(new Error(`figure check: the render process answered for ${batch.length - rest.length} of ${batch.length} figures`));
      const [blamed, ...after] = rest;
      out.set(jobKey(blamed!.articleDir, blamed!.id), { ...blamed!, problem: { message: blame(limits, timedOut, stderr, `exit ${code ?? signal}`) } });
      resolve(after.length ? renderBatch(after, limits, out) : undefined);
    });
    child.stdin.end(workerInput(batch));
    arm();
  });
}

/** Renders every job with one child per core (at most `BATCH` figures per child). */
async function renderParallel(jobs: Job[], limits: CheckLimits): Promise<Map<string, RenderAnswer>> {
  const out = new Map<string, RenderAnswer>();
  await inBatches(jobs, BATCH, (batch) => renderBatch(batch, limits, out));
  return out;
}

/** A content check for figures with the given limits (tests use small ones), and a way to render a journal's figures in parallel first. */
export function checkFigureWith(limits: CheckLimits = DEFAULT_LIMITS): FigureCheck & { prepare: (articleDirs: string[]) => Promise<void> } {
  const done = new Map<string, Problem[]>();
  /** The figures still to render; the ones that fail to load or rendered before are settled here. */
  const pending = (articleDir: string, ids: string[]): Job[] => {
    const jobs: Job[] = [];
    for (const id of ids) {
      try {
        const loaded = loadFigure(articleDir, id);
        const marker = path.join(cacheDir(), `check-${crypto.createHash('sha256').update([figureCode(), loaded.source].join('\u0000')).digest('hex').slice(0, 32)}.ok`);
        if (fs.existsSync(marker)) done.set(jobKey(articleDir, id), []);
        else jobs.push({ articleDir, id, file: loaded.file, marker });
      } catch (e) {
        if (!(e instanceof ContentError)) throw e;
        done.set(jobKey(articleDir, id), [{ severity: 'error', ...e.problem }]);
      }
    }
    return jobs;
  };
  const settle = (jobs: Job[], answers: Map<string, RenderAnswer>) => {
    for (const j of jobs) {
      const problem = answers.get(jobKey(j.articleDir, j.id))?.problem;
      done.set(jobKey(j.articleDir, j.id), problem ? [{ severity: 'error', file: j.file, field: 'spec', ...problem }] : []);
      if (!problem) {
        fs.mkdirSync(path.dirname(j.marker), { recursive: true });
        fs.writeFileSync(j.marker, '');
      }
    }
  };
  const check = (articleDir: string, figureId: string) => {
    if (!done.has(jobKey(articleDir, figureId))) {
      const ids = [...new Set([figureId, ...listFigures(articleDir)])].filter((id) => !done.has(jobKey(articleDir, id)));
      const jobs = pending(articleDir, ids);
      if (jobs.length) settle(jobs, renderSync(jobs, limits));
    }
    return done.get(jobKey(articleDir, figureId))!;
  };
  /**
   * A marker for a whole article folder whose figures all rendered: the figures depend on nothing
   * outside it but the figure code, so an unchanged folder is settled without loading a figure.
   */
  const folderMarker = (dir: string) => path.join(cacheDir(), `check-dir-${crypto.createHash('sha256').update(`${figureCode()}\u0000${folderDigest(dir)}`).digest('hex').slice(0, 32)}.ok`);
  const prepare = async (articleDirs: string[]) => {
    const markers = new Map<string, string>();
    for (const dir of articleDirs) {
      const ids = listFigures(dir);
      if (!ids.length) continue;
      const marker = folderMarker(dir);
      if (fs.existsSync(marker)) for (const id of ids) done.set(jobKey(dir, id), []);
      else markers.set(dir, marker);
    }
    const jobs = [...markers.keys()].flatMap((dir) => pending(dir, listFigures(dir).filter((id) => !done.has(jobKey(dir, id)))));
    if (jobs.length) settle(jobs, await renderParallel(jobs, limits));
    for (const [dir, marker] of markers)
      if (listFigures(dir).every((id) => done.get(jobKey(dir, id))?.length === 0)) {
        fs.mkdirSync(path.dirname(marker), { recursive: true });
        fs.writeFileSync(marker, '');
      }
  };
  return Object.assign(check, { prepare });
}

/** Problems of one figure, as located problems (the first error of each kind stops that figure). */
export const checkFigure = checkFigureWith();
