/**
 * The numbered floats of an article body: tables (`<DataTable>` around a GFM table) and
 * figures (`<Figure>`, the site's own SVG as vector graphics), numbered in order as on the page.
 */
import type { Table } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { jsxAttribute } from '../content/components.ts';
import { inline, type BodyContext } from './inline.ts';
import { array, isLabel, join, labelled, str } from './typst.ts';

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

const attr = jsxAttribute;

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

