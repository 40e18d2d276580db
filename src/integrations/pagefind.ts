/**
 * Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API,
 * into `<outDir>/pagefind/`. Pagefind splits the index by `<html lang>`, so every edition gets
 * its own index with its own stemmer (Russian, English) or none (Kazakh, helped by kk-stem.ts).
 *
 * Every Pagefind response carries an `errors` array instead of throwing; each one is checked,
 * any error fails the build (rethrown with its cause), and the Pagefind service is always
 * closed so the build process can exit.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { cacheFolder, cachedJson, codeDigest, contentKey } from '../lib/cache/disk.ts';
import { prepareForIndex, type PreparedPage } from '../lib/search/index-html.ts';

/**
 * `prepareForIndex`, cached by the page's bytes, URL and the site's code (SEARCH_CACHE_DIR moves
 * the cache): a rebuild after one edit prepares only the pages that changed.
 */
function preparedPage(html: string, url: string): PreparedPage | null {
  return cachedJson(cacheFolder('journal-search', 'SEARCH_CACHE_DIR'), contentKey('search-1', codeDigest(), url, html), () => prepareForIndex(html, url));
}

/** Selectors never indexed even inside `data-pagefind-body` (defence in depth). */
const EXCLUDE = ['nav', 'form', '.toc', '.lang-switch', '.visually-hidden', '.skip-link', '.site-header', '.site-footer'];

export interface IndexSummary {
  pages: number;
  records: number;
  languages: Record<string, number>;
}

/** Pages read and sent to Pagefind before their answers are awaited. */
const BATCH = 32;

/** Fails with the step and Pagefind's own messages when a response reports errors. */
function check(step: string, errors: string[] | undefined): void {
  if (errors && errors.length) throw new Error(`${step}: ${errors.join('; ')}`);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.startsWith(path.join(dir, 'pagefind') + path.sep))
    .sort();
}

/** `kk/articles/x/index.html` → `/kk/articles/x/` (the site uses trailing slashes). */
export function urlOf(outDir: string, file: string): string {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Indexes the built site in `outDir` and writes `outDir/pagefind/`. Throws when anything fails. */
export async function buildSearchIndex(outDir: string, logger?: AstroIntegrationLogger): Promise<IndexSummary> {
  const summary: IndexSummary = { pages: 0, records: 0, languages: {} };
  try {
    const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new Error('createIndex returned no index');

    // Requests go out in file order without waiting for each answer (Pagefind indexes while we
    // prepare the next pages); a batch's answers are checked together.
    const files = await htmlFiles(outDir);
    for (let at = 0; at < files.length; at += BATCH) {
      const batch = files.slice(at, at + BATCH);
      const sources = await Promise.all(batch.map((f) => fs.readFile(f, 'utf8')));
      const pending: Promise<void>[] = [];
      batch.forEach((file, i) => {
        const url = urlOf(outDir, file);
        const page = preparedPage(sources[i]!, url);
        if (!page) return;
        pending.push(index.addHTMLFile({ url, content: page.html }).then((added) => check(`addHTMLFile ${path.relative(outDir, file)}`, added.errors)));
        summary.pages++;
        summary.languages[page.language] = (summary.languages[page.language] ?? 0) + 1;
        for (const record of page.records) {
          pending.push(index.addCustomRecord(record).then((r) => check(`addCustomRecord ${record.url}`, r.errors)));
          summary.records++;
        }
      });
      await Promise.all(pending);
    }
    if (summary.pages === 0) throw new Error(`no page in ${outDir} has data-pagefind-body`);

    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    check('writeFiles', written.errors);
  } catch (error) {
    throw new Error(`Pagefind indexing of ${outDir} failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
  const langs = Object.entries(summary.languages).map(([l, n]) => `${l} ${n}`).join(', ');
  logger?.info(`indexed ${summary.pages} pages (${langs}) and ${summary.records} figures/tables`);
  return summary;
}

/** The Astro integration: indexes whatever directory Astro built into. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'journal-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
