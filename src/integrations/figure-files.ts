/**
 * The figures' files on the built site (`/{lang}/articles/{slug}/figures/{id}.{svg,png,csv,vl.json,dataflow.json}`),
 * written once the pages are built, for every article page Astro made. The content check has
 * made every figure into the figure cache already (src/lib/figures/check.ts), so this only
 * copies bytes: thousands of figure files as Astro routes cost more than the figures' pages.
 * The dev server serves the same files through the routes in src/pages (figureFilePaths).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isLang } from '../i18n/locales.ts';
import { figureAssets, figureFileBody } from '../lib/figures/assets.ts';
import { listFigures } from '../lib/figures/load.ts';
import { articleDir, FIGURE_FILES, figureFile } from '../lib/figures/routes.ts';

/** An article page's path as Astro reports it (`en/articles/slug/`). */
const ARTICLE_PAGE = /^\/?([^/]+)\/articles\/([^/]+)\/$/;

/** Writes every figure file of the article pages in `pages` under `outDir`; returns how many. */
export async function writeFigureFiles(outDir: string, pages: string[]): Promise<number> {
  let n = 0;
  for (const page of pages) {
    const m = ARTICLE_PAGE.exec(page);
    if (!m || !isLang(m[1]!)) continue;
    const [lang, slug] = [m[1], m[2]!];
    const dir = articleDir(slug);
    for (const id of listFigures(dir)) {
      const a = await figureAssets(dir, id, lang);
      for (const kind of FIGURE_FILES) {
        const file = path.join(outDir, figureFile(lang, slug, id, kind));
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, await figureFileBody(a, kind));
        n++;
      }
    }
  }
  return n;
}

export default function figureFiles(): AstroIntegration {
  return {
    name: 'journal-figure-files',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const n = await writeFigureFiles(fileURLToPath(dir), pages.map((p) => p.pathname));
        logger.info(`${n} figure files written`);
      },
    },
  };
}
