// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { remarkArticle } from './src/lib/markdown/remark-article.ts';
import { contentDir } from './src/lib/content/paths.ts';
import pagefind from './src/integrations/pagefind.ts';

const journal = parse(fs.readFileSync(path.join(contentDir(), 'journal.yaml'), 'utf8'));

export default defineConfig({
  site: process.env.SITE_URL ?? journal?.siteUrl,
  // scripts/build.ts builds into a temporary directory and swaps it in only on success.
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  // Separate caches let fixture builds run beside the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'preserve', assets: 'assets', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({ remarkPlugins: [remarkArticle], smartypants: false }),
  },
  // pagefind() runs last, on the finished output (astro:build:done).
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
  // No inline scripts or styles: the site runs under script-src 'self' and style-src 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
});
