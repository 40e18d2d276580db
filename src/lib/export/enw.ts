/**
 * EndNote tagged ("refer") download, `.enw`, from the edition view. citation-js has no EndNote
 * writer for core 0.9: @citation-js/plugin-enw 0.3.0 targets core 0.7 and its published
 * package lacks the `output` module its index requires, so this small module writes it.
 * Every value goes through `lineValue`, so no text can start a tag.
 * Each function returns [] when its data is absent; `toEnw` composes them in EndNote's order.
 */
import { pageRange, type EditionView } from '~/lib/model/view.ts';
import { taggedLine } from './sanitize.ts';

type Line = [tag: string, value: string];

const one = (tag: string, v: string | undefined): Line[] => taggedLine(tag, v);

/** A group author ends with a comma, EndNote's mark of a corporate name (Zotero's Refer import then keeps it whole). */
const authors = (v: EditionView): Line[] => v.authors.flatMap((a) => one('%A', a.name.group ? `${a.name.family},` : a.name.sorted));

/** One EndNote record. */
export function toEnw(v: EditionView): string {
  const lines: Line[] = [
    ['%0', 'Journal Article'],
    ...one('%T', v.fullTitle),
    ...authors(v),
    ...one('%J', v.journal.title),
    ...one('%D', String(v.published.year)),
    ...one('%V', v.issue.volume),
    ...one('%N', v.issue.number),
    ...one('%P', pageRange(v.pages)),
    ...one('%@', v.journal.issn[0]),
    ...one('%I', v.journal.publisher),
    ...one('%R', v.doi),
    ...one('%U', v.url),
    ...one('%G', v.tag),
    ...v.keywords.flatMap((k) => one('%K', k)),
    ...one('%X', v.abstract),
    ...one('%F', v.citationKey),
    // Zotero's Refer/BibIX importer has no field for %R or %@ on a journal article (its
    // fieldMap sends R to `type` and @ to `ISBN`); it copies %O lines into Extra, where Zotero
    // reads "DOI: …" and "ISSN: …" as the item's fields. EndNote reads %R and %@ above.
    ...one('%O', `DOI: ${v.doi}`),
    ...(v.journal.issn[0] ? one('%O', `ISSN: ${v.journal.issn[0]}`) : []),
  ];
  return `${lines.map(([t, val]) => `${t} ${val}`).join('\n')}\n`;
}
