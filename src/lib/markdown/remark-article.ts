import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { LANG_PATTERN, type Lang } from '~/i18n/locales.ts';
import { articleSchema, type ArticleMeta } from '~/schemas/article.ts';
import { checkBody, type BodyContext } from '../content/body-rules.ts';
import { componentSpec } from '../content/components.ts';
import { LIMITS } from '../content/limits.ts';
import { formatProblem } from '../content/problems.ts';
import { loadYamlFile } from '../content/yaml-source.ts';
import { citedKeys, referenceOrder } from './cite-keys.ts';
import { collectTargets, headingId } from './xref.ts';
import { linkMarkers } from './xref-links.ts';

interface ArticleContext extends BodyContext {
  slug: string;
  lang: Lang;
  /** Printed number of each reference by id (in order of first citation when cited by key). */
  refNumbers: Map<string, number>;
  keyMode: boolean;
}

/** The references' printed numbers, from the validated metadata and the original edition's body. */
function referenceNumbers(articleDir: string, meta: ArticleMeta) {
  const ids = meta.references.map((r) => r.id);
  const originalFile = path.join(articleDir, `${meta.originalLanguage}.mdx`);
  const body = fs.existsSync(originalFile) ? fs.readFileSync(originalFile, 'utf8') : '';
  const order = referenceOrder(ids, body);
  const keyMode = citedKeys(body).some((k) => ids.includes(k));
  return { refNumbers: new Map(order.map((i, n) => [ids[i]!, n + 1])), keyMode };
}

/** Which article and language a body belongs to, with its metadata read through the schema. */
function articleContext(file: VFile): ArticleContext | null {
  const m = file.path ? new RegExp(`([^/\\\\]+)[/\\\\](${LANG_PATTERN})\\.mdx$`).exec(file.path) : null;
  if (!m) return null;
  const articleDir = path.dirname(file.path);
  const rel = path.relative(process.cwd(), path.join(articleDir, 'article.yaml'));
  const meta = loadYamlFile(path.join(articleDir, 'article.yaml'), rel, articleSchema);
  if (!meta.data) file.fail(meta.problems.map((p) => formatProblem(p)).join('\n'));
  const numbers = referenceNumbers(articleDir, meta.data);
  return {
    slug: m[1]!,
    lang: m[2] as Lang,
    articleDir,
    // content/articles/<slug>/: the content tree's root, whichever tree is being built.
    contentRoot: path.resolve(articleDir, '../..'),
    // Cited by key: a printed [n] is text, so only its form is checked.
    referenceCount: numbers.keyMode ? undefined : meta.data.references.length,
    ...numbers,
  };
}

function setAttr(node: MdxJsxFlowElement | MdxJsxTextElement, name: string, value: string) {
  node.attributes = node.attributes.filter((x) => !(x.type === 'mdxJsxAttribute' && x.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Heading ids (from the section number or an explicit `{#id}`); components numbered and told their article and language. */
function numberParts(tree: Root, ctx: ArticleContext): void {
  visit(tree, 'heading', (node) => {
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: headingId(node)! } };
  });
  const counters: Record<string, number> = {};
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (n) => {
    const node = n as MdxJsxFlowElement;
    const kind = componentSpec(node.name)?.numbers;
    if (!kind) return;
    counters[kind] = (counters[kind] ?? 0) + 1;
    setAttr(node, 'number', String(counters[kind]));
    setAttr(node, 'slug', ctx.slug);
    setAttr(node, 'lang', ctx.lang);
  });
}

/**
 * The article body's conventions, applied at compile time. First the body rules
 * (`content/body-rules.ts`, the same ones the content check runs, including the content
 * policy): a body that breaks any of them fails here, before MDX turns the tree into code, so
 * `npm run dev` and Astro builds never compile an import or an expression. Then headings get
 * language-neutral ids, figures and tables are numbered in order and told which article and
 * language they belong to, and citation and cross-reference markers become links
 * (xref-links.ts), failing on any that names nothing.
 */
export function remarkArticle() {
  return (tree: Root, file: VFile) => {
    const ctx = articleContext(file);
    if (!ctx) return;
    if (String(file.value).length > LIMITS.mdxBytes) file.fail(`file is over ${LIMITS.mdxBytes} bytes; the limit is ${LIMITS.mdxBytes} bytes`);
    const issues = checkBody(tree, ctx);
    if (issues.length) {
      const first = issues[0]!;
      const text = issues.length === 1 ? first.message : issues.map((i) => `line ${i.line ?? '?'}: ${i.message}`).join('\n');
      file.fail(text, first.line ? { line: first.line, column: 1 } : undefined);
    }
    numberParts(tree, ctx);
    const backlinks = linkMarkers(tree, { lang: ctx.lang, refNumbers: ctx.refNumbers, keyMode: ctx.keyMode, targets: collectTargets(tree) }, (reason, place) =>
      file.fail(reason, place),
    );
    // Handed to the page through render()'s remarkPluginFrontmatter: the reference list
    // prints a back-link to every place that cites it.
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = backlinks;
  };
}
