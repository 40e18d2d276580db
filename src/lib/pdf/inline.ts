/**
 * Inline content of an article body as Typst content expressions, one function per node kind:
 * text (with its citation markers linked to the reference list), emphasis, links. Every piece
 * of text goes through `str()` (typst.ts), so content can never turn into Typst markup.
 */
import type { Link, PhrasingContent, Text } from 'mdast';
import { CITATION_RE, expandCitation } from '../markdown/citations.ts';
import { isLabel, join, label, str } from './typst.ts';

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
  // A link's own text is never a citation marker again (markers may arrive already linked, xref-links.ts).
  const body = node.children.every((c) => c.type === 'text') ? str(node.children.map((c) => (c as Text).value).join('')) : inline(node.children, ctx);
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

