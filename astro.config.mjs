// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { remarkArticle } from './src/lib/markdown/remark-article.ts';
import { remarkHeadingIds } from './src/lib/markdown/heading-ids.ts';
import { rehypeAlignClasses } from './src/lib/markdown/rehype-align.ts';
import { rehypeLatinLang } from './src/lib/markdown/rehype-latin-lang.ts';
import { contentDir } from './src/lib/content/paths.ts';
import { journalSchema } from './src/schemas/journal.ts';
import { figureEmbedImports } from './src/lib/figures/vite-plugin.ts';
import livePreview from './src/integrations/live-preview.ts';
import drafts from './src/integrations/drafts.ts';

// The site URL comes from the validated journal (scripts/build.ts has reported any problem before).
const journal = journalSchema.parse(parse(fs.readFileSync(path.join(contentDir(), 'journal.yaml'), 'utf8')));

export default defineConfig({
  site: process.env.SITE_URL ?? journal.siteUrl,
  // scripts/build.ts builds into a temporary directory and swaps it in only on success.
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  // Separate caches let fixture builds run beside the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'preserve', assets: 'assets', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({ remarkPlugins: [remarkHeadingIds, remarkArticle], rehypePlugins: [rehypeAlignClasses, rehypeLatinLang], smartypants: false }),
  },
  // livePreview() runs the content check in `astro dev`. Figure files and the search index are made
  // by scripts/build.ts once Astro has built the pages.
  integrations: [drafts(), mdx(), livePreview()],
  devToolbar: { enabled: false },
  // No inline scripts or styles: the site runs under script-src 'self' and style-src 'self'.
  // One stylesheet for the whole site (about 3 KB gzip): an article page then waits for one
  // request instead of three, and every later page finds it cached (issue 8, bench/results.md).
  // figureEmbedImports: the interactive chart's vega-embed gets a slim Vega without parser or Vega-Lite compiler.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false, rolldownOptions: { onwarn: quietAstroDirective } }, plugins: [figureEmbedImports()] },
});

/**
 * Drops exactly one bundler warning: Astro marks each content entry's asset module
 * (`*.mdx?astroPropagatedAssets`) with its own `"use astro:head-inject"` directive, and the bundler
 * warns for every MDX file that it may not keep it. Astro no longer reads that directive (it finds
 * these modules by their query string), so nothing is lost and no user can act on the warning
 * (Astro issue #18087). Every other warning is passed on unchanged.
 * @param {import('rolldown').RolldownLog} warning
 * @param {(warning: import('rolldown').RolldownLog) => void} warn
 */
function quietAstroDirective(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
}
