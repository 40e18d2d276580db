/**
 * A figure file: `content/articles/<slug>/figures/<id>.json`, one per `<Figure id="…" />`.
 *
 * Everything a figure needs in every language lives in this one file; the numbers live in a
 * tidy CSV beside it (`../data/<file>.csv`, one observation per row, header row first).
 *
 * ```jsonc
 * {
 *   "data": "news-sources.csv",            // file in ../data/
 *   "provenance": "Section 1.2, ¶ 4",      // where in the article the numbers are stated (editors)
 *   "columns": {                            // every CSV column, in CSV order
 *     "source": { "type": "string", "title": { "en": "…", "kk": "…", "ru": "…" },
 *                 "labels": { "online": { "en": "Online", "kk": "…", "ru": "…" } } },
 *     "share":  { "type": "number", "title": { … }, "format": ".0f" }
 *   },
 *   "strings": { "axisX": { "en": "…", "kk": "…", "ru": "…" } },   // extra spec texts
 *   "title": { … }, "description": { … }, "source": { … },  // caption, alt text, source line
 *   "spec": { "mark": "bar", "encoding": { "x": { "field": "share", "type": "quantitative",
 *             "axis": { "title": { "$t": "axisX" } } } } }
 * }
 * ```
 *
 * The spec is Vega-Lite without `data`: the build inserts the CSV rows. In the spec,
 * `{ "$t": "key" }` stands for `strings.key` in the page's language; an encoding (or tooltip
 * entry) on a column with no `title` gets the column's title, and a `format` for numbers.
 * Category codes listed in a column's `labels` are shown as their label in that language
 * (chart, tooltip and table alike); an empty cell is a missing value, never zero.
 * d3 format strings (`format`) are rendered with the language's own separators.
 */
import { z } from 'astro/zod';
import { localizedRequired, text } from './common.ts';

const l10n = localizedRequired(text);

/** One CSV column: its type, its title per language, and labels for its category codes. */
export const figureColumnSchema = z.strictObject({
  /** How cells are read: `number` must parse as a finite number; an empty cell is missing. */
  type: z.enum(['string', 'number']),
  title: l10n,
  /** Category code → label per language. Codes missing here are shown as they are. */
  labels: z.record(z.string(), l10n).optional(),
  /** d3 format for numbers (table, tooltips, axes); `,~f` when absent. */
  format: z.string().optional(),
});

export const figureSchema = z.strictObject({
  $comment: z.string().optional(),
  /** The data file, relative to the article's `data/` folder. */
  data: z.string().regex(/^[\w.-]+\.csv$/, 'expected a CSV file name in data/, like "news-sources.csv"'),
  /** Where the numbers are stated in the article (section, paragraph, table): for editors and reviewers. */
  provenance: text,
  columns: z.record(z.string(), figureColumnSchema).refine((c) => Object.keys(c).length > 0, 'expected at least one column'),
  /** Extra texts the spec refers to with `{ "$t": "key" }`. */
  strings: z.record(z.string(), l10n).default({}),
  /** Short title printed after "Figure N." and in the citation. */
  title: l10n,
  /** Text alternative: what the chart shows and what it means, in a sentence or two. */
  description: l10n,
  /** Source line under the figure. */
  source: l10n,
  /** A Vega-Lite spec without `data`. */
  spec: z
    .record(z.string(), z.unknown())
    .refine((s) => !('data' in s), 'the spec must not contain "data": the build inserts the rows of the data file')
    .refine((s) => !('datasets' in s), 'the spec must not contain "datasets"'),
});

export type FigureColumn = z.infer<typeof figureColumnSchema>;
export type FigureFile = z.infer<typeof figureSchema>;
