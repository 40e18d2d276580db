import fs from 'node:fs';
import path from 'node:path';
import { glossarySchema } from '../../schemas/glossary.ts';
import { issueSchema } from '../../schemas/issue.ts';
import { journalSchema, type Journal } from '../../schemas/journal.ts';
export { numberStyle } from './mdx-source.ts';
import { articleSlugs } from './paths.ts';
import type { Problem } from './problems.ts';
import { checkTree } from './tree.ts';
import { checkArticleFolder } from './validate-article.ts';
import { loadYamlFile } from './yaml-source.ts';
import type { z } from 'astro/zod';

/**
 * Checks one figure of an article; returns its problems. Registered by the figures module,
 * whose `prepare` may check every figure of the given article folders at once beforehand.
 */
export type FigureCheck = ((articleDir: string, figureId: string, rel: (p: string) => string) => Problem[]) & { prepare?: (articleDirs: string[]) => Promise<void> };

export interface ValidateOptions {
  /** Project root, for relative file names in messages. */
  root?: string;
  checkFigure?: FigureCheck;
}

export interface ValidationResult {
  errors: Problem[];
  warnings: Problem[];
}

/** What every per-file check shares: the tree, name shortening, the problem list, what is known so far. */
export interface Checker {
  dir: string;
  rel: (p: string) => string;
  problems: Problem[];
  opts: ValidateOptions;
  journal?: Journal;
  issues: Set<string>;
  seenSlug: Map<string, string>;
  seenDoi: Map<string, string>;
  loadYaml<T extends z.ZodType>(file: string, schema: T): z.infer<T> | undefined;
}

function checker(dir: string, opts: ValidateOptions): Checker {
  const root = opts.root ?? process.cwd();
  const rel = (p: string) => {
    const r = path.relative(root, p);
    return r.startsWith('..') ? p : r;
  };
  const problems: Problem[] = [];
  return {
    dir, rel, problems, opts, issues: new Set(), seenSlug: new Map(), seenDoi: new Map(),
    loadYaml(file, schema) {
      const r = loadYamlFile(file, rel(file), schema);
      problems.push(...r.problems);
      return r.data;
    },
  };
}

/** journal.yaml and the optional glossary.yaml. */
function checkJournalFiles(ck: Checker): void {
  ck.journal = ck.loadYaml(path.join(ck.dir, 'journal.yaml'), journalSchema);
  const glossary = path.join(ck.dir, 'glossary.yaml');
  if (fs.existsSync(glossary)) ck.loadYaml(glossary, glossarySchema);
}

/** issues/*.yaml: each valid one becomes a known issue id. */
function checkIssueFiles(ck: Checker): void {
  const issuesDir = path.join(ck.dir, 'issues');
  if (!fs.existsSync(issuesDir)) return;
  for (const f of fs.readdirSync(issuesDir).filter((f) => f.endsWith('.yaml')).sort())
    if (ck.loadYaml(path.join(issuesDir, f), issueSchema)) ck.issues.add(f.replace(/\.yaml$/, ''));
}

/** The article folders of the content tree `dir` (real folders only: symlinked ones are reported by checkTree). */
function articlePaths(dir: string): string[] {
  return articleSlugs(dir).map((s) => path.join(dir, 'articles', s));
}

function articleFolders(ck: Checker): string[] {
  const dirs = articlePaths(ck.dir);
  if (dirs.length === 0) ck.problems.push({ severity: 'warning', file: ck.rel(path.join(ck.dir, 'articles')), message: 'no articles' });
  return dirs;
}

/**
 * Validates the whole content tree before a build and reports every problem at once, each
 * with its file, line and field: paths and symlinks, schemas, the body rules, then cross-file
 * checks (unknown ids, duplicate DOIs, citations without references, references never cited,
 * missing figures, the structure of translations against their original).
 */
export function validateContent(dir: string, opts: ValidateOptions = {}): ValidationResult {
  const ck = checker(dir, opts);
  ck.problems.push(...checkTree(dir, ck.rel));
  checkJournalFiles(ck);
  checkIssueFiles(ck);
  for (const adir of articleFolders(ck)) checkArticleFolder(ck, adir);
  return { errors: ck.problems.filter((p) => p.severity === 'error'), warnings: ck.problems.filter((p) => p.severity === 'warning') };
}

/** `validateContent`, with the figure check's `prepare` run over every article first (figures rendered on every core). */
export async function validateContentPrepared(dir: string, opts: ValidateOptions = {}): Promise<ValidationResult> {
  await opts.checkFigure?.prepare?.(articlePaths(dir));
  return validateContent(dir, opts);
}
