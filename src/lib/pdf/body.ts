/**
 * An article body (the MDX's mdast) as Typst code, one function per node kind; inline nodes
 * are in inline.ts, tables and figures in floats.ts. Each block function returns one Typst
 * code-mode expression; the document joins them. No content text is ever Typst markup.
 */
import type { Heading, List, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { headingId } from '../markdown/xref.ts';
import { jsxAttribute as attr } from '../content/components.ts';
import { dataTable, figure, table } from './floats.ts';
import { inline, type BodyContext } from './inline.ts';
import { array, isLabel, labelled, str } from './typst.ts';

export { link, phrasing, text, type BodyContext, type PdfFigure } from './inline.ts';

/** `## 1. Introduction` → a level-1 heading labelled `sec-1`, its number as written. */
export function heading(node: Heading, ctx: BodyContext): string {
  const expr = `heading(level: ${Math.max(1, node.depth - 1)}, ${inline(node.children, ctx)})`;
  const id = headingId(node);
  return id ? labelled(expr, id) : expr;
}

export const paragraph = (node: Paragraph, ctx: BodyContext) => `par(${inline(node.children, ctx)})`;

export function list(node: List, ctx: BodyContext): string {
  const items = node.children.map((li) => blocks(li.children, ctx));
  return `${node.ordered ? 'enum' : 'list'}(..${array(items)})`;
}

/** One block node; unknown components keep their children, comments and expressions vanish. */
export function block(node: RootContent | Nodes, ctx: BodyContext): string {
  switch (node.type) {
    case 'heading': return heading(node, ctx);
    case 'paragraph': return paragraph(node, ctx);
    case 'list': return list(node, ctx);
    case 'table': return table(node, ctx);
    case 'blockquote': return `quote(block: true, ${blocks(node.children, ctx)})`;
    case 'code': return `raw(block: true, ${str(node.value)})`;
    case 'thematicBreak': return 'line(length: 100%)';
    case 'mdxJsxFlowElement':
      if (node.name === 'DataTable') return dataTable(node, ctx);
      if (node.name === 'Figure') return figure(node, ctx);
      return blocks(node.children as RootContent[], ctx);
    default:
      return '';
  }
}

/** Block nodes as one content expression (`[#a #b]`), or `[]`. */
export function blocks(nodes: RootContent[], ctx: BodyContext): string {
  const parts = nodes.map((n) => block(n, ctx)).filter(Boolean);
  return parts.length ? `[${parts.map((p) => `#{${p}}`).join('\n')}]` : '[]';
}

/** Ids the body defines (sections, figures, tables): the internal links that may resolve. */
export function targetIds(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, (n) => {
    if (n.type === 'heading') ids.push(headingId(n) ?? '');
    if (n.type === 'mdxJsxFlowElement') ids.push(attr(n as MdxJsxFlowElement, 'id') ?? '');
  });
  return ids.filter(isLabel);
}

/** The whole body as Typst code, ready to follow the front matter. */
export const bodyTypst = (tree: Root, ctx: BodyContext) => blocks(tree.children, ctx);
