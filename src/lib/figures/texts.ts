/**
 * A figure's texts per language. They are required in the article's own languages (the
 * edition files it has); any other site language shows the original's text, and says so
 * with `lang` so screen readers and hyphenation read it right.
 */
import type { Lang } from '../../i18n/locales.ts';
import { ContentError } from '../content/problems.ts';
import type { FigureFile, FigureText } from '../../schemas/figure.ts';

/** A text as shown: the words and the language they are in. */
export interface Shown {
  text: string;
  lang: Lang;
}

/** `t` in `lang`, else in `fallback` (the article's original), else in any language it has. */
export function pickText(t: FigureText, lang: Lang, fallback: Lang): Shown {
  for (const l of [lang, fallback, 'en', 'ru', 'kk'] as Lang[]) {
    const v = t[l];
    if (v !== undefined) return { text: v, lang: l };
  }
  throw new Error('a figure text with no language (the schema requires the article\'s languages)');
}

/** A figure's caption texts in `lang` (else the original's): what the page, JATS and the PDF print. */
export function figureCaption(figure: FigureFile, lang: Lang, fallback: Lang): { title: Shown; description: Shown; source: Shown } {
  const shown = (t: FigureText) => pickText(t, lang, fallback);
  return { title: shown(figure.title), description: shown(figure.description), source: shown(figure.source) };
}

/** Every text of the figure, with its dotted path in the figure file. */
function* allTexts(figure: FigureFile): Generator<[string, FigureText]> {
  yield ['title', figure.title];
  yield ['description', figure.description];
  yield ['source', figure.source];
  for (const [k, v] of Object.entries(figure.strings)) yield [`strings.${k}`, v];
  for (const [c, col] of Object.entries(figure.columns)) {
    yield [`columns.${c}.title`, col.title];
    for (const [code, label] of Object.entries(col.labels ?? {})) yield [`columns.${c}.labels.${code}`, label];
  }
}

/** Stops on a text missing in one of the article's own languages (file and field named). */
export function requireTexts(figure: FigureFile, langs: Lang[], file: string): void {
  for (const [at, t] of allTexts(figure)) {
    const missing = langs.find((l) => t[l] === undefined);
    if (missing) throw new ContentError({ file, field: `${at}.${missing}`, message: `missing the "${missing}" text: the article has a ${missing} edition (needed: ${langs.join(', ')})` });
  }
}
