/**
 * Figure data: a tidy file in (CSV, TSV or a JSON array of records), typed rows out, and CSV
 * back out for downloads. Delimited text is parsed by papaparse (quotes, embedded delimiters
 * and newlines handled properly) in one linear pass; every error names the file and the line,
 * and the column when one cell is wrong. Each row keeps the source's own text of every cell,
 * so a download says `315.70` where the file did.
 */
import Papa from 'papaparse';
import { ContentError } from '../content/problems.ts';
import type { FigureColumn } from '../../schemas/figure.ts';
import { readCell } from './cells.ts';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** One data file, read: typed rows, and the same rows as the source's trimmed cell text. */
export interface DataTable {
  /** Column names in file order. */
  columns: string[];
  rows: Row[];
  /** `raw[i][c]`: the text of row i, column `columns[c]`, as the file wrote it ('' when empty). */
  raw: string[][];
}

/** The largest data file a figure may read, and the most rows: past them the build stops. */
export const DATA_LIMITS = { bytes: 20 * 1024 * 1024, rows: 200_000 };

/** Data file bytes → text; invalid UTF-8 is a located error (a figure would show U+FFFD). */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (bytes.length > DATA_LIMITS.bytes)
    throw new ContentError({ file, message: `the file has ${bytes.length} bytes, over the limit of ${DATA_LIMITS.bytes} bytes (${DATA_LIMITS.bytes / 1024 / 1024} MiB)` });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    throw new ContentError({ file, line, message: `invalid UTF-8 at byte ${bad}: save the file as UTF-8 (${text.length} characters read)` });
  }
}

/** Offset of the first byte that does not decode (decoding prefixes until one fails). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection: valid(prefix) is monotone up to a partial last character.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/**
 * Reads CSV (or TSV with `delimiter: '\t'`) against the declared columns. An empty cell is a
 * missing value (null), never zero or an empty label. With `all: false` a file may carry only
 * some of the declared columns (figures over several files declare their columns once).
 * @example parseFigureCsv('a,b\nx,1\n', { a: {type:'string',…}, b: {type:'number',…} }, 'd.csv')
 *   // → [{ a: 'x', b: 1 }]
 */
export function parseFigureCsv(csvText: string, columns: Record<string, FigureColumn>, file: string): Row[] {
  return parseDelimited(csvText, columns, file).rows;
}

/** parseFigureCsv with the raw cells kept; see DataTable. */
export function parseDelimited(csvText: string, columns: Record<string, FigureColumn>, file: string, opts: { delimiter?: string; all?: boolean } = {}): DataTable {
  const text = csvText.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ContentError({ file, line: 1, message: 'the data file is empty: expected a header row and at least one data row' });
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: opts.delimiter ?? ',', skipEmptyLines: 'greedy' });
  const starts = lineNumbers(text); // once: the line on which each record starts
  const lineOf = (rowIndex: number) => starts[rowIndex] ?? rowIndex + 1;
  for (const e of parsed.errors) {
    const line = e.row !== undefined ? lineOf(e.row) : undefined;
    throw new ContentError({ file, line, message: `malformed ${opts.delimiter === '\t' ? 'TSV' : 'CSV'}: ${e.message}` });
  }
  const [header, ...records] = parsed.data;
  if (!header) throw new ContentError({ file, line: 1, message: 'expected a header row' });
  const names = header.map((h) => h.trim());
  checkHeader(names, columns, file, opts.all ?? true);
  if (records.length === 0) throw new ContentError({ file, line: 2, message: 'expected at least one data row' });
  if (records.length > DATA_LIMITS.rows)
    throw new ContentError({ file, line: lineOf(DATA_LIMITS.rows + 1), message: `the file has ${records.length} data rows, over the limit of ${DATA_LIMITS.rows} rows` });
  const rows: Row[] = [];
  const raw: string[][] = [];
  records.forEach((cells, i) => {
    const line = lineOf(i + 1);
    if (cells.length !== names.length)
      throw new ContentError({ file, line, message: `expected ${names.length} cells (${names.join(', ')}), found ${cells.length}` });
    const texts = cells.map((c) => c.trim());
    raw.push(texts);
    rows.push(Object.fromEntries(names.map((name, c) => [name, readCell(texts[c]!, columns[name]!, { file, line, field: name })])));
  });
  return { columns: names, rows, raw };
}

/** Every header name must be declared; with `all`, every declared column must be there. */
export function checkHeader(names: string[], columns: Record<string, FigureColumn>, file: string, all: boolean): void {
  const declared = Object.keys(columns);
  for (const name of names) {
    if (!Object.hasOwn(columns, name))
      throw new ContentError({ file, line: 1, field: name, message: `column "${name}" is not declared in the figure's "columns" (declared: ${declared.join(', ')})` });
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new ContentError({ file, line: 1, field: name, message: `column "${name}" appears twice in the header` });
    seen.add(name);
  }
  if (all)
    for (const name of declared) {
      if (!seen.has(name))
        throw new ContentError({ file, line: 1, field: name, message: `the figure declares column "${name}" but the header has only: ${names.join(', ')}` });
    }
}

/** The 1-based line on which each non-empty record starts (records may span lines inside quotes). One pass. */
function lineNumbers(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (atStart && ch !== 10 && ch !== 13) {
      starts.push(line);
      atStart = false;
    }
    if (ch === 34) inQuotes = !inQuotes;
    else if (ch === 10) {
      line++;
      if (!inQuotes) atStart = true;
    }
  }
  return starts;
}
