/**
 * The one door to the content collections: pages ask here, never `getCollection` directly.
 * It hands the validated entries to `buildArticleRecords` (src/lib/model/record.ts), which
 * joins and orders them the same way the tests do.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { LANGS, isLang } from '~/i18n/locales.ts';
import { buildOnly } from '~/lib/content/build-only.ts';
import { buildArticleRecords, neighbours, sortIssues, type EditionInput } from '~/lib/model/record.ts';
import type { ArticleRecord, IssueRecord } from '~/lib/model/types.ts';
import type { Journal } from '~/schemas/journal.ts';

/** The journal's own metadata (content/journal.yaml). */
export async function loadJournal(): Promise<Journal> {
  const entry = await getEntry('journal', 'journal');
  if (!entry) throw new Error('content/journal.yaml is missing');
  return entry.data;
}

/** Every issue, newest first. */
export async function loadIssues(): Promise<IssueRecord[]> {
  const issues = await getCollection('issues');
  return sortIssues(issues.map((i) => ({ ...i.data, slug: i.id })));
}

declare const __JOURNAL_SHOW_DRAFTS__: boolean;

let cache: Promise<ArticleRecord[]> | undefined;

/** Every article, ordered by issue (newest first) and first page. */
export function loadArticles(): Promise<ArticleRecord[]> {
  // The dev server's content layer reloads edited files in place: join afresh on every call
  // (MODE, not DEV: DEV follows NODE_ENV, which test runners set for builds too).
  if (import.meta.env.MODE === 'development') cache = undefined;
  cache ??= (async () => {
    const [journal, issues, articles, editions] = await Promise.all([
      loadJournal(),
      loadIssues(),
      getCollection('articles'),
      getCollection('editions'),
    ]);
    // Drafts (draft: true) are previewed by `npm run dev` and never published (src/integrations/drafts.ts).
    const published = articles.filter((a) => !a.data.draft || __JOURNAL_SHOW_DRAFTS__);
    const editionInputs = editions.flatMap((e): EditionInput[] => {
      const [slug, lang] = e.id.split('/');
      return slug && isLang(lang) ? [{ slug, lang, data: e.data, body: e.body }] : [];
    });
    return buildArticleRecords({ journal, issues, articles: published.map((a) => ({ slug: a.id, meta: a.data })), editions: editionInputs });
  })();
  return cache;
}

let siblings: Promise<ReturnType<typeof neighbours>> | undefined;

/** The articles before and after `slug` in its issue (for the previous/next links). */
export async function articleNeighbours(slug: string): Promise<{ prev?: ArticleRecord; next?: ArticleRecord }> {
  if (import.meta.env.MODE === 'development') siblings = undefined; // as loadArticles: fresh in the dev server
  siblings ??= loadArticles().then(neighbours);
  return (await siblings).get(slug) ?? {};
}

/**
 * The articles whose own pages and files (editions, citations, PDFs, JATS, deposit) this build
 * makes: every article, or in a partial build just the ones `scripts/build.ts` found changed
 * (JOURNAL_BUILD_ONLY, comma-separated slugs; scripts/lib/partial-build.ts). Journal-wide pages
 * (home, issues, feeds, sitemap) always list every article from `loadArticles()`.
 */
export async function articlesToBuild(): Promise<ArticleRecord[]> {
  const only = buildOnly();
  const all = await loadArticles();
  return only ? all.filter((a) => only.has(a.slug)) : all;
}

/** The content entry of one edition, for `render()`. */
export async function editionEntry(slug: string, lang: string): Promise<CollectionEntry<'editions'>> {
  const entry = await getEntry('editions', `${slug}/${lang}`);
  if (!entry) throw new Error(`content/articles/${slug}/${lang}.mdx is missing`);
  return entry;
}

export { LANGS };
