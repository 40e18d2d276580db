/**
 * Loading a figure: its JSON file, validated by the schema, the rows of its data files, and a
 * check that every field the spec names exists in the data (Vega-Lite itself would silently
 * draw nothing) and that the spec reaches for nothing else (spec-policy.ts). Every error names
 * the file and the field or line.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { LANGS, isLang, type Lang } from '../../i18n/locales.ts';
import { ContentError } from '../content/problems.ts';
import { figureSchema, type FigureFile } from '../../schemas/figure.ts';
import type { DataTable, Row } from './data.ts';
import { readDataFile, readInside } from './files.ts';
import { joinDatasets } from './join.ts';
import { requireTexts } from './texts.ts';
import { checkSpecPolicy } from './spec-policy.ts';
import { fileMemo } from '../cache/file-memo.ts';

/** One named dataset of a figure, as read from its file. */
export interface Dataset extends DataTable {
  name: string;
  /** Path relative to the working directory, for messages. */
  file: string;
}

export interface LoadedFigure {
  id: string;
  /** Paths relative to the working directory, for messages. */
  file: string;
  /** The first data file: the one the chart, table and download show. */
  dataFile: string;
  figure: FigureFile;
  /** The first dataset's rows, with any declared join applied: what the chart plots. */
  rows: Row[];
  /** The same rows as the source's cell texts, in `columns` order (for the CSV download). */
  raw: string[][];
  /** Column names of `rows`, in file order (joined columns after the file's own). */
  columns: string[];
  /** Every dataset, the first one first (joined), by name: what the spec may name. */
  datasets: Dataset[];
  /** The article's own languages (its edition files), and the one texts fall back to. */
  langs: Lang[];
  fallback: Lang;
  /** The exact bytes the figure was made from (figure file + data), for cache keys. */
  source: string;
}

const rel = (p: string) => path.relative(process.cwd(), p) || p;

/** Figure ids are slugs starting with `fig-`: search and the language switcher link to them by it. */
export const FIGURE_ID = /^fig-[a-z0-9]+(-[a-z0-9]+)*$/;

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

/** The files `articleLanguages` reads (or looks for). */
const languageFiles = (articleDir: string) => [path.join(articleDir, 'article.yaml'), ...LANGS.map((l) => path.join(articleDir, `${l}.mdx`))];

/** The article's own languages (the `<lang>.mdx` files it has) and its original, from article.yaml (read once while they are unchanged). */
export const articleLanguages: (articleDir: string) => { langs: Lang[]; fallback: Lang } = fileMemo(
  (articleDir: string) => ({ value: readArticleLanguages(articleDir), files: languageFiles(articleDir) }),
  (articleDir) => articleDir,
);

function readArticleLanguages(articleDir: string): { langs: Lang[]; fallback: Lang } {
  const langs = LANGS.filter((l) => fs.existsSync(path.join(articleDir, `${l}.mdx`)));
  let original: unknown;
  try {
    original = (YAML.parse(fs.readFileSync(path.join(articleDir, 'article.yaml'), 'utf8')) as { originalLanguage?: unknown } | null)?.originalLanguage;
  } catch {
    original = undefined; // the content check reports a broken article.yaml itself
  }
  const own = langs.length ? langs : [...LANGS];
  const fallback = typeof original === 'string' && isLang(original) && own.includes(original) ? original : own[0]!;
  return { langs: own, fallback };
}

/**
 * Reads, validates and cross-checks `figures/<id>.json` and its data files; the result is kept
 * while none of the files it was made from changed (every route of a figure asks for it).
 */
export function loadFigure(articleDir: string, id: string): LoadedFigure {
  return loadFigureMemo({ articleDir, id });
}

const loadFigureMemo = fileMemo(
  ({ articleDir, id }: { articleDir: string; id: string }) => {
    const value = readFigure(articleDir, id);
    const data = typeof value.figure.data === 'string' ? [value.figure.data] : Object.values(value.figure.data);
    return { value, files: [path.join(articleDir, 'figures', `${id}.json`), ...languageFiles(articleDir), ...data.map((f) => path.join(articleDir, 'data', f))] };
  },
  ({ articleDir, id }) => `${articleDir}\u0000${id}`,
);

function readFigure(articleDir: string, id: string): LoadedFigure {
  const abs = path.join(articleDir, 'figures', `${id}.json`);
  const file = rel(abs);
  if (!FIGURE_ID.test(id)) throw new ContentError({ file, message: `figure id "${id}" must start with "fig-" and use only a-z, 0-9 and -, like "fig-co2-monthly"` });
  if (!fs.existsSync(abs)) throw new ContentError({ file, message: `figure "${id}" has no file` });
  const { bytes } = readInside(articleDir, abs, { file });
  const json = decodeFigureFile(bytes, file);
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
  const figure = restoreProtoKeys(raw, result.data, file);
  const { langs, fallback } = articleLanguages(articleDir);
  requireTexts(figure, langs, file);
  const files: [string, string][] = typeof figure.data === 'string' ? [['table', figure.data]] : Object.entries(figure.data);
  const single = files.length === 1;
  const read = files.map(([name, f]): Dataset & { text: string } => ({ name, ...readDataFile(articleDir, f, figure.columns, { file, field: single ? 'data' : `data.${name}` }, single) }));
  const declared = Object.keys(figure.columns);
  for (const c of declared)
    if (!read.some((d) => d.columns.includes(c))) throw new ContentError({ file, field: `columns.${c}`, message: `column "${c}" is in none of the data files` });
  const datasets = joinDatasets(read, figure.join, file);
  checkSpecPolicy(figure.spec, datasets.map((d) => d.name), file);
  checkSpec(figure, declared, file, datasets[0]!.file);
  const main = datasets[0]!;
  const source = [json, ...read.map((d) => d.text), langs.join(','), fallback].join('\n');
  return { id, file, dataFile: main.file, figure, rows: main.rows, raw: main.raw, columns: main.columns, datasets, langs, fallback, source };
}

/**
 * zod drops a `__proto__` key from records (it would set the prototype); a category code may
 * be called that all the same, so its label is put back as an own property, validated.
 */
function restoreProtoKeys(raw: unknown, figure: FigureFile, file: string): FigureFile {
  const columns = (raw as { columns?: Record<string, { labels?: Record<string, unknown> }> }).columns ?? {};
  for (const [name, col] of Object.entries(columns)) {
    const labels = col?.labels;
    if (!labels || !Object.hasOwn(labels, '__proto__') || !Object.hasOwn(figure.columns, name)) continue;
    const parsed = figureSchema.shape.title.safeParse(labels['__proto__']);
    if (!parsed.success) throw new ContentError({ file, field: `columns.${name}.labels.__proto__`, message: parsed.error.issues.map((i) => i.message).join('; ') });
    const target = (figure.columns[name]!.labels ??= {});
    Object.defineProperty(target, '__proto__', { value: parsed.data, enumerable: true, writable: true, configurable: true });
  }
  return figure;
}

function decodeFigureFile(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ContentError({ file, message: 'invalid UTF-8: save the figure file as UTF-8' });
  }
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
    if (!Object.hasOwn(figure.strings, ref.key))
      throw new ContentError({ file, field: ref.path, message: `{ "$t": "${ref.key}" } has no entry in "strings"` });
  }
}
