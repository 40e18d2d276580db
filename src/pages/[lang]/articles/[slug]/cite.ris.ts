/** Citation download (cite.ris) for one edition; see src/lib/export/downloads.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlesToBuild } from '../../../../data/journal.ts';
import { LANGS, type Lang } from '../../../../i18n/locales.ts';
import { downloadResponse } from '../../../../lib/export/downloads.ts';
import type { ArticleRecord } from '../../../../lib/model/types.ts';

export const getStaticPaths = (async () =>
  (await articlesToBuild()).flatMap((rec) => LANGS.map((lang) => ({ params: { lang, slug: rec.slug }, props: { rec, lang } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => downloadResponse(props.rec as ArticleRecord, props.lang as Lang, 'cite.ris');
