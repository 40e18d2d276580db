import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { LANG_PATTERN } from '~/i18n/locales.ts';
import type { Lang } from '../../i18n/locales.ts';
import { citedKeys, referenceOrder } from './cite-keys.ts';
import { EXPLICIT_ID_RE } from './heading-ids.ts';
import { collectTargets, headingId, NUMBERED_ELEMENTS } from './xref.ts';
import { linkMarkers } from './xref-links.ts';

export { NUMBERED_ELEMENTS };

interface ArticleContext {
  slug: string;
  lang: Lang;
  dir: string;
  /** Printed number of each reference by id (in order of first citation when cited by key). */
  refNumbers: Map<string, number>;
  keyMode: boolean;
}

/** The references' printed numbers, read from article.yaml and the original edition's body. */
function referenceNumbers(dir: string, meta: { references?: unknown; originalLanguage?: unknown } | null) {
  const ids = Array.isArray(meta?.references) ? meta.references.map((r: { id?: unknown }, i) => String(r?.id ?? `ref-${i + 1}`)) : [];
  const originalFile = path.join(dir, `${String(meta?.originalLanguage)}.mdx`);
  const body = fs.existsSync(originalFile) ? fs.readFileSync(originalFile, 'utf8') : '';
  const order = referenceOrder(ids, body);
  const keyMode = citedKeys(body).some((k) => ids.includes(k));
  return { refNumbers: new Map(order.map((i, n) => [ids[i]!, n + 1])), keyMode };
}

function articleContext(file: VFile): ArticleContext | null {
  const p = file.path;
  if (!p) return null;
  const m = new RegExp(`([^/\\\\]+)[/\\\\](${LANG_PATTERN})\\.mdx$`).exec(p);
  if (!m) return null;
  const dir = path.dirname(p);
  const metaPath = path.join(dir, 'article.yaml');
  const meta = fs.existsSync(metaPath) ? (parseYaml(fs.readFileSync(metaPath, 'utf8')) as Record<string, unknown> | null) : null;
  return { slug: m[1]!, lang: m[2] as Lang, dir, ...referenceNumbers(dir, meta) };
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
 * file and line: headings get language-neutral ids (from their number or an explicit
 * `{#id}`, see heading-ids.ts); citation and cross-reference markers become links
 * (xref-links.ts), failing on any that names nothing; figures and tables are
 * numbered in order and told which article and language they belong to; a figure that has
 * no `figures/<id>.json` stops the build.
 */
export function remarkArticle() {
  return (tree: Root, file: VFile) => {
    const ctx = articleContext(file);
    if (!ctx) return;

    visit(tree, 'heading', (node) => {
      if (node.depth === 1) file.fail('Use ## for sections: the page prints the title as the only h1', node);
      const id = headingId(node);
      if (!id)
        file.fail(`Section heading "${toString(node)}" must start with its number, e.g. "## 2. Methods" or "### 2.1 Data", or end with an id, e.g. "## Acknowledgements {#acknowledgements}"`, node);
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
    });

    const counters: Record<string, number> = {};
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      const kind = NUMBERED_ELEMENTS[node.name as keyof typeof NUMBERED_ELEMENTS];
      if (!kind) return;
      const id = attr(node, 'id');
      if (!id) file.fail(`<${node.name}> needs an id attribute`, node);
      if (!EXPLICIT_ID_RE.test(id)) file.fail(`<${node.name} id="${id}">: an id starts with a Latin letter and has only letters, digits, "-", "_", "." or ":"`, node);
      counters[kind] = (counters[kind] ?? 0) + 1;
      setAttr(node, 'number', String(counters[kind]));
      setAttr(node, 'slug', ctx.slug);
      setAttr(node, 'lang', ctx.lang);
      if (kind === 'figure') {
        const spec = path.join(ctx.dir, 'figures', `${id}.json`);
        if (!fs.existsSync(spec)) file.fail(`Figure "${id}" is referenced but ${path.relative(process.cwd(), spec)} does not exist`, node);
      }
    });

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
