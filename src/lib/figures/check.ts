/**
 * The figures' part of the content check (`npm run check-content`, and the build's first
 * step): every figure file is loaded, cross-checked against its data, compiled in every
 * language AND rendered, so "content OK" means the figures build. Rendering runs in a child
 * process with a memory limit and a time limit: a runaway spec (a huge `bin`, an `impute`
 * over a billion keys) becomes a located error instead of an out-of-memory crash or a hang.
 * (A worker thread's `resourceLimits` do not catch every huge allocation: V8 then aborts the
 * whole process.) One child renders all figures of an article; if it is stopped, the figure
 * it was rendering is blamed and the ones after it are rendered again. A figure that rendered
 * is remembered in the figure cache by the hash of its exact inputs, so unchanged figures are
 * not rendered again by the next check.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vega from 'vega';
import { version as vegaLiteVersion } from 'vega-lite';
import { LANGS } from '../../i18n/locales.ts';
import { ContentError, type Problem } from '../content/problems.ts';
import type { FigureCheck } from '../content/validate.ts';
import { cacheDir } from './assets.ts';
import { listFigures, loadFigure } from './load.ts';
import { localizeSpec } from './localize.ts';
import { compileSpec } from './render.ts';

/** Limits of one render process; FIGURE_CHECK_TIMEOUT_MS overrides the time. */
export interface CheckLimits {
  timeoutMs: number;
  memoryMb: number;
}
export const DEFAULT_LIMITS: CheckLimits = { timeoutMs: Number(process.env.FIGURE_CHECK_TIMEOUT_MS) || 60_000, memoryMb: 1024 };

const WORKER = fileURLToPath(new URL('./check-worker.mjs', import.meta.url));
/** The code a render depends on besides Vega: a change to it renders every figure again. */
const CODE = ['./check-worker.mjs', './localize.ts', './render.ts'].map((f) => fs.readFileSync(fileURLToPath(new URL(f, import.meta.url)), 'utf8')).join('\u0000');

interface Job {
  id: string;
  file: string;
  /** The cache marker written once the figure rendered. */
  marker: string;
  jobs: { lang: string; spec: unknown; locale: unknown }[];
}

/** Renders the figures in one child; a problem message per figure (undefined: it renders). */
function renderInChild(figures: Job[], limits: CheckLimits): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  let todo = figures;
  while (todo.length) {
    const res = spawnSync(process.execPath, [`--max-old-space-size=${limits.memoryMb}`, WORKER], {
      input: JSON.stringify(todo.map(({ id, jobs }) => ({ id, jobs }))),
      timeout: limits.timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    });
    for (const line of (res.stdout ?? '').split('\n').filter(Boolean)) {
      const r = JSON.parse(line) as { id: string; error?: string };
      out.set(r.id, r.error);
    }
    const rest = todo.filter((f) => !out.has(f.id));
    if (rest.length === 0) break;
    if (res.status === 0 && !res.error) throw new Error(`figure check: the render process answered for ${out.size} of ${todo.length} figures`);
    const [blamed, ...after] = rest;
    const why = res.error && (res.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `did not finish within ${limits.timeoutMs / 1000} s` : `ran out of its ${limits.memoryMb} MB of memory or failed (${(res.stderr ?? '').split('\n').find((l) => /error/i.test(l))?.trim() ?? `exit ${res.status ?? res.signal}`})`;
    out.set(blamed!.id, `rendering the chart ${why}, the limit of a figure: a transform makes too many rows, bins or keys`);
    todo = after;
  }
  return out;
}

/** A content check for figures with the given limits (tests use small ones). */
export function checkFigureWith(limits: CheckLimits = DEFAULT_LIMITS): FigureCheck {
  const done = new Map<string, Problem[]>();
  const key = (dir: string, id: string) => `${dir}\u0000${id}`;
  const checkArticle = (articleDir: string, ids: string[]) => {
    const jobs: Job[] = [];
    for (const id of ids) {
      try {
        const loaded = loadFigure(articleDir, id);
        const marker = path.join(cacheDir(), `check-${crypto.createHash('sha256').update([CODE, vega.version, vegaLiteVersion, loaded.source].join('\u0000')).digest('hex').slice(0, 32)}.ok`);
        if (fs.existsSync(marker)) {
          done.set(key(articleDir, id), []);
          continue;
        }
        jobs.push({
          id,
          file: loaded.file,
          marker,
          jobs: LANGS.map((lang) => {
            const { locale, ...spec } = compileSpec(localizeSpec(loaded, lang), lang, loaded.file);
            return { lang, spec, locale };
          }),
        });
      } catch (e) {
        if (!(e instanceof ContentError)) throw e;
        done.set(key(articleDir, id), [{ severity: 'error', ...e.problem }]);
      }
    }
    const results = jobs.length ? renderInChild(jobs, limits) : new Map();
    for (const j of jobs) {
      const error = results.get(j.id);
      done.set(key(articleDir, j.id), error ? [{ severity: 'error', file: j.file, field: 'spec', message: error }] : []);
      if (!error) {
        fs.mkdirSync(path.dirname(j.marker), { recursive: true });
        fs.writeFileSync(j.marker, '');
      }
    }
  };
  return (articleDir, figureId) => {
    if (!done.has(key(articleDir, figureId))) {
      const ids = [...new Set([figureId, ...listFigures(articleDir)])].filter((id) => !done.has(key(articleDir, id)));
      checkArticle(articleDir, ids);
    }
    return done.get(key(articleDir, figureId))!;
  };
}

/** Problems of one figure, as located problems (the first error of each kind stops that figure). */
export const checkFigure: FigureCheck = checkFigureWith();
