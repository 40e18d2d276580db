import fs from 'node:fs';
import path from 'node:path';
import { LANGS, LOCALES, type Lang } from '../../i18n/locales.ts';
import { articleSchema, type ArticleMeta } from '../../schemas/article.ts';
import { editionSchema, type EditionFrontmatter } from '../../schemas/edition.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { issueSchema } from '../../schemas/issue.ts';
import { journalSchema, type Journal } from '../../schemas/journal.ts';
import { outline, parseMdx, type NumberStyle, type SectionOutline } from './mdx-source.ts';
import { compareEditions } from './parity.ts';
import { findPlaceholders } from './placeholders.ts';
import { citedKeys } from '../markdown/cite-keys.ts';
import { checkMarkers } from '../markdown/xref-check.ts';
import type { Problem } from './problems.ts';
import { parseYamlSource, validateYaml } from './yaml-source.ts';
import type { z } from 'astro/zod';

/** Checks one figure of an article; returns its problems. Registered by the figures module. */
export type FigureCheck = (articleDir: string, figureId: string, rel: (p: string) => string) => Problem[];

export interface ValidateOptions {
  /** Project root, for relative file names in messages. */
  root?: string;
  checkFigure?: FigureCheck;
}

export interface ValidationResult {
  errors: Problem[];
  warnings: Problem[];
}

/** Number style of a language's body text, read from Intl: a decimal comma or a decimal point. */
export function numberStyle(lang: Lang): NumberStyle {
  return new Intl.NumberFormat(LOCALES[lang].intl).format(1.5).includes(',') ? 'comma' : 'en';
}

/**
 * Validates the whole content tree before a build and reports every problem at once, each
 * with its file, line and field: schemas, then cross-file checks (unknown ids, duplicate
 * DOIs, citations without references, references never cited, missing figures, the
 * structure of translations against their original).
 */
export function validateContent(dir: string, opts: ValidateOptions = {}): ValidationResult {
  const root = opts.root ?? process.cwd();
  const rel = (p: string) => {
    const r = path.relative(root, p);
    return r.startsWith('..') ? p : r;
  };
  const problems: Problem[] = [];

  function loadYaml<T extends z.ZodType>(file: string, schema: T): z.infer<T> | undefined {
    if (!fs.existsSync(file)) {
      problems.push({ severity: 'error', file: rel(file), message: 'file is missing' });
      return undefined;
    }
    const parsed = parseYamlSource(rel(file), fs.readFileSync(file, 'utf8'));
    problems.push(...parsed.problems);
    if (!parsed.source) return undefined;
    const v = validateYaml(parsed.source, schema);
    problems.push(...v.problems);
    return v.data;
  }

  const journal: Journal | undefined = loadYaml(path.join(dir, 'journal.yaml'), journalSchema);
  if (fs.existsSync(path.join(dir, 'glossary.yaml'))) loadYaml(path.join(dir, 'glossary.yaml'), glossarySchema);

  const issuesDir = path.join(dir, 'issues');
  const issues = new Set<string>();
  if (fs.existsSync(issuesDir))
    for (const f of fs.readdirSync(issuesDir).filter((f) => f.endsWith('.yaml')).sort()) {
      if (loadYaml(path.join(issuesDir, f), issueSchema)) issues.add(f.replace(/\.yaml$/, ''));
    }

  const articlesDir = path.join(dir, 'articles');
  const slugs = fs.existsSync(articlesDir)
    ? fs.readdirSync(articlesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  if (slugs.length === 0) problems.push({ severity: 'warning', file: rel(articlesDir), message: 'no articles' });

  const seenSlug = new Map<string, string>();
  const seenDoi = new Map<string, string>();
  for (const slug of slugs) {
    const adir = path.join(articlesDir, slug);
    const metaFile = path.join(adir, 'article.yaml');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
      problems.push({ severity: 'error', file: rel(adir), message: `article folder "${slug}" is its URL slug: expected lower-case letters, digits and single hyphens` });
    const lower = slug.toLowerCase();
    if (seenSlug.has(lower)) problems.push({ severity: 'error', file: rel(adir), message: `duplicate slug: same as ${seenSlug.get(lower)}` });
    seenSlug.set(lower, rel(adir));

    const meta: ArticleMeta | undefined = loadYaml(metaFile, articleSchema);
    if (meta) {
      if (!issues.has(meta.issue))
        problems.push({ severity: 'error', file: rel(metaFile), field: 'issue', message: `unknown issue "${meta.issue}"; expected one of: ${[...issues].join(', ') || '(none)'} (files in content/issues)` });
      const prev = seenDoi.get(meta.doi);
      if (prev) problems.push({ severity: 'error', file: rel(metaFile), field: 'doi', message: `duplicate DOI ${meta.doi}: also in ${prev}` });
      seenDoi.set(meta.doi, rel(metaFile));
      if (journal && !journal.doiPrefixes.some((p) => meta.doi.startsWith(`${p}/`)))
        problems.push({ severity: 'error', file: rel(metaFile), field: 'doi', message: `DOI ${meta.doi} does not start with the journal's prefix ${journal.doiPrefixes.map((p) => `${p}/`).join(' or ')}` });
    }

    // Editions
    const outlines: Partial<Record<Lang, { file: string; sections: SectionOutline[]; fm?: EditionFrontmatter }>> = {};
    const cited = new Set<number | string>();
    const refIds = meta?.references.map((r) => r.id) ?? [];
    const originalFile = meta && path.join(adir, `${meta.originalLanguage}.mdx`);
    // Cited by key in the original: references are numbered in order of first citation and a printed [n] is text.
    const keyMode = Boolean(originalFile && fs.existsSync(originalFile) && citedKeys(fs.readFileSync(originalFile, 'utf8')).some((k) => refIds.includes(k)));
    if (meta && !meta.draft) problems.push(...findPlaceholders(rel(metaFile), fs.readFileSync(metaFile, 'utf8'), 'yaml'));
    for (const lang of LANGS) {
      const file = path.join(adir, `${lang}.mdx`);
      if (!fs.existsSync(file)) continue;
      const mdxText = fs.readFileSync(file, 'utf8');
      const { source, problems: mdxProblems } = parseMdx(rel(file), mdxText);
      problems.push(...mdxProblems);
      if (meta && !meta.draft) problems.push(...findPlaceholders(rel(file), mdxText, 'mdx'));
      const fmParsed = parseYamlSource(rel(file), source.frontmatter, source.frontmatterLine - 1);
      problems.push(...fmParsed.problems);
      const fm = fmParsed.source ? validateYaml(fmParsed.source, editionSchema) : undefined;
      if (fm) problems.push(...fm.problems);
      if (!source.tree) continue;
      const sections = outline(source.tree, numberStyle(lang), source.bodyLine);
      outlines[lang] = { file: rel(file), sections, fm: fm?.data };
      const markers = checkMarkers(source.tree, refIds, keyMode);
      for (const p of markers.problems) problems.push({ ...p, file: rel(file), line: p.line ? p.line + source.bodyLine - 1 : undefined });
      for (const id of markers.citedIds) cited.add(id);
      for (const s of sections) {
        if (s.id.startsWith('(unnumbered'))
          problems.push({ severity: 'error', file: rel(file), line: s.line, message: `section heading ${s.id.slice(12, -1)} must start with its number, e.g. "## 2. Methods" or "### 2.1 Data", or end with an id, e.g. "## Acknowledgements {#acknowledgements}"` });
        for (const n of s.citations) {
          if (typeof n !== 'number' || keyMode) continue;
          cited.add(n);
          if (meta && (n < 1 || n > meta.references.length))
            problems.push({ severity: 'error', file: rel(file), line: s.line, field: s.id, message: `citation [${n}] has no reference: article.yaml lists ${meta.references.length}` });
        }
        for (const fig of s.figures) {
          if (!fs.existsSync(path.join(adir, 'figures', `${fig}.json`)))
            problems.push({ severity: 'error', file: rel(file), line: s.line, field: s.id, message: `figure "${fig}" is referenced but figures/${fig}.json does not exist` });
        }
      }
    }
    if (meta) {
      const original = outlines[meta.originalLanguage];
      if (!original)
        problems.push({ severity: 'error', file: rel(metaFile), field: 'originalLanguage', message: `the original edition ${meta.originalLanguage}.mdx is missing` });
      meta.references.forEach((r, i) => {
        if (!cited.has(i + 1) && !cited.has(r.id))
          problems.push({ severity: 'warning', file: rel(metaFile), field: `references.${i}`, message: `reference ${keyMode ? `@${r.id}` : `[${i + 1}] (${r.id})`} is never cited in the text` });
      });
      // Translations with a body keep the original's structure.
      if (original && original.sections.length) {
        for (const lang of LANGS) {
          const o = outlines[lang];
          if (!o || lang === meta.originalLanguage || o.sections.length === 0) continue;
          problems.push(...compareEditions(original, o));
        }
      }
    }

    // Figures: every file in figures/ is checked by the figures module when it is registered.
    const figDir = path.join(adir, 'figures');
    if (opts.checkFigure && fs.existsSync(figDir))
      for (const f of fs.readdirSync(figDir).filter((f) => f.endsWith('.json')).sort())
        problems.push(...opts.checkFigure(adir, f.replace(/\.json$/, ''), rel));
  }

  return { errors: problems.filter((p) => p.severity === 'error'), warnings: problems.filter((p) => p.severity === 'warning') };
}
