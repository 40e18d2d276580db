/** The content check of one article folder: metadata, each edition's body, translations, figures. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { articleSchema, type ArticleMeta } from '../../schemas/article.ts';
import { editionSchema } from '../../schemas/edition.ts';
import { checkBody } from './body-rules.ts';
import { SLUG_RE } from './components.ts';
import { LIMITS } from './limits.ts';
import { numberStyle, outline, parseMdx, type SectionOutline } from './mdx-source.ts';
import { compareEditions } from './parity.ts';
import { findPlaceholders } from './placeholders.ts';
import { citedKeys } from '../markdown/cite-keys.ts';
import { checkMarkers } from '../markdown/xref-check.ts';
import { readTextFile } from './text-file.ts';
import type { Checker } from './validate.ts';
import type { Problem } from './problems.ts';
import { cacheFolder, codeDigest, folderDigest, readJson, writeJson } from '../cache/disk.ts';
import { parseYamlSource, validateYaml } from './yaml-source.ts';

interface EditionOutline {
  file: string;
  sections: SectionOutline[];
  /** Reference ids cited by key (`[@key]`). */
  citedIds: Set<string>;
}

/** How the article cites: by key when its original edition cites a reference by `[@key]`; then references are numbered in order of first citation and a printed `[n]` is text. */
function citesByKey(adir: string, meta: ArticleMeta | undefined): boolean {
  const original = meta && path.join(adir, `${meta.originalLanguage}.mdx`);
  if (!original || !fs.existsSync(original)) return false;
  const ids = meta.references.map((r) => r.id);
  return citedKeys(fs.readFileSync(original, 'utf8')).some((k) => ids.includes(k));
}

/** Every DOI belongs to one article: a second one with the same DOI is an error. */
function registerDoi(ck: Checker, doi: string, file: string): void {
  const prev = ck.seenDoi.get(doi);
  if (prev) ck.problems.push({ severity: 'error', file: ck.rel(file), field: 'doi', message: `duplicate DOI ${doi}: also in ${prev}` });
  ck.seenDoi.set(doi, ck.rel(file));
}

/** article.yaml: the schema, then its issue, its DOI (unique, under the journal's prefix). */
function checkArticleMeta(ck: Checker, adir: string): ArticleMeta | undefined {
  const file = path.join(adir, 'article.yaml');
  const meta: ArticleMeta | undefined = ck.loadYaml(file, articleSchema);
  if (!meta) return undefined;
  const err = (field: string, message: string) => ck.problems.push({ severity: 'error', file: ck.rel(file), field, message });
  if (!ck.issues.has(meta.issue))
    err('issue', `unknown issue "${meta.issue}"; expected one of: ${[...ck.issues].join(', ') || '(none)'} (files in content/issues)`);
  registerDoi(ck, meta.doi, file);
  const prefixes = ck.journal?.doiPrefixes;
  if (prefixes && !prefixes.some((p) => meta.doi.startsWith(`${p}/`)))
    err('doi', `DOI ${meta.doi} does not start with the journal's prefix ${prefixes.map((p) => `${p}/`).join(' or ')}`);
  if (!meta.draft) ck.problems.push(...findPlaceholders(ck.rel(file), fs.readFileSync(file, 'utf8'), 'yaml'));
  return meta;
}

/** One `<lang>.mdx`: size and encoding, front matter, the body rules; its outline when the body parsed and passed. */
function checkEdition(ck: Checker, adir: string, lang: Lang, meta: ArticleMeta | undefined, keyMode: boolean): EditionOutline | undefined {
  const abs = path.join(adir, `${lang}.mdx`);
  const file = ck.rel(abs);
  const read = readTextFile(abs, file, LIMITS.mdxBytes);
  ck.problems.push(...read.problems);
  if (read.text === undefined) return undefined;
  const { source, problems } = parseMdx(file, read.text);
  ck.problems.push(...problems);
  if (meta && !meta.draft) ck.problems.push(...findPlaceholders(file, read.text, 'mdx'));
  const fm = parseYamlSource(file, source.frontmatter, source.frontmatterLine - 1);
  ck.problems.push(...fm.problems);
  if (fm.source) ck.problems.push(...validateYaml(fm.source, editionSchema).problems);
  if (!source.tree) return undefined;
  const at = (line: number | undefined) => (line === undefined ? undefined : line + source.bodyLine - 1);
  const issues = checkBody(source.tree, { articleDir: adir, contentRoot: ck.dir, referenceCount: keyMode ? undefined : meta?.references.length });
  for (const i of issues) ck.problems.push({ severity: 'error', file, line: at(i.line), field: i.field, message: i.message });
  if (issues.length) return undefined;
  const markers = checkMarkers(source.tree, meta?.references.map((r) => r.id) ?? [], keyMode);
  for (const p of markers.problems) ck.problems.push({ ...p, file, line: at(p.line) });
  return { file, sections: outline(source.tree, numberStyle(lang), source.bodyLine), citedIds: markers.citedIds };
}

/** The original edition exists, every reference is cited, translations keep the original's structure. */
function checkTranslations(ck: Checker, adir: string, meta: ArticleMeta, outlines: Partial<Record<Lang, EditionOutline>>, keyMode: boolean): void {
  const metaFile = ck.rel(path.join(adir, 'article.yaml'));
  if (!fs.existsSync(path.join(adir, `${meta.originalLanguage}.mdx`)))
    ck.problems.push({ severity: 'error', file: metaFile, field: 'originalLanguage', message: `the original edition ${meta.originalLanguage}.mdx is missing` });
  const cited = new Set<number | string>(Object.values(outlines).flatMap((o) => [...o.citedIds, ...(keyMode ? [] : o.sections.flatMap((s) => s.citations))]));
  meta.references.forEach((r, i) => {
    if (!cited.has(i + 1) && !cited.has(r.id))
      ck.problems.push({ severity: 'warning', file: metaFile, field: `references.${i}`, message: `reference ${keyMode ? `@${r.id}` : `[${i + 1}] (${r.id})`} is never cited in the text` });
  });
  const original = outlines[meta.originalLanguage];
  if (!original?.sections.length) return;
  for (const lang of LANGS) {
    const o = outlines[lang];
    if (o && lang !== meta.originalLanguage && o.sections.length) ck.problems.push(...compareEditions(original, o));
  }
}

/** figures/*.json: slug names, then the figures module's own check. */
function checkFigureFiles(ck: Checker, adir: string): void {
  const figDir = path.join(adir, 'figures');
  if (!fs.existsSync(figDir)) return;
  for (const f of fs.readdirSync(figDir).filter((f) => f.endsWith('.json')).sort()) {
    const id = f.replace(/\.json$/, '');
    if (!SLUG_RE.test(id)) {
      ck.problems.push({ severity: 'error', file: ck.rel(path.join(figDir, f)), message: `figure file name "${id}" is its id: expected lower-case letters, digits and single hyphens` });
      continue;
    }
    if (ck.opts.checkFigure) ck.problems.push(...ck.opts.checkFigure(adir, id, ck.rel));
  }
}

/** What a clean check of one article folder leaves: its warnings and its DOI (for the duplicate check across articles). */
interface CheckedArticle {
  warnings: Problem[];
  doi?: string;
}

/**
 * The key of an article's check: everything it reads (the folder's files), what it is checked
 * against (the known issues, the journal's DOI prefixes, where the tree is) and the code.
 */
function articleKey(ck: Checker, adir: string): string {
  const h = crypto.createHash('sha256').update(`${CHECK_VERSION}\u0000${codeDigest()}\u0000${ck.rel(adir)}\u0000${ck.dir}\u0000`);
  h.update(JSON.stringify([[...ck.issues].sort(), ck.journal?.doiPrefixes ?? null]));
  return h.update(folderDigest(adir)).digest('hex').slice(0, 32);
}

const CHECK_VERSION = 'article-check-1';
const checkCache = () => cacheFolder('journal-check', 'CHECK_CACHE_DIR');

/**
 * Everything about one article folder. An article whose inputs passed before without errors is
 * not checked again: its warnings come from the cache (a check with errors is never kept).
 * Duplicate slugs and DOIs across articles, and the figures, are checked every time.
 */
export function checkArticleFolder(ck: Checker, adir: string): void {
  const slug = path.basename(adir);
  if (!SLUG_RE.test(slug))
    ck.problems.push({ severity: 'error', file: ck.rel(adir), message: `article folder "${slug}" is its URL slug: expected lower-case letters, digits and single hyphens` });
  const lower = slug.toLowerCase();
  if (ck.seenSlug.has(lower)) ck.problems.push({ severity: 'error', file: ck.rel(adir), message: `duplicate slug: same as ${ck.seenSlug.get(lower)}` });
  ck.seenSlug.set(lower, ck.rel(adir));

  const key = articleKey(ck, adir);
  const known = readJson<CheckedArticle>(checkCache(), key);
  if (known) {
    if (known.doi) registerDoi(ck, known.doi, path.join(adir, 'article.yaml'));
    ck.problems.push(...known.warnings);
  } else {
    const from = ck.problems.length;
    const meta = checkArticleMeta(ck, adir);
    const keyMode = citesByKey(adir, meta);
    const outlines: Partial<Record<Lang, EditionOutline>> = {};
    for (const lang of LANGS) {
      if (!fs.existsSync(path.join(adir, `${lang}.mdx`))) continue;
      const o = checkEdition(ck, adir, lang, meta, keyMode);
      if (o) outlines[lang] = o;
    }
    if (meta) checkTranslations(ck, adir, meta, outlines, keyMode);
    const own = ck.problems.slice(from);
    if (!own.some((p) => p.severity === 'error')) writeJson(checkCache(), key, { warnings: own, doi: meta?.doi } satisfies CheckedArticle);
  }
  checkFigureFiles(ck, adir);
}
