/**
 * An MDX body (the mdast from `parseMdx`) as JATS `body`: numbered headings become nested
 * `sec`s with the page's ids (`sec-1-2`), and every block kind has one function in `BLOCK`
 * (components in `COMPONENTS`), so a new kind of node is one more entry.
 */
import type { Heading, Root, Table } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { jsxAttribute } from '../content/components.ts';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { ContentError } from '../content/problems.ts';
import { figureFile } from '../figures/routes.ts';
import { sectionNumber } from '../markdown/sections.ts';
import { headingId } from '../markdown/xref.ts';
import { figureCaption } from '../figures/texts.ts';
import { absolute } from '../model/urls.ts';
import { citedText, inlines, type AnyNode, type BodyContext } from './jats-inline.ts';
import { xmlText as s } from './sanitize.ts';

type BlockFn = (parent: XMLBuilder, node: AnyNode, ctx: BodyContext) => void;

const attr = (node: AnyNode, name: string) => jsxAttribute(node as unknown as MdxJsxFlowElement, name);

function fail(ctx: BodyContext, node: AnyNode, message: string): never {
  const line = node.position?.start.line;
  throw new ContentError({ file: ctx.file, line: line ? line + ctx.lineOffset - 1 : undefined, message });
}

/** A GFM table as JATS (XHTML) table markup: the first row is the head, column alignment kept. */
function tableMarkup(parent: XMLBuilder, table: Table, ctx: BodyContext): void {
  const t = parent.ele('table');
  table.children.forEach((row, r) => {
    const group = r === 0 ? t.ele('thead') : r === 1 ? t.ele('tbody') : t.last();
    const tr = group.ele('tr');
    row.children.forEach((cell, c) => {
      const align = table.align?.[c];
      inlines(tr.ele(r === 0 ? 'th' : 'td', align ? { align } : {}), cell.children as AnyNode[], ctx);
    });
  });
}

/** `<DataTable id caption source>` around a Markdown table: `table-wrap` with label, caption, table and source. */
function dataTable(parent: XMLBuilder, node: AnyNode, ctx: BodyContext): void {
  const id = attr(node, 'id') ?? fail(ctx, node, '<DataTable> needs an id attribute');
  const number = ++ctx.counters.table;
  const wrap = parent.ele('table-wrap', { id: s(`${id}${ctx.suffix}`) });
  wrap.ele('label').txt(s(ctx.t('table.label', { number })));
  const caption = attr(node, 'caption');
  if (caption) citedText(wrap.ele('caption').ele('title'), caption, ctx, false);
  let table: Table | undefined;
  visit(node as Root, 'table', (t: Table) => void (table ??= t));
  if (table) tableMarkup(wrap, table, ctx);
  const source = attr(node, 'source');
  if (source) citedText(wrap.ele('table-wrap-foot').ele('p'), source, ctx, false);
}

/** `<Figure id>`: `fig` with label, caption (title and description from the figure file) and the SVG. */
function figure(parent: XMLBuilder, node: AnyNode, ctx: BodyContext): void {
  const id = attr(node, 'id') ?? fail(ctx, node, '<Figure> needs an id attribute');
  const f = ctx.figures[id] ?? fail(ctx, node, `figure "${id}" has no file figures/${id}.json`);
  const number = ++ctx.counters.figure;
  const fig = parent.ele('fig', { id: s(`${id}${ctx.suffix}`) });
  fig.ele('label').txt(s(ctx.t('figure.label', { number })));
  const caption = fig.ele('caption');
  const texts = figureCaption(f, ctx.lang, ctx.v.meta.originalLanguage);
  citedText(caption.ele('title'), texts.title.text, ctx, false);
  caption.ele('p').txt(s(texts.description.text));
  const href = absolute(ctx.v.journal.siteUrl, figureFile(ctx.lang, ctx.v.slug, id, 'svg'));
  fig.ele('graphic', { 'xlink:href': s(href), mimetype: 'image', 'mime-subtype': 'svg+xml' });
  fig.ele('attrib').txt(s(texts.source.text));
}

const COMPONENTS: Record<string, BlockFn> = { DataTable: dataTable, Figure: figure };

const BLOCK: Record<string, BlockFn> = {
  paragraph: (parent, node, ctx) => inlines(parent.ele('p'), node.children ?? [], ctx),
  list: (parent, node, ctx) => {
    const list = parent.ele('list', { 'list-type': (node as { ordered?: boolean }).ordered ? 'order' : 'bullet' });
    for (const item of node.children ?? []) {
      const li = list.ele('list-item');
      if (item.children?.length) blocks(li, item.children, ctx);
      else li.ele('p');
    }
  },
  blockquote: (parent, node, ctx) => blocks(parent.ele('disp-quote'), node.children ?? [], ctx),
  code: (parent, node) => void parent.ele('preformat').txt(s(node.value ?? '')),
  table: (parent, node, ctx) => tableMarkup(parent.ele('table-wrap'), node as unknown as Table, ctx),
  heading: (parent, node, ctx) => inlines(parent.ele('p').ele('bold'), node.children ?? [], ctx),
  mdxJsxFlowElement: (parent, node, ctx) => {
    const fn = COMPONENTS[node.name ?? ''];
    if (fn) fn(parent, node, ctx);
    else blocks(parent, node.children ?? [], ctx);
  },
  mdxFlowExpression: () => {},
  thematicBreak: () => {},
  definition: () => {},
  footnoteDefinition: () => {},
  mdxjsEsm: () => {},
};

/** Converts a run of block nodes; an unknown kind contributes its children. */
export function blocks(parent: XMLBuilder, nodes: AnyNode[], ctx: BodyContext): void {
  for (const n of nodes) (BLOCK[n.type] ?? ((p, x, c) => blocks(p, x.children ?? [], c)))(parent, n, ctx);
}

/** Ids the page gives this body's sections, tables and figures (link targets for `xref`). */
export function bodyIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, (n) => {
    if (n.type === 'heading') {
      const id = headingId(n as Heading);
      if (id) ids.add(id);
    }
    if (n.type === 'mdxJsxFlowElement') {
      const id = attr(n as AnyNode, 'id');
      if (id) ids.add(id);
    }
  });
  return ids;
}

/** A heading as `label` (its number) and `title` (the rest). */
function heading(sec: XMLBuilder, node: Heading, ctx: BodyContext): void {
  const number = sectionNumber(toString(node));
  if (number) sec.ele('label').txt(number);
  const [first, ...rest] = node.children as AnyNode[];
  const strip = first?.type === 'text' && number ? [{ ...first, value: first.value!.replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '') }] : first ? [first] : [];
  inlines(sec.ele('title'), [...strip, ...rest], ctx);
}

/** The body: blocks before the first heading, then one `sec` per heading, nested by depth. */
export function body(parent: XMLBuilder, tree: Root, ctx: BodyContext): void {
  const stack: { depth: number; el: XMLBuilder }[] = [{ depth: 0, el: parent.ele('body') }];
  for (const node of tree.children as AnyNode[]) {
    if (node.type !== 'heading') {
      blocks(stack[stack.length - 1]!.el, [node], ctx);
      continue;
    }
    const h = node as unknown as Heading;
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
    const id = headingId(h);
    const sec = stack[stack.length - 1]!.el.ele('sec', id ? { id: `${id}${ctx.suffix}` } : {});
    heading(sec, h, ctx);
    stack.push({ depth: h.depth, el: sec });
  }
}
