/**
 * Figure data: tidy CSV in, typed rows out, and CSV back out for downloads. Parsing is
 * papaparse's (quotes, embedded commas and newlines handled properly); every error names the
 * file and the line, and the column when one cell is wrong.
 */
import Papa from 'papaparse';
import { ContentError } from '../content/problems.ts';
import type { FigureColumn } from '../../schemas/figure.ts';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/**
 * Reads CSV text against the declared columns. An empty cell is a missing value (null), never
 * zero or an empty label.
 * @example parseFigureCsv('a,b\nx,1\n', { a: {type:'string',…}, b: {type:'number',…} }, 'd.csv')
 *   // → [{ a: 'x', b: 1 }]
 */
export function parseFigureCsv(csvText: string, columns: Record<string, FigureColumn>, file: string): Row[] {
  const text = csvText.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ContentError({ file, line: 1, message: 'the data file is empty: expected a header row and at least one data row' });
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: 'greedy' });
  const lineOf = (rowIndex: number) => lineNumbers(text)[rowIndex] ?? rowIndex + 1;
  for (const e of parsed.errors) {
    const line = e.row !== undefined ? lineOf(e.row) : undefined;
    throw new ContentError({ file, line, message: `malformed CSV: ${e.message}` });
  }
  const [header, ...rows] = parsed.data;
  if (!header) throw new ContentError({ file, line: 1, message: 'expected a header row' });
  const names = header.map((h) => h.trim());
  const declared = Object.keys(columns);
  for (const name of names) {
    if (!declared.includes(name))
      throw new ContentError({ file, line: 1, field: name, message: `column "${name}" is not declared in the figure's "columns" (declared: ${declared.join(', ')})` });
  }
  for (const name of declared) {
    if (!names.includes(name))
      throw new ContentError({ file, line: 1, field: name, message: `the figure declares column "${name}" but the header has only: ${names.join(', ')}` });
  }
  if (rows.length === 0) throw new ContentError({ file, line: 2, message: 'expected at least one data row' });
  return rows.map((cells, i) => {
    const line = lineOf(i + 1);
    if (cells.length !== names.length)
      throw new ContentError({ file, line, message: `expected ${names.length} cells (${names.join(', ')}), found ${cells.length}` });
    const row: Row = {};
    names.forEach((name, c) => {
      const raw = cells[c]!.trim();
      const col = columns[name]!;
      if (raw === '') row[name] = null;
      else if (col.type === 'number') {
        const n = Number(raw);
        if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw) || !Number.isFinite(n))
          throw new ContentError({ file, line, field: name, message: `expected a number (digits, a decimal point, no thousands separators), got "${raw}"` });
        row[name] = n;
      } else row[name] = raw;
    });
    return row;
  });
}

/** The 1-based line on which each non-empty CSV record starts (records may span lines inside quotes). */
function lineNumbers(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (atStart && ch !== '\n' && ch !== '\r') {
      starts.push(line);
      atStart = false;
    }
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n') {
      line++;
      if (!inQuotes) atStart = true;
    }
  }
  return starts;
}

/** Rows back to CSV (RFC 4180, header first, missing values as empty cells, LF line ends). */
export function toCsv(rows: Row[], columns: string[]): string {
  return `${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' })}\n`;
}
