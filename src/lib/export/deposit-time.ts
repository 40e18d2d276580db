/**
 * The deposit timestamp without breaking reproducible builds: Crossref wants it to grow with
 * every re-deposit, and two clones of the same commit must build the same bytes. So it is
 * SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the time of the last
 * commit that touched the article's metadata files (`git log -1 --format=%ct -- <files>`: the
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

/** Seconds since the epoch of the last commit touching `files`, or null (no git, not a repository, never committed). */
export function lastCommitTime(files: string[], cwd: string): number | null {
  if (!files.length || !fs.existsSync(cwd)) return null;
  const r = spawnSync('git', ['log', '-1', '--format=%ct', '--', ...files], { cwd, encoding: 'utf8', timeout: 10_000 });
  if (r.error || r.status !== 0) return null;
  const t = Number(r.stdout.trim());
  return r.stdout.trim() && Number.isInteger(t) && t > 0 ? t : null;
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
