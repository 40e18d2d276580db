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
 * `data` may also name several files (CSV, TSV or a JSON array of records), each a dataset the
 * spec may name: `"data": { "co2": "co2.csv", "stations": "stations.json" }`; the first is the
 * one the chart, table and download show. `columns` declares every column of every file once
 * (a key column shared by two files is declared once). `"join": [{ "dataset": "stations",
 * "on": "station" }]` adds the columns of another dataset to the first one's rows, matching on
 * a column; Vega-Lite's own `lookup` with `"from": { "data": { "name": "stations" }, … }` works too.
 * Column types: string, number, integer, date and datetime (ISO 8601: `2020`, `2020-03`,
 * `2020-03-15`, `2020-03-15T12:00Z`), which temporal encodings plot in UTC.
 *
 * Texts are needed in the article's own languages (those it has an edition file for); other
 * site languages show the original's text, marked with its language.
 *
 * The spec is Vega-Lite without `data`: the build inserts the rows of the data files. In the spec,
 * `{ "$t": "key" }` stands for `strings.key` in the page's language; an encoding (or tooltip
 * entry) on a column with no `title` gets the column's title, and a `format` for numbers.
 * Category codes listed in a column's `labels` are shown as their label in that language
 * (chart, tooltip and table alike); an empty cell is a missing value, never zero.
 * d3 format strings (`format`) are rendered with the language's own separators.
 */
import { z } from 'astro/zod';
import { localizedPartial, text } from './common.ts';

/** A text per language; which languages are required is the article's (see load.ts). */
const l10n = localizedPartial(text);

/** A data file in the article's `data/` folder. */
const dataFile = z.string().regex(/^[\w.-]+\.(csv|tsv|json)$/, 'expected a file name in data/ ending in .csv, .tsv or .json, like "news-sources.csv"');
/** A dataset's name, as the spec names it (`{ "name": "co2" }`). */
const datasetName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a dataset name of lowercase letters, digits and _');

export const COLUMN_TYPES = ['string', 'number', 'integer', 'date', 'datetime'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** One data column: its type, its title per language, and labels for its category codes. */
export const figureColumnSchema = z.strictObject({
  /** How cells are read (see cells.ts); an empty cell is missing. */
  type: z.enum(COLUMN_TYPES),
  title: l10n,
  /** Category code → label per language. Codes missing here are shown as they are. */
  labels: z.record(z.string(), l10n).optional(),
  /** d3 format for numbers (table, tooltips, axes); `,~f` when absent. */
  format: z.string().optional(),
});

export const figureSchema = z.strictObject({
  $comment: z.string().optional(),
  /** The data file (dataset "table"), or dataset name → file; files are in the article's `data/` folder. */
  data: z.union([
    dataFile,
    z.record(datasetName, dataFile).refine((d) => Object.keys(d).length > 0, 'expected at least one data file'),
  ]),
  /** Datasets whose columns are added to the first dataset's rows, matched on a column. */
  join: z.array(z.strictObject({ dataset: datasetName, on: z.string() })).default([]),
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
  /** A Vega-Lite spec without data of its own (see spec-policy.ts for what it may not hold). */
  spec: z.record(z.string(), z.unknown()),
});

export type FigureColumn = z.infer<typeof figureColumnSchema>;
export type FigureFile = z.infer<typeof figureSchema>;
export type FigureText = z.infer<typeof l10n>;
