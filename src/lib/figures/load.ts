/**
 * Loading a figure: its JSON file, validated by the schema, its CSV rows, and a check that
 * every field the spec names exists in the data (Vega-Lite itself would silently draw
 * nothing). Every error names the file and the field or line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '../content/problems.ts';
import { figureSchema, type FigureFile } from '../../schemas/figure.ts';
import { parseFigureCsv, type Row } from './data.ts';

export interface LoadedFigure {
  id: string;
  /** Paths relative to the working directory, for messages. */
  file: string;
  dataFile: string;
  figure: FigureFile;
  rows: Row[];
  /** Column names in CSV order. */
  columns: string[];
  /** The exact bytes the figure was made from (figure file + data), for cache keys. */
  source: string;
}

const rel = (p: string) => path.relative(process.cwd(), p) || p;

/** Every figure id of an article (the `figures/*.json` file names), sorted. */
export function listFigures(articleDir: string): string[] {
  const dir = path.join(articleDir, 'figures');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** Reads, validates and cross-checks `figures/<id>.json` and its data file. */
export function loadFigure(articleDir: string, id: string): LoadedFigure {
  const abs = path.join(articleDir, 'figures', `${id}.json`);
  const file = rel(abs);
  if (!fs.existsSync(abs)) throw new ContentError({ file, message: `figure "${id}" has no file` });
  const json = fs.readFileSync(abs, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new ContentError({ file, line: jsonErrorLine(json, e), message: `invalid JSON: ${(e as Error).message}` });
  }
  const result = figureSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const all = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ContentError({ file, field: issue.path.join('.') || undefined, message: all });
  }
  const figure = result.data;
  const dataAbs = path.join(articleDir, 'data', figure.data);
  const dataFile = rel(dataAbs);
  if (!fs.existsSync(dataAbs))
    throw new ContentError({ file, field: 'data', message: `data file ${dataFile} does not exist` });
  const csv = fs.readFileSync(dataAbs, 'utf8');
  const rows = parseFigureCsv(csv, figure.columns, dataFile);
  const columns = Object.keys(figure.columns);
  checkSpec(figure, columns, file, dataFile);
  return { id, file, dataFile, figure, rows, columns, source: `${json}\n${csv}` };
}

function jsonErrorLine(json: string, e: unknown): number | undefined {
  const m = /position (\d+)/.exec(String((e as Error).message));
  return m ? json.slice(0, Number(m[1])).split('\n').length : undefined;
}

type Json = unknown;

/** Fields a transform makes (`as`), which later encodings may name besides the CSV columns. */
function derivedFields(spec: Json, out = new Set<string>()): Set<string> {
  if (Array.isArray(spec)) spec.forEach((s) => derivedFields(s, out));
  else if (spec && typeof spec === 'object') {
    const o = spec as Record<string, Json>;
    if ('fold' in o && !('as' in o)) ['key', 'value'].forEach((f) => out.add(f));
    const as = o.as;
    if (typeof as === 'string') out.add(as);
    if (Array.isArray(as)) as.forEach((a) => typeof a === 'string' && out.add(a));
    Object.values(o).forEach((v) => derivedFields(v, out));
  }
  return out;
}

/** Every place the spec names a field: `field`, `fields`, `groupby`, `fold`, with its JSON path. */
function fieldRefs(spec: Json, at: string[] = ['spec'], out: { field: string; path: string }[] = []) {
  if (Array.isArray(spec)) spec.forEach((s, i) => fieldRefs(s, [...at, String(i)], out));
  else if (spec && typeof spec === 'object') {
    for (const [k, v] of Object.entries(spec as Record<string, Json>)) {
      const p = [...at, k];
      if (k === 'field' && typeof v === 'string') out.push({ field: v, path: p.join('.') });
      else if (['fields', 'groupby', 'fold'].includes(k) && Array.isArray(v))
        v.forEach((f, i) => typeof f === 'string' && out.push({ field: f, path: [...p, String(i)].join('.') }));
      else fieldRefs(v, p, out);
    }
  }
  return out;
}

/** `{ "$t": key }` references, which must name an entry of `strings`. */
function textRefs(spec: Json, at: string[] = ['spec'], out: { key: string; path: string }[] = []) {
  if (Array.isArray(spec)) spec.forEach((s, i) => textRefs(s, [...at, String(i)], out));
  else if (spec && typeof spec === 'object') {
    const o = spec as Record<string, Json>;
    if (typeof o.$t === 'string') out.push({ key: o.$t, path: at.join('.') });
    else for (const [k, v] of Object.entries(o)) textRefs(v, [...at, k], out);
  }
  return out;
}

function checkSpec(figure: FigureFile, columns: string[], file: string, dataFile: string) {
  const known = new Set([...columns, ...derivedFields(figure.spec)]);
  for (const ref of fieldRefs(figure.spec)) {
    if (!known.has(ref.field))
      throw new ContentError({ file, field: ref.path, message: `the spec names field "${ref.field}", which ${dataFile} does not have (columns: ${columns.join(', ')})` });
  }
  for (const ref of textRefs(figure.spec)) {
    if (!(ref.key in figure.strings))
      throw new ContentError({ file, field: ref.path, message: `{ "$t": "${ref.key}" } has no entry in "strings"` });
  }
}
