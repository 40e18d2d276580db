/**
 * Lookups every page render makes (an article by slug for each figure, the articles of an
 * issue for previous/next links), from Maps built once over `loadArticles()` instead of a scan
 * per call (a scan per page is quadratic in the journal's size). The Maps are rebuilt whenever
 * loadArticles returns a new list, so the dev server's fresh joins are never served stale.
 */
import type { ArticleRecord } from '../lib/model/types.ts';
import { loadArticles } from './journal.ts';

interface Lookups {
  bySlug: Map<string, ArticleRecord>;
  byIssue: Map<string, ArticleRecord[]>;
}

let built: { from: ArticleRecord[]; lookups: Lookups } | undefined;

async function lookups(): Promise<Lookups> {
  const all = await loadArticles();
  if (built?.from !== all) {
    const byIssue = new Map<string, ArticleRecord[]>();
    for (const a of all) byIssue.set(a.issue.slug, [...(byIssue.get(a.issue.slug) ?? []), a]);
    built = { from: all, lookups: { bySlug: new Map(all.map((a) => [a.slug, a])), byIssue } };
  }
  return built.lookups;
}

/** The article with this slug, or undefined. */
export async function articleBySlug(slug: string): Promise<ArticleRecord | undefined> {
  return (await lookups()).bySlug.get(slug);
}

/** The articles of one issue, in the journal's order (first page first). */
export async function issueArticles(issueSlug: string): Promise<ArticleRecord[]> {
  return (await lookups()).byIssue.get(issueSlug) ?? [];
}
