import fs from 'node:fs';
import path from 'node:path';
import type { Link, Parent, Root, Text } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { CITATION_RE, expandCitation } from './citations.ts';
import { sectionId } from './sections.ts';
import { LANG_PATTERN } from '~/i18n/locales.ts';

/** The components an article body may use, and what each one numbers. */
export const NUMBERED_ELEMENTS = { Figure: 'figure', DataTable: 'table' } as const;

interface ArticleContext {
  slug: string;
  lang: string;
  dir: string;
  referenceCount: number;
}

function articleContext(file: VFile): ArticleContext | null {
  const p = file.path;
  if (!p) return null;
  const m = new RegExp(`([^/\\\\]+)[/\\\\](${LANG_PATTERN})\\.mdx$`).exec(p);
  if (!m) return null;
  const dir = path.dirname(p);
  const metaPath = path.join(dir, 'article.yaml');
  let referenceCount = 0;
  if (fs.existsSync(metaPath)) {
    const meta = parseYaml(fs.readFileSync(metaPath, 'utf8')) as { references?: unknown[] } | null;
    referenceCount = Array.isArray(meta?.references) ? meta.references.length : 0;
  }
  return { slug: m[1]!, lang: m[2]!, dir, referenceCount };
}

function attr(node: MdxJsxFlowElement, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a && typeof a.value === 'string' ? a.value : undefined;
}

function setAttr(node: MdxJsxFlowElement, name: string, value: string) {
  node.attributes = node.attributes.filter((x) => !(x.type === 'mdxJsxAttribute' && x.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/**
 * The article body's conventions, applied at compile time so that every error names the
 * file and line: numbered headings get language-neutral ids; `[n]` markers become links to
 * the reference list (and fail when reference n does not exist); figures and tables are
 * numbered in order and told which article and language they belong to; a figure that has
 * no `figures/<id>.json` stops the build.
 */
export function remarkArticle() {
  return (tree: Root, file: VFile) => {
    const ctx = articleContext(file);
    if (!ctx) return;

    visit(tree, 'heading', (node) => {
      if (node.depth === 1) file.fail('Use ## for sections: the page prints the title as the only h1', node);
      const id = sectionId(toString(node));
      if (!id) file.fail(`Section heading "${toString(node)}" must start with its number, e.g. "## 2. Methods" or "### 2.1 Data"`, node);
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
    });

    const counters: Record<string, number> = {};
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      const kind = NUMBERED_ELEMENTS[node.name as keyof typeof NUMBERED_ELEMENTS];
      if (!kind) return;
      const id = attr(node, 'id');
      if (!id) file.fail(`<${node.name}> needs an id attribute`, node);
      counters[kind] = (counters[kind] ?? 0) + 1;
      setAttr(node, 'number', String(counters[kind]));
      setAttr(node, 'slug', ctx.slug);
      setAttr(node, 'lang', ctx.lang);
      if (kind === 'figure') {
        const spec = path.join(ctx.dir, 'figures', `${id}.json`);
        if (!fs.existsSync(spec)) file.fail(`Figure "${id}" is referenced but ${path.relative(process.cwd(), spec)} does not exist`, node);
      }
    });

    const seen = new Map<number, number>();
    const backlinks: Record<number, string[]> = {};
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || parent.type === 'link') return;
      const value = node.value;
      CITATION_RE.lastIndex = 0;
      if (!CITATION_RE.test(value)) return;
      CITATION_RE.lastIndex = 0;
      const out: (Text | Link)[] = [];
      let last = 0;
      for (const m of value.matchAll(CITATION_RE)) {
        const nums = expandCitation(m[1]!);
        for (const n of nums) {
          if (n < 1 || n > ctx.referenceCount)
            file.fail(`Citation [${n}] has no reference: article.yaml lists ${ctx.referenceCount} references`, node);
        }
        if (m.index! > last) out.push({ type: 'text', value: value.slice(last, m.index) });
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
        last = m.index! + m[0].length;
      }
      if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
      parent.children.splice(index, 1, ...(out as Parent['children']));
      return index + out.length;
    });

    // Handed to the page through render()'s remarkPluginFrontmatter: the reference list
    // prints a back-link to every place that cites it.
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = backlinks;
  };
}
