/**
 * The engine comparison behind the README's choice (issue 12): Chromium's print of the built
 * article page (`page.pdf()`, Debian's /usr/bin/chromium) against the Typst PDF in dist/.
 * Run after `npm run build`: `npx tsx scripts/bench/pdf-engines.ts` (prints JSON).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../lib/static-server.ts';

const ARTICLE = 'bloggers-and-the-state';
const dist = path.resolve('dist');
const pdfinfo = (f: string) => execFileSync('pdfinfo', [f], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const fonts = (f: string) => execFileSync('pdffonts', [f], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).length;
const field = (info: string, k: string) => new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(info)?.[1];

function describe(file: string, ms: number) {
  const info = pdfinfo(file);
  return { ms: Math.round(ms), bytes: fs.statSync(file).size, pages: Number(field(info, 'Pages')), tagged: field(info, 'Tagged'), title: field(info, 'Title'), fonts: fonts(file) };
}

const server = await serve(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const out: Record<string, unknown> = {};
for (const lang of ['en', 'kk', 'ru']) {
  const page = await browser.newPage();
  const t0 = performance.now();
  await page.goto(`${server.url}/${lang}/articles/${ARTICLE}/`, { waitUntil: 'networkidle' });
  const file = path.join(os.tmpdir(), `chromium-${lang}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: false, tagged: true, outline: true });
  const chromiumRow = describe(file, performance.now() - t0);
  await page.close();
  out[lang] = { chromium: chromiumRow, typst: describe(path.join(dist, lang, 'articles', ARTICLE, 'article.pdf'), Number.NaN) };
}
await browser.close();
await server.close();
console.log(JSON.stringify(out, null, 2));
