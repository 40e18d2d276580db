/**
 * Dublin Core `DC.*` meta tags (the names OJS and most repositories harvest). The edition's own
 * title and abstract come first; the other editions' titles and abstracts follow as
 * `DC.Title.Alternative` / `DC.Description`, each with `xml:lang` (and `lang`, which HTML needs
 * beside it). Projected from the edition view.
 */
import { LOCALES } from '~/i18n/locales.ts';
import { doiUrl } from '~/lib/identifiers/doi.ts';
import { pageRange, type EditionView } from '~/lib/model/view.ts';
import { link, meta, type HeadTag } from './tags.ts';

const inLang = (l: string) => ({ lang: l, 'xml:lang': l });
const opt = (name: string, v: string | undefined): HeadTag[] => (v ? [meta(name, v)] : []);

const titles = (v: EditionView): HeadTag[] => [
  meta('DC.Title', v.fullTitle, inLang(v.tag)),
  ...v.others.map((o) => meta('DC.Title.Alternative', o.title, inLang(LOCALES[o.lang].tag))),
];

const descriptions = (v: EditionView): HeadTag[] => [
  meta('DC.Description', v.abstract, inLang(v.tag)),
  ...v.others.map((o) => meta('DC.Description', o.abstract, inLang(LOCALES[o.lang].tag))),
];

const creators = (v: EditionView) => v.authors.map((a) => meta(a.name.group ? 'DC.Creator.CorporateName' : 'DC.Creator.PersonalName', a.name.sorted));

const subjects = (v: EditionView) => v.keywords.map((k) => meta('DC.Subject', k, inLang(v.tag)));

const source = (v: EditionView): HeadTag[] => [
  meta('DC.Source', v.journal.title),
  ...opt('DC.Source.ISSN', v.journal.issn[0]),
  ...opt('DC.Source.Volume', v.issue.volume),
  meta('DC.Source.Issue', v.issue.number),
];

const identifiers = (v: EditionView): HeadTag[] => [
  meta('DC.Identifier', doiUrl(v.doi)),
  meta('DC.Identifier.DOI', v.doi),
  meta('DC.Identifier.URI', v.url),
  meta('DC.Identifier.pageNumber', pageRange(v.pages)),
];

/** The DC tags for the article page the view describes. */
export function dublinCoreTags(v: EditionView): HeadTag[] {
  return [
    link({ rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' }),
    ...titles(v),
    ...creators(v),
    ...subjects(v),
    ...descriptions(v),
    meta('DC.Publisher', v.journal.publisher),
    meta('DC.Date.issued', v.published.iso),
    meta('DC.Type', 'Text.Serial.Journal'),
    meta('DC.Type.articleType', 'Article'),
    meta('DC.Format', 'text/html'),
    ...identifiers(v),
    ...source(v),
    meta('DC.Language', v.tag),
    ...opt('DC.Rights', v.license),
  ];
}
