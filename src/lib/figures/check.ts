/**
 * The figures' part of the content check (`npm run check-content`, and the build's first
 * step): every figure file is loaded, cross-checked against its data, compiled in every
 * language AND rendered, so "content OK" means the figures build. Rendering runs in a worker
 * thread with a memory limit and a time limit: a runaway spec (a huge `bin`, an `impute`
 * over a billion keys) becomes a located error instead of an out-of-memory crash or a hang.
 * The check API is synchronous, so the parent waits on a shared flag and reads the answer
 * with `receiveMessageOnPort`.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { LANGS } from '../../i18n/locales.ts';
import { ContentError, type Problem } from '../content/problems.ts';
import type { FigureCheck } from '../content/validate.ts';
import { loadFigure } from './load.ts';
import { localizeSpec } from './localize.ts';
import { compileSpec } from './render.ts';

/** Limits of one figure's render (all languages); FIGURE_CHECK_TIMEOUT_MS overrides the time. */
export interface CheckLimits {
  timeoutMs: number;
  memoryMb: number;
}
export const DEFAULT_LIMITS: CheckLimits = { timeoutMs: Number(process.env.FIGURE_CHECK_TIMEOUT_MS) || 30_000, memoryMb: 512 };

interface RenderWorker {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
  seq: number;
  memoryMb: number;
}
let current: RenderWorker | undefined;

function renderWorker(memoryMb: number): RenderWorker {
  if (current && current.memoryMb === memoryMb) return current;
  void current?.worker.terminate();
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./check-worker.mjs', import.meta.url), {
    workerData: { port: port2, flag },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 },
    execArgv: [],
  });
  worker.unref();
  port1.unref();
  worker.on('error', () => undefined); // an out-of-memory death shows as a timeout below
  current = { worker, port: port1, flag, seq: 0, memoryMb };
  return current;
}

/** Renders the jobs in the worker; a message per failed language, or a limit message. */
function renderAll(jobs: { lang: string; spec: unknown; locale: unknown }[], limits: CheckLimits): string | undefined {
  const w = renderWorker(limits.memoryMb);
  const seq = ++w.seq;
  w.port.postMessage({ seq, jobs });
  const deadline = Date.now() + limits.timeoutMs;
  while (Atomics.load(w.flag, 0) !== seq && Date.now() < deadline) Atomics.wait(w.flag, 0, Atomics.load(w.flag, 0), Math.min(100, deadline - Date.now()));
  const reply = Atomics.load(w.flag, 0) === seq ? (receiveMessageOnPort(w.port)?.message as { results: { lang: string; ok: boolean; message?: string }[] } | undefined) : undefined;
  if (!reply) {
    void w.worker.terminate();
    current = undefined;
    return `rendering the chart did not finish within ${limits.timeoutMs / 1000} s and ${limits.memoryMb} MB of memory (the limits of a figure): a transform makes too many rows or bins`;
  }
  const bad = reply.results.find((r) => !r.ok);
  return bad ? `Vega cannot render the chart (${bad.lang}): ${bad.message}` : undefined;
}

/** A content check for figures with the given limits (tests use small ones). */
export function checkFigureWith(limits: CheckLimits = DEFAULT_LIMITS): FigureCheck {
  return (articleDir, figureId) => {
    try {
      const loaded = loadFigure(articleDir, figureId);
      const jobs = LANGS.map((lang) => {
        const { locale, ...spec } = compileSpec(localizeSpec(loaded, lang), lang, loaded.file);
        return { lang, spec, locale };
      });
      const failure = renderAll(jobs, limits);
      if (failure) throw new ContentError({ file: loaded.file, field: 'spec', message: failure });
      return [];
    } catch (e) {
      if (e instanceof ContentError) return [{ severity: 'error', ...e.problem } satisfies Problem];
      throw e;
    }
  };
}

/** Problems of one figure, as located problems (the first error of each kind stops that figure). */
export const checkFigure: FigureCheck = checkFigureWith();
