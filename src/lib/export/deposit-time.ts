/**
 * The deposit timestamp without breaking reproducible builds: Crossref wants it to grow with
 * every re-deposit, and two clones of the same commit must build the same bytes. So it is
 * SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the time of the last
 * commit that touched the article's metadata files (from one `git log` of the content tree: the
 * same in every clone, later after any committed edit), else, outside a git checkout, the
 * article's own newest date. File modification times are never read: a checkout sets them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '~/lib/content/paths.ts';
import { dateParts, dateStart } from '~/lib/identifiers/iso-date.ts';
import type { ArticleRecord } from '~/lib/model/types.ts';
import { depositTimestamp } from './crossref.ts';

/** Files whose content goes into an article's deposit. */
export function depositSources(rec: ArticleRecord, dir = contentDir()): string[] {
  const article = path.join(dir, 'articles', rec.slug);
  const own = fs.existsSync(article) ? fs.readdirSync(article).filter((f) => /\.(ya?ml|mdx)$/.test(f)).map((f) => path.join(article, f)) : [];
  return [path.join(dir, 'journal.yaml'), path.join(dir, 'issues', `${rec.issue.slug}.yaml`), ...own].filter((f) => fs.existsSync(f));
}

/** Each file's newest commit under a content tree: its place in `git log` order (0 is the newest) and its time. */
type CommitIndex = Map<string, { order: number; time: number }>;
const commitIndexes = new Map<string, CommitIndex | null>();

/**
 * One `git log` for the whole content tree (an article's own `git log -1` would cost a process
 * per article), read once per process: every file with the first commit in log order that
 * touched it. Null without git, outside a repository, or when git fails.
 */
function commitIndex(cwd: string): CommitIndex | null {
  const known = commitIndexes.get(cwd);
  if (known !== undefined) return known;
  let index: CommitIndex | null = null;
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', timeout: 10_000 });
  const log = top.status === 0 && !top.error ? spawnSync('git', ['-c', 'core.quotePath=false', 'log', '--format=%x01%ct', '--name-only', '--', '.'], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 }) : undefined;
  if (log && log.status === 0 && !log.error) {
    index = new Map();
    const root = top.stdout.trim();
    let order = -1;
    let time = 0;
    for (const line of log.stdout.split('\n')) {
      if (line.startsWith('\u0001')) {
        order++;
        time = Number(line.slice(1));
      } else if (line && Number.isInteger(time) && time > 0) {
        const file = path.join(root, line);
        if (!index.has(file)) index.set(file, { order, time });
      }
    }
  }
  commitIndexes.set(cwd, index);
  return index;
}

/** Seconds since the epoch of the last commit touching `files`, or null (no git, not a repository, never committed). */
export function lastCommitTime(files: string[], cwd: string): number | null {
  if (!files.length || !fs.existsSync(cwd)) return null;
  const index = commitIndex(fs.realpathSync(cwd));
  if (!index) return null;
  let newest: { order: number; time: number } | undefined;
  for (const f of files) {
    const c = index.get(fs.realpathSync(f));
    if (c && (!newest || c.order < newest.order)) newest = c;
  }
  return newest ? newest.time : null;
}

/** The newest date the article itself states (published, accepted, received, its issue's). */
function articleDate(rec: ArticleRecord): Date {
  const dates = [rec.meta.published, rec.meta.accepted, rec.meta.received, rec.issue.published].filter((d): d is string => Boolean(d));
  return new Date(Math.max(...dates.map((d) => dateStart(dateParts(d)).getTime())));
}

/** `yyyyMMddHHmmss` for the deposit of `rec`. */
export function depositTimeOf(rec: ArticleRecord, env: Record<string, string | undefined> = process.env, dir = contentDir()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return depositTimestamp(new Date(Number(epoch) * 1000));
  const committed = lastCommitTime(depositSources(rec, dir), dir);
  return depositTimestamp(committed !== null ? new Date(committed * 1000) : articleDate(rec));
}
