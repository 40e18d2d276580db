/**
 * Partial builds. A journal of hundreds of articles changes an article at a time, and most edits
 * (a paragraph, a data file, a figure) change only that article's own pages and files. After
 * every successful build its state is kept: a key of everything journal-wide (the site's code,
 * the journal and issue files, the settings that reach the output), and per article a key of its
 * folder and a key of its listing record (what other pages show of it: metadata, titles,
 * abstracts, which editions have a text, the order of its references), plus the output's files.
 *
 * The next build compares. When the journal-wide key, the set of articles and every listing
 * record are unchanged, and the output is still the one that was built, Astro makes only the
 * changed articles' pages and files plus the journal-wide pages (which read every article's
 * data but compile no MDX of the others), the other articles' folders are linked in from the
 * previous output, and the search index is made over the whole. Anything else is a full build.
 * `--full` (or JOURNAL_FULL_BUILD=1) always builds everything.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LANGS } from '../../src/i18n/locales.ts';
import { codeDigest, folderDigest, hashTree } from '../../src/lib/cache/disk.ts';
import { hasBodyText, splitFrontmatter } from '../../src/lib/content/mdx-source.ts';
import { lastCommitTime } from '../../src/lib/export/deposit-time.ts';
import { citedKeys } from '../../src/lib/markdown/cite-keys.ts';

export interface ArticleKeys {
  /** Everything in the article's folder, and the time of the last commit of its metadata. */
  files: string;
  /** What other pages show of the article. */
  record: string;
}

export interface BuildState {
  version: 1;
  /** The content tree that was built. */
  content: string;
  site: string;
  articles: Record<string, ArticleKeys>;
  /** Every file of the output with its size, relative to the output folder (`/` separators). */
  output: Record<string, number>;
}

export type BuildPlan =
  | { mode: 'full'; why: string }
  | { mode: 'none' }
  | { mode: 'partial'; changed: string[]; unchanged: string[] };

/** Settings that reach the output without being in a file. */
const OUTPUT_ENV = ['SITE_URL', 'SOURCE_DATE_EPOCH'];

/** Where the state of the last build into `out` is kept (one per output folder, whatever content tree it held). */
export function stateFile(root: string, out: string): string {
  const id = crypto.createHash('sha256').update(path.resolve(out)).digest('hex').slice(0, 16);
  return path.join(root, 'node_modules/.cache/journal-build', `${id}.json`);
}

const sha = () => crypto.createHash('sha256');

/**
 * The journal-wide key: the site's code (src, public, the build scripts, the Astro config, the
 * lock file), every content file outside `articles/`, and OUTPUT_ENV. Run from the project folder.
 */
export function siteKey(root: string, content: string, env: Record<string, string | undefined> = process.env): string {
  const h = sha().update(codeDigest('src', 'public', 'scripts/lib'));
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) h.update(`\u0000${f}\u0000`).update(fs.readFileSync(p));
  }
  const journalFiles: string[] = [];
  for (const e of fs.readdirSync(content).sort()) {
    if (e === 'articles') continue;
    const p = path.join(content, e);
    h.update(`\u0000content:${e}\u0000`);
    if (fs.statSync(p).isDirectory()) {
      hashTree(h, p);
      journalFiles.push(...fs.readdirSync(p).map((f) => path.join(p, f)).filter((f) => fs.statSync(f).isFile()));
    } else {
      h.update(fs.readFileSync(p));
      journalFiles.push(p);
    }
  }
  // Every deposit's timestamp follows the last commit of the journal and issue files (deposit-time.ts).
  h.update(`\u0000commit:${lastCommitTime(journalFiles, content) ?? ''}`);
  for (const v of OUTPUT_ENV) h.update(`\u0000${v}=${env[v] ?? ''}`);
  return h.digest('hex');
}

/** The two keys of one article (see the module comment). */
export function articleKeys(content: string, slug: string): ArticleKeys {
  const dir = path.join(content, 'articles', slug);
  const yamlFile = path.join(dir, 'article.yaml');
  const record = sha().update(fs.existsSync(yamlFile) ? fs.readFileSync(yamlFile) : '');
  const metadataFiles = [yamlFile];
  for (const lang of LANGS) {
    const file = path.join(dir, `${lang}.mdx`);
    if (!fs.existsSync(file)) continue;
    metadataFiles.push(file);
    const source = splitFrontmatter(fs.readFileSync(file, 'utf8'));
    // The front matter whole; of the body, only whether it has text and which references it cites in which order.
    record.update(`\u0000${lang}\u0000${source.frontmatter}\u0000${hasBodyText(source.body)}\u0000${citedKeys(source.body).join(',')}`);
  }
  const committed = lastCommitTime(metadataFiles.filter((f) => fs.existsSync(f)), content);
  const files = sha().update(`${folderDigest(dir)}\u0000commit:${committed ?? ''}`);
  return { files: files.digest('hex'), record: record.digest('hex') };
}

/** Every file under `dir` with its size (paths relative to it, `/` separators), leaving out the folders `skip` names (`a/b/`). */
export function listOutput(dir: string, skip: Set<string> = new Set()): Record<string, number> {
  const files: Record<string, number> = {};
  const walk = (abs: string, rel: string) => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const p = path.join(abs, e.name);
      if (e.isDirectory()) {
        if (!skip.has(`${rel}${e.name}/`)) walk(p, `${rel}${e.name}/`);
      } else if (e.isFile()) files[`${rel}${e.name}`] = fs.statSync(p).size;
    }
  };
  if (fs.existsSync(dir)) walk(dir, '');
  return files;
}

/**
 * The files of the output once the kept articles are linked in: what Astro made is listed, the
 * kept articles' files are the previous output's (the same files, checked by `outputDrift`).
 */
export function mergedOutput(previous: Record<string, number>, tmp: string, kept: string[]): Record<string, number> {
  const prefixes = new Set(kept.flatMap(articleOutputPrefixes));
  const keptSet = new Set(kept);
  const own = Object.entries(previous).filter(([f]) => belongsTo(f, keptSet));
  return { ...listOutput(tmp, prefixes), ...Object.fromEntries(own) };
}

/** The output folders that belong to one article alone. */
export function articleOutputPrefixes(slug: string): string[] {
  return [...LANGS.map((l) => `${l}/articles/${slug}/`), `articles/${slug}/`];
}

const ARTICLE_FILE = new RegExp(`^(?:(?:${LANGS.join('|')})/)?articles/([^/]+)/`);

/** Whether an output file (relative path) lies in the folders of one of `slugs` (see articleOutputPrefixes). */
const belongsTo = (file: string, slugs: string[] | Set<string>) => {
  const slug = ARTICLE_FILE.exec(file)?.[1];
  return slug !== undefined && (slugs instanceof Set ? slugs.has(slug) : slugs.includes(slug));
};

/** The first way in which `out` differs from the output `state` recorded, or undefined. */
export function outputDrift(state: BuildState, out: string): string | undefined {
  for (const [file, size] of Object.entries(state.output)) {
    let st: fs.Stats;
    try {
      st = fs.statSync(path.join(out, file));
    } catch {
      return `${file} is missing`;
    }
    if (st.size !== size) return `${file} has changed`;
  }
  return undefined;
}

/** Compares the current content and code with the last build's state. Pure but for reading files. */
export function planBuild(state: BuildState | undefined, current: { content: string; site: string; articles: Record<string, ArticleKeys> }, out: string, opts: { full?: boolean } = {}): BuildPlan {
  if (opts.full) return { mode: 'full', why: 'a full build was asked for' };
  if (!state || state.version !== 1) return { mode: 'full', why: 'there is no record of a previous build into this folder' };
  if (state.content !== current.content) return { mode: 'full', why: `the last build was of another content tree (${state.content})` };
  if (state.site !== current.site) return { mode: 'full', why: 'the code, the journal or issue files or the site settings changed' };
  const before = Object.keys(state.articles).sort();
  const now = Object.keys(current.articles).sort();
  if (before.join('\n') !== now.join('\n')) return { mode: 'full', why: 'articles were added or removed' };
  const changed = now.filter((s) => state.articles[s]!.files !== current.articles[s]!.files);
  const relisted = changed.filter((s) => state.articles[s]!.record !== current.articles[s]!.record);
  if (relisted.length) return { mode: 'full', why: `what other pages show of ${relisted.join(', ')} changed` };
  const drift = outputDrift(state, out);
  if (drift) return { mode: 'full', why: `the previous output is not as it was built (${drift})` };
  if (!changed.length) return { mode: 'none' };
  // Half the journal or more: a full build is as quick and needs no merge.
  if (changed.length * 2 > now.length) return { mode: 'full', why: `${changed.length} of ${now.length} articles changed` };
  return { mode: 'partial', changed, unchanged: now.filter((s) => !changed.includes(s)) };
}

/** Reads the state at `file`, or undefined. */
export function readState(file: string): BuildState | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as BuildState;
  } catch {
    return undefined;
  }
}

/** Stores `state` at `file` atomically. */
export function writeState(file: string, state: BuildState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state));
  fs.renameSync(tmp, file);
}

/** Links (or copies, across devices) every file of the unchanged articles' folders from `from` into `to`; returns how many. */
export function carryOver(from: string, to: string, slugs: string[]): number {
  let n = 0;
  for (const slug of slugs)
    for (const prefix of articleOutputPrefixes(slug)) {
      const src = path.join(from, prefix);
      if (!fs.existsSync(src)) continue;
      const folders = new Set<string>();
      for (const e of fs.readdirSync(src, { recursive: true, withFileTypes: true })) {
        if (!e.isFile()) continue;
        const file = path.join(e.parentPath, e.name);
        const dest = path.join(to, prefix, path.relative(src, file));
        const folder = path.dirname(dest);
        if (!folders.has(folder)) {
          fs.mkdirSync(folder, { recursive: true });
          folders.add(folder);
        }
        try {
          fs.linkSync(file, dest);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${path.relative(to, dest)} was built although its article did not change`);
          fs.copyFileSync(file, dest, fs.constants.COPYFILE_EXCL);
        }
        n++;
      }
    }
  return n;
}

/**
 * After the merge: the files outside the changed articles' folders must be the ones the previous
 * build had (the search index aside, made afresh), or the partial build cannot stand for a full
 * one. Returns the first difference, or undefined.
 */
export function mergeMismatch(previous: Record<string, number>, merged: Record<string, number>, changed: string[]): string | undefined {
  const keep = (f: string) => !f.startsWith('pagefind/') && !belongsTo(f, changed);
  const a = Object.keys(previous).filter(keep);
  const b = new Set(Object.keys(merged).filter(keep));
  for (const f of a) if (!b.has(f)) return `${f} was not made`;
  if (b.size !== a.length) {
    const had = new Set(a);
    for (const f of b) if (!had.has(f)) return `${f} is new`;
  }
  return undefined;
}
