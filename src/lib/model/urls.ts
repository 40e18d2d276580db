import type { Lang } from '../../i18n/locales.ts';

/** Site paths, in one place. Every path ends with a slash or a file name. */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  issue: (lang: Lang, issue: string) => `/${lang}/issues/${issue}/`,
  article: (lang: Lang, slug: string) => `/${lang}/articles/${slug}/`,
  articleFile: (lang: Lang, slug: string, file: string) => `/${lang}/articles/${slug}/${file}`,
  search: (lang: Lang) => `/${lang}/search/`,
  /** The Atom feed of a language's articles. */
  feed: (lang: Lang) => `/${lang}/feed.xml`,
};

/** An absolute URL under the site's base URL. */
export function absolute(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).toString();
}
