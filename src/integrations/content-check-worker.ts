/**
 * The live preview's content check, off the dev server's thread: on a large journal the whole
 * check takes seconds, and run inline it would hold every page request for that long. The
 * worker receives a content folder, runs the same check as the build and posts the problems.
 */
import { parentPort } from 'node:worker_threads';
import { validateContentPrepared } from '../lib/content/validate.ts';
import { checkFigure } from '../lib/figures/check.ts';

parentPort!.on('message', async (dir: string) => {
  const started = performance.now();
  try {
    const { errors, warnings } = await validateContentPrepared(dir, { checkFigure });
    parentPort!.postMessage({ errors, warnings, ms: Math.round(performance.now() - started) });
  } catch (e) {
    parentPort!.postMessage({ crash: (e as Error).stack ?? String(e) });
  }
});
