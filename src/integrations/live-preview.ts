/**
 * The live preview (`npm run dev`): Astro's dev server with the build's content rules. It runs
 * the whole content check at start and again on every change under the content folder, prints
 * every problem in the terminal (`file:line [field]: message`), shows them in the browser
 * (Vite's error overlay on open pages; every page answers with the list of problems until they
 * are fixed) and reloads open pages when the content is right again.
 *
 * MDX and YAML files reach the page through Astro's content layer, which watches them itself.
 * Data files and figure specs are read by src/lib/figures outside Vite's module graph, so a
 * change to them reloads open pages from here (the figure memo is keyed by their bytes). The
 * check runs in a worker thread, so pages keep being served while a large journal is checked.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { contentDir } from '../lib/content/paths.ts';
import { formatProblem, type Problem } from '../lib/content/problems.ts';
import { langOfPath, overlayError, problemsPage } from './dev-report.ts';

/** Editors save in several steps (write, rename, chmod): one check after they settle. */
const SETTLE_MS = 60;

/** Files the content layer loads (and so reloads by itself): MDX editions and YAML metadata. */
const loadedByContentLayer = (file: string) => /\.(mdx|ya?ml)$/.test(file);

/** A request for a page (not for Vite's modules or assets). */
function isPageRequest(url: string | undefined, method: string | undefined): boolean {
  if (method !== 'GET' || !url) return false;
  const p = url.split('?')[0]!;
  if (p.startsWith('/@') || p.startsWith('/node_modules/') || p.startsWith('/src/')) return false;
  return p.endsWith('/') || p.endsWith('.html');
}

interface CheckResult { errors: Problem[]; warnings: Problem[]; ms: number }

/**
 * The content check in a worker thread (src/integrations/content-check-worker.ts, loaded
 * through tsx like the build's scripts), so the server keeps answering while a large journal
 * is checked. Checks requested while one runs collapse into one more run.
 */
function checker(dir: string, onResult: (r: CheckResult) => void): () => void {
  const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
  worker.unref();
  let running = false;
  let again = false;
  worker.on('message', (m: CheckResult | { crash: string }) => {
    running = false;
    if ('crash' in m) throw new Error(`content check crashed: ${m.crash}`);
    onResult(m);
    if (again) run();
  });
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    worker.postMessage(dir);
  };
  return run;
}

/** Prints a check's problems in the terminal, each as `file:line [field]: message`. */
function report(r: CheckResult, dir: string, logger: AstroIntegrationLogger): void {
  for (const w of r.warnings) logger.warn(formatProblem(w));
  for (const e of r.errors) logger.error(formatProblem(e));
  if (r.errors.length) logger.error(`${r.errors.length} content error(s) in ${dir}: the preview shows them until they are fixed`);
  else logger.info(`content OK (${r.ms} ms)${r.warnings.length ? `, ${r.warnings.length} warning(s)` : ''}`);
}

/** Wires the check to Vite's watcher, websocket and middleware. */
function attach(server: ViteDevServer, logger: AstroIntegrationLogger): void {
  const dir = contentDir();
  let errors: Problem[] = [];
  let timer: NodeJS.Timeout | undefined;

  const check = checker(dir, (r) => {
    const hadErrors = errors.length > 0;
    errors = r.errors;
    report(r, dir, logger);
    if (errors.length) server.ws.send(overlayError(errors));
    else if (hadErrors) server.ws.send({ type: 'full-reload', path: '*' });
  });
  check();

  server.watcher.add(dir);
  server.watcher.on('all', (_event, file) => {
    const rel = path.relative(dir, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return;
    // Figures read data and specs outside Vite's module graph: reload open pages at once (a
    // broken file then fails the render with its location), the check follows.
    if (!loadedByContentLayer(file) && !errors.length) server.ws.send({ type: 'full-reload', path: '*' });
    clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  });

  server.middlewares.use((req, res, next) => {
    if (!errors.length || !isPageRequest(req.url, req.method)) return next();
    res.statusCode = 500;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(problemsPage(errors, langOfPath(req.url!)));
  });
}

/** The integration; it does nothing in `astro build` (scripts/build.ts runs the check there). */
export default function livePreview(): AstroIntegration {
  return {
    name: 'journal-live-preview',
    hooks: {
      'astro:server:setup': ({ server, logger }) => attach(server, logger),
    },
  };
}
