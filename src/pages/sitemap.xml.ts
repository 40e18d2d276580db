/** sitemap.xml with hreflang alternates; see src/lib/site/sitemap.ts. */
import type { APIRoute } from 'astro';
import { loadArticles, loadIssues, loadJournal } from '../data/journal.ts';
import { journalPages, sitemapXml } from '../lib/site/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const [journal, issues, articles] = await Promise.all([loadJournal(), loadIssues(), loadArticles()]);
  const body = sitemapXml(site!.toString(), journalPages(issues, articles), journal.defaultLanguage);
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
