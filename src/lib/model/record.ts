/**
 * ArticleRecords from validated content, in one pure function that both the Astro data layer
 * (src/data/journal.ts) and the tests (tests/helpers/article-record.ts) call, so the join, the
 * order and the "has a body" rule exist once.
 */
import { hasBodyText } from '~/lib/content/mdx-source.ts';
import type { Lang } from '~/i18n/locales.ts';
import type { ArticleMeta } from '~/schemas/article.ts';
import type { EditionFrontmatter } from '~/schemas/edition.ts';
import type { Journal } from '~/schemas/journal.ts';
import { inReferenceOrder } from '~/lib/markdown/cite-keys.ts';
import type { ArticleRecord, IssueRecord } from './types.ts';

export interface ArticleInput {
  slug: string;
  meta: ArticleMeta;
}

export interface EditionInput {
  slug: string;
  lang: Lang;
  data: EditionFrontmatter;
  /** The MDX body below the front matter. */
  body: string | undefined;
}

export interface RecordInputs {
  journal: Journal;
  issues: IssueRecord[];
  articles: ArticleInput[];
  editions: EditionInput[];
}

/** Issues newest first (year, then number, numerically). */
export function sortIssues(issues: IssueRecord[]): IssueRecord[] {
  return [...issues].sort((a, b) => b.year - a.year || String(b.number).localeCompare(String(a.number), 'en', { numeric: true }));
}

/**
 * Every article joined with its journal, issue and editions (one pass over each list, via
 * Maps), ordered by issue (newest first) and first page. An article whose issue has no file
 * stops the build naming both files.
 */
export function buildArticleRecords(input: RecordInputs): ArticleRecord[] {
  const issues = sortIssues(input.issues);
  const issueBySlug = new Map(issues.map((i) => [i.slug, i]));
  const order = new Map(issues.map((i, n) => [i.slug, n]));
  const editionsOf = new Map<string, ArticleRecord['editions']>();
  for (const e of input.editions) {
    const own = editionsOf.get(e.slug) ?? {};
    own[e.lang] = { ...e.data, lang: e.lang, hasBody: hasBodyText(e.body) };
    editionsOf.set(e.slug, own);
  }
  const records = input.articles.map(({ slug, meta }): ArticleRecord => {
    const issue = issueBySlug.get(meta.issue);
    if (!issue) throw new Error(`content/articles/${slug}/article.yaml: issue "${meta.issue}" has no file content/issues/${meta.issue}.yaml`);
    // References cited by key are numbered in order of first citation in the original; every output reads this order.
    const original = input.editions.find((e) => e.slug === slug && e.lang === meta.originalLanguage)?.body;
    const ordered = { ...meta, references: inReferenceOrder(meta.references, original) };
    return { slug, meta: ordered, journal: input.journal, issue, editions: editionsOf.get(slug) ?? {} };
  });
  return records.sort((a, b) => order.get(a.issue.slug)! - order.get(b.issue.slug)! || a.meta.pages.first - b.meta.pages.first);
}

/** The article before and after each one in its issue, by slug (one pass, not a search per page). */
export function neighbours(records: ArticleRecord[]): Map<string, { prev?: ArticleRecord; next?: ArticleRecord }> {
  const out = new Map<string, { prev?: ArticleRecord; next?: ArticleRecord }>();
  records.forEach((r, i) => {
    const prev = records[i - 1];
    const next = records[i + 1];
    out.set(r.slug, {
      ...(prev && prev.issue.slug === r.issue.slug ? { prev } : {}),
      ...(next && next.issue.slug === r.issue.slug ? { next } : {}),
    });
  });
  return out;
}
