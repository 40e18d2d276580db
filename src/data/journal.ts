/**
 * The one door to the content collections: pages ask here, never `getCollection` directly.
 * It joins articles with their journal, issue and editions into ArticleRecords and orders
 * them (issues newest first, articles in page order).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { LANGS, isLang } from '../i18n/locales.ts';
import type { ArticleRecord, Edition, IssueRecord } from '../lib/model/types.ts';
import type { Journal } from '../schemas/journal.ts';
import { hasBodyText } from '../lib/content/mdx-source.ts';

export async function loadJournal(): Promise<Journal> {
  const entry = await getEntry('journal', 'journal');
  if (!entry) throw new Error('content/journal.yaml is missing');
  return entry.data;
}

export async function loadIssues(): Promise<IssueRecord[]> {
  const issues = await getCollection('issues');
  return issues
    .map((i) => ({ ...i.data, slug: i.id }))
    .sort((a, b) => b.year - a.year || String(b.number).localeCompare(String(a.number), 'en', { numeric: true }));
}

let cache: Promise<ArticleRecord[]> | undefined;

/** Every article, ordered by issue (newest first) and first page. */
export function loadArticles(): Promise<ArticleRecord[]> {
  cache ??= (async () => {
    const [journal, issues, articles, editions] = await Promise.all([
      loadJournal(),
      loadIssues(),
      getCollection('articles'),
      getCollection('editions'),
    ]);
    const issueBySlug = new Map(issues.map((i) => [i.slug, i]));
    const records = articles.map((a): ArticleRecord => {
      const issue = issueBySlug.get(a.data.issue);
      if (!issue) throw new Error(`content/articles/${a.id}/article.yaml: issue "${a.data.issue}" has no file content/issues/${a.data.issue}.yaml`);
      const own: ArticleRecord['editions'] = {};
      for (const e of editions) {
        const [slug, lang] = e.id.split('/');
        if (slug !== a.id || !isLang(lang)) continue;
        own[lang] = { ...e.data, lang, hasBody: hasBodyText(e.body) } satisfies Edition;
      }
      return { slug: a.id, meta: a.data, journal, issue, editions: own };
    });
    const order = new Map(issues.map((i, n) => [i.slug, n]));
    return records.sort((a, b) => order.get(a.issue.slug)! - order.get(b.issue.slug)! || a.meta.pages.first - b.meta.pages.first);
  })();
  return cache;
}

/** The content entry of one edition, for `render()`. */
export async function editionEntry(slug: string, lang: string): Promise<CollectionEntry<'editions'>> {
  const entry = await getEntry('editions', `${slug}/${lang}`);
  if (!entry) throw new Error(`content/articles/${slug}/${lang}.mdx is missing`);
  return entry;
}

export { LANGS };
