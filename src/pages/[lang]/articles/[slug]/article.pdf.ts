/** /{lang}/articles/{slug}/article.pdf — the typeset edition (Typst), only for editions with their own body. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlesToBuild } from '../../../../data/journal.ts';
import type { Lang } from '../../../../i18n/locales.ts';
import { articlePdf, pdfLangs } from '../../../../lib/pdf/article-pdf.ts';
import type { ArticleRecord } from '../../../../lib/model/types.ts';

export const getStaticPaths = (async () =>
  (await articlesToBuild()).flatMap((rec) => pdfLangs(rec).map((lang) => ({ params: { lang, slug: rec.slug }, props: { rec, lang } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const pdf = await articlePdf(props.rec as ArticleRecord, props.lang as Lang);
  return new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf' } });
};
