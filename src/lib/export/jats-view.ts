/**
 * What the JATS exporter reads from the model, in one place: every other JATS module reads this
 * view, never the ArticleRecord itself, so pointing JATS at another model view changes only
 * `jatsView`. The editions are sorted by role: the original becomes the `<article>`, every
 * other edition with its own body a `<sub-article article-type="translation">`, and an edition
 * with front matter only contributes translated titles, abstracts and keywords.
 */
import type { Root } from 'mdast';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import type { FigureFile } from '../../schemas/figure.ts';
import { originalEdition } from '../model/editions.ts';
import type { ArticleRecord, Edition } from '../model/types.ts';
import { authorViews, editionView, type AuthorView, type EditionView } from '../model/view.ts';

/** The parsed MDX body of an edition and the file it came from (for error messages). */
export interface JatsBody {
  tree: Root;
  file: string;
  /** Line of the MDX file where the body starts (tree positions count from 1 there). */
  lineOffset?: number;
}

/** Everything outside the record that the JATS file is made from: parsed bodies and figure files. */
export interface JatsInput {
  bodies: Partial<Record<Edition['lang'], JatsBody>>;
  figures: Record<string, FigureFile>;
}

export interface JatsView {
  slug: string;
  meta: ArticleRecord['meta'];
  journal: ArticleRecord['journal'];
  issue: ArticleRecord['issue'];
  original: Edition;
  /** Other editions with their own body, in site language order. */
  translations: Edition[];
  /** Other editions with front matter only. */
  frontOnly: Edition[];
  /** The model's view of each edition that has a file: titles, abstracts, keywords, authors, pages, dates. */
  views: Partial<Record<Lang, EditionView>>;
  /** The byline as each site language writes it (the original's `name-alternatives`). */
  bylines: Record<Lang, AuthorView[]>;
}

/** The model's view of edition `e` (every edition in the JATS view has one). */
export const viewOf = (v: JatsView, e: Edition): EditionView => v.views[e.lang]!;

/** The record as the JATS exporter sees it. */
export function jatsView(rec: ArticleRecord): JatsView {
  const original = originalEdition(rec);
  const others = LANGS.map((l) => rec.editions[l]).filter((e): e is Edition => Boolean(e) && e!.lang !== original.lang);
  return {
    slug: rec.slug,
    meta: rec.meta,
    journal: rec.journal,
    issue: rec.issue,
    original,
    translations: others.filter((e) => e.hasBody),
    frontOnly: others.filter((e) => !e.hasBody),
    views: Object.fromEntries([original, ...others].map((e) => [e.lang, editionView(rec, e.lang)])),
    bylines: Object.fromEntries(LANGS.map((l) => [l, authorViews(rec, l)])) as Record<Lang, AuthorView[]>,
  };
}

/** The site path of the article's JATS file; language-neutral, like the Crossref deposit. */
export const jatsPath = (slug: string) => `/articles/${slug}/jats.xml`;
