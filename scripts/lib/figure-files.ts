/**
 * The figures' files on the built site (`/{lang}/articles/{slug}/figures/{id}.{svg,png,csv,vl.json,dataflow.json}`),
 * written by `scripts/build.ts` once Astro has built the pages, for every article page in the
 * output. The content check has made every figure into the figure cache already
 * (src/lib/figures/check.ts), so this only copies bytes: thousands of figure files as Astro
 * routes cost more than the figures' pages, and outside Astro the figure code loads while Astro
 * runs instead of before it. The dev server serves the same files through the routes in
 * src/pages (src/data/figure-files.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { LANGS } from '../../src/i18n/locales.ts';
import { figureAssets, figureFileBody } from '../../src/lib/figures/assets.ts';
import { listFigures } from '../../src/lib/figures/load.ts';
import { articleDir, FIGURE_FILES, figureFile } from '../../src/lib/figures/routes.ts';

/** Writes every figure file of the article pages under `outDir` (`<lang>/articles/<slug>/index.html`); returns how many. */
export async function writeFigureFiles(outDir: string): Promise<number> {
  let n = 0;
  for (const lang of LANGS) {
    const articles = path.join(outDir, lang, 'articles');
    if (!fs.existsSync(articles)) continue;
    for (const slug of fs.readdirSync(articles).sort()) {
      if (!fs.existsSync(path.join(articles, slug, 'index.html'))) continue;
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
  }
  return n;
}
