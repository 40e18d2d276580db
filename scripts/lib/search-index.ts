/**
 * Builds the Pagefind search index of the finished site (scripts/build.ts runs it once Astro,
 * the figure files and a partial build's merge are done), through Pagefind's Node API,
 * into `<outDir>/pagefind/`. Pagefind splits the index by `<html lang>`, so every edition gets
 * its own index with its own stemmer (Russian, English) or none (Kazakh, helped by kk-stem.ts).
 *
 * Every Pagefind response carries an `errors` array instead of throwing; each one is checked,
 * any error fails the build (rethrown with its cause), and the Pagefind service is always
 * closed so the build process can exit.
 */
import crypto from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { cacheFolder, cachedJson, codeDigest, contentKey } from '../../src/lib/cache/disk.ts';
import { prepareForIndex, type PreparedPage } from '../../src/lib/search/index-html.ts';

/** The key of a built page's preparation: its bytes (hashed as they are, never decoded), URL and the site's code. */
function pageKey(html: Buffer, url: string): string {
  return crypto.createHash('sha256').update(`search-2\u0000${codeDigest()}\u0000${url}\u0000`).update(html).digest('hex').slice(0, 32);
}

/**
 * `prepareForIndex`, cached under `pageKey` (SEARCH_CACHE_DIR moves the cache): a rebuild after
 * one edit prepares only the pages that changed.
 */
function preparedPage(html: Buffer, url: string, key: string): PreparedPage | null {
  return cachedJson(searchCache(), key, () => prepareForIndex(html.toString('utf8'), url));
}

/** Selectors never indexed even inside `data-pagefind-body` (defence in depth). */
const EXCLUDE = ['nav', 'form', '.toc', '.lang-switch', '.visually-hidden', '.skip-link', '.site-header', '.site-footer'];

export interface IndexSummary {
  pages: number;
  records: number;
  languages: Record<string, number>;
  /** The languages indexed anew (the others came from the cache). */
  made: string[];
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

/** The index object `createIndex` gives, which takes pages and records. */
type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

interface LanguagePages { language: string; pages: { url: string; file: string; key: string; page: PreparedPage }[] }

/** The search cache folder, where each language's Pagefind files are kept too. */
const searchCache = () => cacheFolder('journal-search', 'SEARCH_CACHE_DIR');

/** Folders of one language's Pagefind files kept in the cache (the newest, by use). */
const KEEP_LANGUAGE_INDEXES = 4;

/** Adds one language's pages and their figure records to `index`, in file order, `BATCH` requests at a time. */
async function addPages(index: PagefindIndex, pages: LanguagePages['pages'], outDir: string): Promise<void> {
  for (let at = 0; at < pages.length; at += BATCH) {
    const pending: Promise<void>[] = [];
    for (const { url, file, page } of pages.slice(at, at + BATCH)) {
      pending.push(index.addHTMLFile({ url, content: page.html }).then((added) => check(`addHTMLFile ${path.relative(outDir, file)}`, added.errors)));
      for (const record of page.records) pending.push(index.addCustomRecord(record).then((r) => check(`addCustomRecord ${record.url}`, r.errors)));
    }
    await Promise.all(pending);
  }
}

/**
 * The folder of one language's Pagefind files: taken from the cache when the language's pages
 * (URLs, prepared HTML, records) and the code (with the lock file, so Pagefind's version) are the
 * ones it was made from, else made and kept there. A rebuild after an edit in one edition
 * indexes that edition's language only.
 */
async function languageIndex({ language, pages }: LanguagePages, outDir: string): Promise<{ dir: string; made: boolean }> {
  const key = contentKey('pagefind-language-1', codeDigest(), JSON.stringify(EXCLUDE), language, ...pages.map(({ key }) => key));
  const dir = path.join(searchCache(), `index-${language}-${key}`);
  if (existsSync(path.join(dir, 'pagefind-entry.json'))) {
    const now = new Date();
    await fs.utimes(dir, now, now);
    return { dir, made: false };
  }
  const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
  check('createIndex', created.errors);
  if (!created.index) throw new Error('createIndex returned no index');
  await addPages(created.index, pages, outDir);
  const tmp = `${dir}.tmp-${process.pid}`;
  await fs.rm(tmp, { recursive: true, force: true });
  const written = await created.index.writeFiles({ outputPath: tmp });
  check('writeFiles', written.errors);
  try {
    await fs.rename(tmp, dir);
  } catch (e) {
    // Another build (sharing the cache) has just kept the same index: use it.
    await fs.rm(tmp, { recursive: true, force: true });
    if (!existsSync(path.join(dir, 'pagefind-entry.json'))) throw e;
  }
  await prune(language, dir);
  return { dir, made: true };
}

/** Removes all but the newest KEEP_LANGUAGE_INDEXES folders of `language` (never `current`). */
async function prune(language: string, current: string): Promise<void> {
  const prefix = `index-${language}-`;
  const all = (await fs.readdir(searchCache())).filter((f) => f.startsWith(prefix) && !f.includes('.tmp-')).map((f) => path.join(searchCache(), f));
  const dated = await Promise.all(all.map(async (d) => ({ d, t: (await fs.stat(d)).mtimeMs })));
  dated.sort((a, b) => b.t - a.t);
  for (const { d } of dated.slice(KEEP_LANGUAGE_INDEXES)) if (d !== current) await fs.rm(d, { recursive: true, force: true });
}

interface PagefindEntry { version: string; languages: Record<string, unknown>; include_characters?: string[] }

/**
 * Puts the languages' Pagefind files together in `target`: each language's own files (their
 * names carry the language), Pagefind's scripts once, and one `pagefind-entry.json` naming every
 * language, as a single Pagefind run writes it. Files are linked from the cache (copied across
 * devices); the cache never changes a file it has written.
 */
async function assemble(dirs: string[], target: string): Promise<void> {
  let entry: PagefindEntry | undefined;
  const folders = new Set<string>();
  for (const dir of dirs) {
    const own = JSON.parse(await fs.readFile(path.join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    if (!entry) entry = { ...own, languages: {} };
    else if (own.version !== entry.version) throw new Error(`the cached indexes were made by different Pagefind versions (${own.version}, ${entry.version})`);
    Object.assign(entry.languages, own.languages);
    for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || e.name === 'pagefind-entry.json') continue;
      const from = path.join(e.parentPath, e.name);
      const to = path.join(target, path.relative(dir, from));
      const folder = path.dirname(to);
      if (!folders.has(folder)) {
        await fs.mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      // Pagefind's scripts are the same in every language's folder: the first one is kept.
      await fs.link(from, to).catch(async (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EEXIST') await fs.copyFile(from, to, fs.constants.COPYFILE_EXCL).catch((e: NodeJS.ErrnoException) => { if (e.code !== 'EEXIST') throw e; });
      });
    }
  }
  if (!entry) throw new Error('no language was indexed');
  const { version, languages, ...rest } = entry;
  const sorted = Object.fromEntries(Object.keys(languages).sort().map((l) => [l, languages[l]]));
  await fs.writeFile(path.join(target, 'pagefind-entry.json'), JSON.stringify({ version, languages: sorted, ...rest }));
}

/**
 * Indexes the built site in `outDir` and writes `outDir/pagefind/`: each language is indexed on
 * its own (its files come from the cache when its pages are unchanged), then put together.
 * Throws when anything fails.
 */
export async function buildSearchIndex(outDir: string): Promise<IndexSummary> {
  const summary: IndexSummary = { pages: 0, records: 0, languages: {}, made: [] };
  const made = summary.made;
  try {
    const byLanguage = new Map<string, LanguagePages>();
    const files = await htmlFiles(outDir);
    for (let at = 0; at < files.length; at += BATCH) {
      const batch = files.slice(at, at + BATCH);
      const sources = await Promise.all(batch.map((f) => fs.readFile(f)));
      batch.forEach((file, i) => {
        const url = urlOf(outDir, file);
        const key = pageKey(sources[i]!, url);
        const page = preparedPage(sources[i]!, url, key);
        if (!page) return;
        const group = byLanguage.get(page.language) ?? { language: page.language, pages: [] };
        group.pages.push({ url, file, key, page });
        byLanguage.set(page.language, group);
        summary.pages++;
        summary.records += page.records.length;
        summary.languages[page.language] = (summary.languages[page.language] ?? 0) + 1;
      });
    }
    if (summary.pages === 0) throw new Error(`no page in ${outDir} has data-pagefind-body`);
    const dirs: string[] = [];
    for (const language of [...byLanguage.keys()].sort()) {
      const { dir, made: fresh } = await languageIndex(byLanguage.get(language)!, outDir);
      if (fresh) made.push(language);
      dirs.push(dir);
    }
    await assemble(dirs, path.join(outDir, 'pagefind'));
  } catch (error) {
    throw new Error(`Pagefind indexing of ${outDir} failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
  return summary;
}
