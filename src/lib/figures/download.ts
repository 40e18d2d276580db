/**
 * The CSV download of a figure: the rows it plots, each cell exactly as the source wrote it
 * (`315.70` stays `315.70`), header first, RFC 4180 quoting, LF line ends.
 *
 * Cells a spreadsheet would evaluate as a formula (OWASP "CSV injection": a cell starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return) get a leading `'`, which spreadsheets
 * show as text. A plain number such as `-3.5` or `+2` is left as it is: a spreadsheet reads it
 * as the number it is, which is harmless and what a reader wants. The page and the chart
 * always show the value itself.
 */
import Papa from 'papaparse';
import { isPlainNumber } from './cells.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell made safe for spreadsheets (see the module doc). */
export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) && !isPlainNumber(text) ? `'${text}` : text;
}

/** Raw rows (cell texts in `columns` order) → the CSV download. */
export function toCsv(raw: string[][], columns: string[]): string {
  const data = raw.map((cells) => cells.map(neutralizeCell));
  return `${Papa.unparse({ fields: columns.map(neutralizeCell), data }, { newline: '\n', escapeFormulae: false })}\n`;
}
