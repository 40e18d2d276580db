/**
 * Dublin Core `DC.*` meta tags (the names OJS and most repositories harvest). The edition's own
 * title and abstract come first; the other editions' titles and abstracts follow as
 * `DC.Title.Alternative` / `DC.Description`, each with `xml:lang` (and `lang`, which HTML needs
 * beside it).
 */
import { LANGS, LOCALES, type Lang } from '../../i18n/locales.ts';
import { doiUrl } from '../identifiers/doi.ts';
import { pageEdition } from '../model/editions.ts';
import type { ArticleRecord } from '../model/types.ts';
import { link, meta, type HeadTag } from '../head/tags.ts';
import { isoFromCsl, type CslItem } from './csl.ts';

const inLang = (l: string) => ({ lang: l, 'xml:lang': l });
const opt = (name: string, v: string | undefined): HeadTag[] => (v ? [meta(name, v)] : []);

function titles(item: CslItem, rec: ArticleRecord, own: Lang): HeadTag[] {
  const others = LANGS.filter((l) => l !== own && rec.editions[l]);
  return [
    meta('DC.Title', item.title!, inLang(item.language!)),
    ...others.map((l) => meta('DC.Title.Alternative', rec.editions[l]!.title, inLang(LOCALES[l].tag))),
  ];
}

function descriptions(item: CslItem, rec: ArticleRecord, own: Lang): HeadTag[] {
  const others = LANGS.filter((l) => l !== own && rec.editions[l]);
  return [
    ...(item.abstract ? [meta('DC.Description', item.abstract, inLang(item.language!))] : []),
    ...others.map((l) => meta('DC.Description', rec.editions[l]!.abstract, inLang(LOCALES[l].tag))),
  ];
}

const creators = (item: CslItem) => (item.author ?? []).map((a) => meta('DC.Creator.PersonalName', a.given ? `${a.family}, ${a.given}` : a.family));

const subjects = (item: CslItem) => (item.keyword ? item.keyword.split(', ').map((k) => meta('DC.Subject', k, inLang(item.language!))) : []);

function source(item: CslItem): HeadTag[] {
  return [
    ...opt('DC.Source', item['container-title']),
    ...opt('DC.Source.ISSN', item.ISSN),
    ...opt('DC.Source.Volume', item.volume),
    ...opt('DC.Source.Issue', item.issue),
  ];
}

function identifiers(item: CslItem): HeadTag[] {
  return [
    ...(item.DOI ? [meta('DC.Identifier', doiUrl(item.DOI)), meta('DC.Identifier.DOI', item.DOI)] : []),
    ...opt('DC.Identifier.URI', item.URL),
    ...opt('DC.Identifier.pageNumber', item.page),
  ];
}

/** The DC tags for the article page in `lang`, from `item` (= articleCsl(rec, lang)). */
export function dublinCoreTags(item: CslItem, rec: ArticleRecord, lang: Lang): HeadTag[] {
  const own = pageEdition(rec, lang).edition.lang;
  return [
    link({ rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' }),
    ...titles(item, rec, own),
    ...creators(item),
    ...subjects(item),
    ...descriptions(item, rec, own),
    ...opt('DC.Publisher', item.publisher),
    ...opt('DC.Date.issued', isoFromCsl(item.issued)),
    meta('DC.Type', 'Text.Serial.Journal'),
    meta('DC.Type.articleType', 'Article'),
    meta('DC.Format', 'text/html'),
    ...identifiers(item),
    ...source(item),
    ...opt('DC.Language', item.language),
    ...opt('DC.Rights', item.license),
  ];
}
