/**
 * An article body (the MDX's mdast) as Typst code, one function per node kind. Every piece
 * of text goes through `str()` (typst.ts), so content can never turn into Typst markup.
 * Each block function returns one Typst code-mode expression; the document joins them.
 */
import type { Heading, Link, List, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table, Text } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { CITATION_RE, expandCitation } from '../markdown/citations.ts';
import { sectionId } from '../markdown/sections.ts';
import { array, isLabel, join, label, labelled, str } from './typst.ts';

/** A figure as the PDF shows it: the SVG file in the compiler's workspace and its texts. */
export interface PdfFigure {
  file: string;
  title: string;
  source: string;
  description: string;
}

export interface BodyContext {
  /** "Figure 1", "Table 2" in the edition's language. */
  figureLabel: (n: number) => string;
  tableLabel: (n: number) => string;
  figure: (id: string) => PdfFigure;
  /** Labels that exist in the document (sections, figures, tables, references). */
  targets: Set<string>;
  counters: { figure: number; table: number };
}

/** Text with its citation markers `[1, 2]` turned into links to the reference list. */
export function text(node: Text, ctx: BodyContext): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of node.value.matchAll(CITATION_RE)) {
    const first = expandCitation(m[1]!)[0]!;
    if (m.index! > last) parts.push(str(node.value.slice(last, m.index)));
    const target = `ref-${first}`;
    parts.push(ctx.targets.has(target) ? `link(${label(target)}, ${str(m[0])})` : str(m[0]));
    last = m.index! + m[0].length;
  }
  if (last < node.value.length) parts.push(str(node.value.slice(last)));
  return join(parts);
}

/** A link: inside the document (`#sec-1`, `#fig-x`, `#table-1`, `#ref-3`) or to a URL. */
export function link(node: Link, ctx: BodyContext): string {
  const body = inline(node.children, ctx);
  if (node.url.startsWith('#')) {
    const id = node.url.slice(1);
    return isLabel(id) && ctx.targets.has(id) ? `link(${label(id)}, ${body})` : body;
  }
  return /^(https?|mailto):/i.test(node.url) ? `link(${str(node.url)}, ${body})` : body;
}

/** One inline node as a content expression. */
export function phrasing(node: PhrasingContent, ctx: BodyContext): string {
  switch (node.type) {
    case 'text': return text(node, ctx);
    case 'emphasis': return `emph(${inline(node.children, ctx)})`;
    case 'strong': return `strong(${inline(node.children, ctx)})`;
    case 'delete': return `strike(${inline(node.children, ctx)})`;
    case 'inlineCode': return `raw(${str(node.value)})`;
    case 'break': return 'linebreak()';
    case 'link': return link(node, ctx);
    default:
      return 'children' in node ? inline(node.children as PhrasingContent[], ctx) : '';
  }
}

export const inline = (nodes: PhrasingContent[], ctx: BodyContext) => join(nodes.map((n) => phrasing(n, ctx)));

/** `## 1. Introduction` → a level-1 heading labelled `sec-1`, its number as written. */
export function heading(node: Heading, ctx: BodyContext): string {
  const expr = `heading(level: ${Math.max(1, node.depth - 1)}, ${inline(node.children, ctx)})`;
  const id = sectionId(toString(node));
  return id ? labelled(expr, id) : expr;
}

export const paragraph = (node: Paragraph, ctx: BodyContext) => `par(${inline(node.children, ctx)})`;

export function list(node: List, ctx: BodyContext): string {
  const items = node.children.map((li) => blocks(li.children, ctx));
  return `${node.ordered ? 'enum' : 'list'}(..${array(items)})`;
}

/** A GFM table: header row, then body rows, columns aligned as the Markdown says. */
export function table(node: Table, ctx: BodyContext): string {
  const cols = node.align?.length ? node.align : (node.children[0]?.children.map(() => null) ?? []);
  const align = array(cols.map((a) => (a === 'right' ? 'right' : a === 'center' ? 'center' : 'left')));
  const row = (r: Table['children'][number]) => r.children.map((c) => inline(c.children, ctx));
  const [head, ...rows] = node.children;
  const header = head ? `table.header(..${array(row(head).map((c) => `strong(${c})`))})` : '';
  const cells = rows.flatMap(row);
  return `table(columns: ${cols.length}, align: ${align}, ${[header, ...cells].filter(Boolean).join(', ')})`;
}

const attr = (node: MdxJsxFlowElement, name: string) => {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a && typeof a.value === 'string' ? a.value : undefined;
};

const sourceLine = (s: string) => `block(width: 100%, text(size: 0.85em, ${str(s)}))`;

/** `<DataTable id caption source>` around a GFM table: a numbered table with caption above. */
export function dataTable(node: MdxJsxFlowElement, ctx: BodyContext): string {
  const n = ++ctx.counters.table;
  const inner = node.children.find((c) => c.type === 'table') as Table | undefined;
  const caption = join([`strong(${str(`${ctx.tableLabel(n)}.`)})`, str(` ${attr(node, 'caption') ?? ''}`)]);
  const source = attr(node, 'source');
  const body = inner ? table(inner, ctx) : '[]';
  const fig = `figure(${body}, kind: table, numbering: none, caption: figure.caption(position: top, ${caption}))`;
  const id = attr(node, 'id');
  return join([id && isLabel(id) ? labelled(fig, id) : fig, source ? sourceLine(source) : '']);
}

/** `<Figure id>`: the SVG the site renders, as vector graphics, with caption and source. */
export function figure(node: MdxJsxFlowElement, ctx: BodyContext): string {
  const id = attr(node, 'id') ?? '';
  const n = ++ctx.counters.figure;
  const f = ctx.figure(id);
  const caption = join([`strong(${str(`${ctx.figureLabel(n)}.`)})`, str(` ${f.title}`)]);
  const img = `image(${str(f.file)}, width: 78%, alt: ${str(f.description)})`;
  const fig = `figure(${img}, kind: image, numbering: none, caption: ${caption})`;
  return join([isLabel(id) ? labelled(fig, id) : fig, f.source ? sourceLine(f.source) : '']);
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
    if (n.type === 'heading') ids.push(sectionId(toString(n)) ?? '');
    if (n.type === 'mdxJsxFlowElement') ids.push(attr(n as MdxJsxFlowElement, 'id') ?? '');
  });
  return ids.filter(isLabel);
}

/** The whole body as Typst code, ready to follow the front matter. */
export const bodyTypst = (tree: Root, ctx: BodyContext) => blocks(tree.children, ctx);
