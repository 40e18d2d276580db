import { LANGS, LOCALES, type Lang } from '../../i18n/locales.ts';
import { absolute, paths } from '../model/urls.ts';
import { link, meta, property, type HeadTag } from './tags.ts';

export interface PageHeadInput {
  site: string;
  lang: Lang;
  /** This page's path. */
  path: string;
  /** The same page in each language that has it; `x-default` points at `defaultLang`'s. */
  alternates: Partial<Record<Lang, string>>;
  defaultLang: Lang;
  title: string;
  description?: string;
  siteName: string;
  ogType?: 'website' | 'article';
}

/** Tags every page carries: description, canonical, hreflang alternates, Open Graph, Twitter. */
export function pageHead(p: PageHeadInput): HeadTag[] {
  const url = absolute(p.site, p.path);
  const tags: HeadTag[] = [link({ rel: 'canonical', href: url })];
  if (p.description) tags.push(meta('description', p.description));
  for (const l of LANGS) {
    const alt = p.alternates[l];
    if (alt) tags.push(link({ rel: 'alternate', hreflang: LOCALES[l].tag, href: absolute(p.site, alt) }));
  }
  tags.push(link({ rel: 'alternate', type: 'application/atom+xml', title: p.siteName, href: absolute(p.site, paths.feed(p.lang)) }));
  const def = p.alternates[p.defaultLang];
  if (def) tags.push(link({ rel: 'alternate', hreflang: 'x-default', href: absolute(p.site, def) }));
  tags.push(
    property('og:type', p.ogType ?? 'website'),
    property('og:title', p.title),
    property('og:url', url),
    property('og:site_name', p.siteName),
    property('og:locale', LOCALES[p.lang].og),
  );
  for (const l of LANGS) if (l !== p.lang && p.alternates[l]) tags.push(property('og:locale:alternate', LOCALES[l].og));
  if (p.description) tags.push(property('og:description', p.description));
  tags.push(meta('twitter:card', 'summary'), meta('twitter:title', p.title));
  if (p.description) tags.push(meta('twitter:description', p.description));
  return tags;
}
