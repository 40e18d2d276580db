/**
 * The live preview (`npm run dev`): Astro's dev server with the build's content rules. It runs
 * the whole content check at start and again on every change under the content folder, prints
 * every problem in the terminal (`file:line [field]: message`), shows them in the browser
 * (Vite's error overlay on open pages; every page answers with the list of problems until they
 * are fixed) and reloads open pages when the content is right again.
 *
 * MDX and YAML files reach the page through Astro's content layer, which watches them itself.
 * Data files and figure specs are read by src/lib/figures outside Vite's module graph, so a
 * change to them reloads open pages from here (the figure memo is keyed by their bytes).
 */
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { contentDir } from '../lib/content/paths.ts';
import { formatProblem, type Problem } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate.ts';
import { checkFigure } from '../lib/figures/check.ts';
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

/** Runs the content check; prints and returns its errors. */
function runCheck(dir: string, logger: AstroIntegrationLogger): Problem[] {
  const started = performance.now();
  const { errors, warnings } = validateContent(dir, { checkFigure });
  for (const w of warnings) logger.warn(formatProblem(w));
  for (const e of errors) logger.error(formatProblem(e));
  const ms = Math.round(performance.now() - started);
  if (errors.length) logger.error(`${errors.length} content error(s) in ${dir}: the preview shows them until they are fixed`);
  else logger.info(`content OK (${ms} ms)${warnings.length ? `, ${warnings.length} warning(s)` : ''}`);
  return errors;
}

/** Wires the check to Vite's watcher, websocket and middleware. */
function attach(server: ViteDevServer, logger: AstroIntegrationLogger): void {
  const dir = contentDir();
  let errors = runCheck(dir, logger);
  let timer: NodeJS.Timeout | undefined;
  let outsideGraph = false;

  const recheck = () => {
    timer = undefined;
    const hadErrors = errors.length > 0;
    errors = runCheck(dir, logger);
    if (errors.length) server.ws.send(overlayError(errors));
    else if (hadErrors || outsideGraph) server.ws.send({ type: 'full-reload', path: '*' });
    outsideGraph = false;
  };

  server.watcher.add(dir);
  server.watcher.on('all', (_event, file) => {
    const rel = path.relative(dir, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return;
    if (!loadedByContentLayer(file)) outsideGraph = true;
    clearTimeout(timer);
    timer = setTimeout(recheck, SETTLE_MS);
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
