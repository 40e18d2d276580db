/** Atom feed of the articles, per language; see src/lib/site/atom.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticles, loadJournal } from '../../data/journal.ts';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { atomFeed } from '../../lib/site/atom.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [journal, articles] = await Promise.all([loadJournal(), loadArticles()]);
  return new Response(atomFeed(journal, params.lang as Lang, articles), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
