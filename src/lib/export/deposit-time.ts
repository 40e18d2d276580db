/**
 * The deposit timestamp without breaking reproducible builds: Crossref wants it to grow with
 * every re-deposit, and two builds of the same content must be byte-identical. So it is
 * SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the time the article's
 * metadata files last changed — the same for the same tree, later after any edit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../content/paths.ts';
import type { ArticleRecord } from '../model/types.ts';
import { depositTimestamp } from './crossref.ts';

/** Files whose content goes into an article's deposit. */
export function depositSources(rec: ArticleRecord, dir = contentDir()): string[] {
  const article = path.join(dir, 'articles', rec.slug);
  const own = fs.existsSync(article) ? fs.readdirSync(article).filter((f) => /\.(ya?ml|mdx)$/.test(f)).map((f) => path.join(article, f)) : [];
  return [path.join(dir, 'journal.yaml'), path.join(dir, 'issues', `${rec.issue.slug}.yaml`), ...own].filter((f) => fs.existsSync(f));
}

/** `yyyyMMddHHmmss` for the deposit of `rec`. */
export function depositTimeOf(rec: ArticleRecord, env: Record<string, string | undefined> = process.env, dir = contentDir()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return depositTimestamp(new Date(Number(epoch) * 1000));
  const newest = Math.max(0, ...depositSources(rec, dir).map((f) => Math.floor(fs.statSync(f).mtimeMs / 1000) * 1000));
  return depositTimestamp(new Date(newest));
}
