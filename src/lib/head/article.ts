/**
 * Everything the article page adds to `<head>`, per edition and in that edition's language:
 * Highwire `citation_*`, Dublin Core, Open Graph `article:*` and schema.org JSON-LD, all
 * projected from the one CSL item of the edition.
 */
import type { Lang } from '../../i18n/locales.ts';
import { articleCsl } from '../export/csl.ts';
import { dublinCoreTags } from '../export/dublin-core.ts';
import { highwireTags } from '../export/highwire.ts';
import { scholarlyArticle } from '../export/json-ld.ts';
import { openGraphArticleTags } from '../export/open-graph.ts';
import type { ArticleRecord } from '../model/types.ts';
import { jatsUnavailable } from '../export/jats.ts';
import { jatsPath } from '../export/jats-view.ts';
import { absolute } from '../model/urls.ts';
import { jsonLdText, link, type HeadTag } from './tags.ts';

/** Extra head tags for the article page in `lang` (passed to Base as `head`). */
export function articleHead(rec: ArticleRecord, lang: Lang): HeadTag[] {
  const item = articleCsl(rec, lang);
  return [
    ...highwireTags(item, rec, lang),
    ...dublinCoreTags(item, rec, lang),
    ...openGraphArticleTags(item),
    { tag: 'script', attrs: { type: 'application/ld+json' }, content: jsonLdText(scholarlyArticle(item, rec, lang)) },
    ...(jatsUnavailable(rec) ? [] : [link({ rel: 'alternate', type: 'application/jats+xml', href: absolute(rec.journal.siteUrl, jatsPath(rec.slug)) })]),
  ];
}
