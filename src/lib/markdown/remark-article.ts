import path from 'node:path';
import type { Link, Parent, Root, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isLang } from '../../i18n/locales.ts';
import { articleSchema } from '../../schemas/article.ts';
import { checkBody, type BodyContext } from '../content/body-rules.ts';
import { componentSpec } from '../content/components.ts';
import { LIMITS } from '../content/limits.ts';
import { contentDir } from '../content/paths.ts';
import { formatProblem } from '../content/problems.ts';
import { loadYamlFile } from '../content/yaml-source.ts';
import { CITATION_RE, expandCitation } from './citations.ts';
import { sectionId } from './sections.ts';

interface ArticleContext extends BodyContext {
  slug: string;
  lang: string;
}

/** Which article and language a body belongs to, with its metadata read through the schema. */
function articleContext(file: VFile): ArticleContext | null {
  const m = file.path ? /([^/\\]+)[/\\]([a-z]{2})\.mdx$/.exec(file.path) : null;
  if (!m || !isLang(m[2])) return null;
  const articleDir = path.dirname(file.path);
  const rel = path.relative(process.cwd(), path.join(articleDir, 'article.yaml'));
  const meta = loadYamlFile(path.join(articleDir, 'article.yaml'), rel, articleSchema);
  if (!meta.data) file.fail(meta.problems.map((p) => formatProblem(p)).join('\n'));
  return { slug: m[1]!, lang: m[2], articleDir, contentRoot: contentDir(), referenceCount: meta.data.references.length };
}

function setAttr(node: MdxJsxFlowElement | MdxJsxTextElement, name: string, value: string) {
  node.attributes = node.attributes.filter((x) => !(x.type === 'mdxJsxAttribute' && x.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Heading ids from section numbers; components numbered and told their article and language. */
function numberParts(tree: Root, ctx: ArticleContext): void {
  visit(tree, 'heading', (node) => {
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: sectionId(toString(node))! } };
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

/** `[n]` markers become links to the reference list; returns the back-link ids per reference. */
function linkCitations(tree: Root): Record<number, string[]> {
  const seen = new Map<number, number>();
  const backlinks: Record<number, string[]> = {};
  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || parent.type === 'link') return;
    const value = node.value;
    const out: (Text | Link)[] = [];
    let last = 0;
    for (const m of value.matchAll(CITATION_RE)) {
      const nums = expandCitation(m[1]!);
      if (m.index > last) out.push({ type: 'text', value: value.slice(last, m.index) });
      const first = nums[0]!;
      const k = (seen.get(first) ?? 0) + 1;
      seen.set(first, k);
      for (const n of nums) (backlinks[n] ??= []).push(`cite-${first}-${k}`);
      out.push({
        type: 'link',
        url: `#ref-${first}`,
        children: [{ type: 'text', value: m[0] }],
        data: { hProperties: { id: `cite-${first}-${k}`, className: ['cite'], 'data-refs': nums.join(' ') } },
      });
      last = m.index + m[0].length;
    }
    if (!out.length) return;
    if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
    parent.children.splice(index, 1, ...(out as Parent['children']));
    return index + out.length;
  });
  return backlinks;
}

/**
 * The article body's conventions, applied at compile time. First the body rules
 * (`content/body-rules.ts`, the same ones the content check runs, including the content
 * policy): a body that breaks any of them fails here, before MDX turns the tree into code, so
 * `npm run dev` and Astro builds never compile an import or an expression. Then numbered
 * headings get language-neutral ids, `[n]` markers become links to the reference list, and
 * figures and tables are numbered in order and told which article and language they belong to.
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
    // Handed to the page through render()'s remarkPluginFrontmatter: the reference list
    // prints a back-link to every place that cites it.
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = linkCitations(tree);
  };
}
