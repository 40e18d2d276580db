/**
 * Reading a figure's data files from the article's own `data/` folder: the path must stay
 * inside the article (a symlink to elsewhere is refused), the size is limited, the bytes must
 * be UTF-8, and the format follows the extension: CSV, TSV, or JSON (an array of records).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '../content/problems.ts';
import type { FigureColumn } from '../../schemas/figure.ts';
import { jsonCellText, readCell } from './cells.ts';
import { checkHeader, DATA_LIMITS, decodeUtf8, parseDelimited, type DataTable } from './data.ts';

const rel = (p: string) => path.relative(process.cwd(), p) || p;

/** The file's bytes, if it resolves inside `articleDir` (symlinks followed); else a located error. */
export function readInside(articleDir: string, abs: string, from: { file: string; field?: string }): { bytes: Buffer; file: string } {
  const file = rel(abs);
  if (!fs.existsSync(abs)) throw new ContentError({ ...from, message: `${from.field === undefined ? 'file' : 'data file'} ${file} does not exist` });
  const real = fs.realpathSync(abs);
  const root = fs.realpathSync(articleDir);
  if (!real.startsWith(root + path.sep)) throw new ContentError({ file, message: `the file resolves to ${real}, outside the article folder: symlinks out of the article are not allowed` });
  if (!fs.statSync(real).isFile()) throw new ContentError({ file, message: 'expected a file' });
  const size = fs.statSync(real).size;
  if (size > DATA_LIMITS.bytes) throw new ContentError({ file, message: `the file has ${size} bytes, over the limit of ${DATA_LIMITS.bytes} bytes (${DATA_LIMITS.bytes / 1024 / 1024} MiB)` });
  return { bytes: fs.readFileSync(real), file };
}

/** One data file of a figure, read and typed against the declared columns. */
export function readDataFile(articleDir: string, name: string, columns: Record<string, FigureColumn>, from: { file: string; field: string }, all: boolean): DataTable & { file: string; text: string } {
  const { bytes, file } = readInside(articleDir, path.join(articleDir, 'data', name), from);
  const text = decodeUtf8(bytes, file);
  const table = name.endsWith('.json') ? parseJsonRecords(text, columns, file, all) : parseDelimited(text, columns, file, { delimiter: name.endsWith('.tsv') ? '\t' : ',', all });
  return { ...table, file, text };
}

/** A JSON array of flat records; keys are columns (every record must have the same keys). */
export function parseJsonRecords(text: string, columns: Record<string, FigureColumn>, file: string, all = true): DataTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String((e as Error).message));
    throw new ContentError({ file, line: m ? text.slice(0, Number(m[1])).split('\n').length : undefined, message: `invalid JSON: ${(e as Error).message}` });
  }
  if (!Array.isArray(data) || data.length === 0) throw new ContentError({ file, message: 'expected a JSON array of records ([{ "column": value, … }, …]) with at least one record' });
  if (data.length > DATA_LIMITS.rows) throw new ContentError({ file, message: `the file has ${data.length} records, over the limit of ${DATA_LIMITS.rows} rows` });
  const first = data[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) throw new ContentError({ file, field: '0', message: 'expected a record (a JSON object)' });
  const names = Object.keys(first);
  checkHeader(names, columns, file, all);
  const raw: string[][] = [];
  const rows = data.map((rec: unknown, i) => {
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new ContentError({ file, field: String(i), message: 'expected a record (a JSON object)' });
    const keys = Object.keys(rec);
    if (keys.length !== names.length || keys.some((k) => !names.includes(k)))
      throw new ContentError({ file, field: String(i), message: `expected the keys of the first record (${names.join(', ')}), found ${keys.join(', ')}` });
    const texts = names.map((n) => jsonCellText((rec as Record<string, unknown>)[n], { file, field: `${i}.${n}` }));
    raw.push(texts);
    return Object.fromEntries(names.map((n, c) => [n, readCell(texts[c]!, columns[n]!, { file, field: `${i}.${n}` })]));
  });
  return { columns: names, rows, raw };
}
