/**
 * Everything the article page adds to `<head>`, per edition and in that edition's language:
 * Highwire `citation_*`, Dublin Core, Open Graph `article:*` and schema.org JSON-LD, all
 * projected from the one edition view (src/lib/model/view.ts).
 */
import type { Lang } from '~/i18n/locales.ts';
import type { ArticleRecord } from '~/lib/model/types.ts';
import { absolute } from '~/lib/model/urls.ts';
import { pdfPath } from '~/lib/pdf/paths.ts';
import { editionView } from '~/lib/model/view.ts';
import { dublinCoreTags } from './dublin-core.ts';
import { highwireTags } from './highwire.ts';
import { scholarlyArticle } from './json-ld.ts';
import { openGraphArticleTags } from './open-graph.ts';
import { jatsUnavailable } from '~/lib/export/jats.ts';
import { jatsPath } from '~/lib/export/jats-view.ts';
import { jsonLdText, link, type HeadTag } from './tags.ts';

/** Extra head tags for the article page in `lang` (passed to Base as `head`). */
export function articleHead(rec: ArticleRecord, lang: Lang): HeadTag[] {
  const v = editionView(rec, lang);
  const own = pdfPath(rec, lang);
  const pdf = own ? absolute(rec.journal.siteUrl, own) : undefined;
  return [
    ...highwireTags(v, pdf),
    ...dublinCoreTags(v),
    ...openGraphArticleTags(v),
    { tag: 'script', attrs: { type: 'application/ld+json' }, content: jsonLdText(scholarlyArticle(v, pdf)) },
    ...(jatsUnavailable(rec) ? [] : [link({ rel: 'alternate', type: 'application/jats+xml', href: absolute(rec.journal.siteUrl, jatsPath(rec.slug)) })]),
  ];
}
