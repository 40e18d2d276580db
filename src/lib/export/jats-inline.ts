/**
 * MDX inline content (mdast phrasing nodes) as JATS inline markup, one function per node kind:
 * a new kind of node (a cross-reference, a citation key) is one more entry in `INLINE`.
 * Citation markers `[1, 2]` become `xref ref-type="bibr"` with the same ids as the page's links
 * (`cite-1-1`), and links to a section, table, figure or reference of the article become `xref`.
 */
import type { Node, Parent } from 'unist';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { TFunction } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/locales.ts';
import type { FigureFile } from '../../schemas/figure.ts';
import { CITATION_RE, expandCitation } from '../markdown/citations.ts';
import { absolute, paths } from '../model/urls.ts';
import { xmlText as s } from './sanitize.ts';
import type { JatsView } from './jats-view.ts';

/** What converting one edition's body needs to know besides the node at hand. */
export interface BodyContext {
  v: JatsView;
  lang: Lang;
  /** Appended to every id in a sub-article (`-kk`): ids are unique per file, pages repeat them per language. */
  suffix: string;
  /** The MDX file and the line its body starts on, for error messages. */
  file: string;
  lineOffset: number;
  figures: Record<string, FigureFile>;
  t: TFunction;
  /** Ids of this body's sections, tables and figures, as the page writes them. */
  ids: Set<string>;
  counters: { figure: number; table: number };
  /** How often each first reference number has been cited so far (for `cite-<n>-<k>` ids). */
  cites: Map<number, number>;
}

type AnyNode = Node & { value?: string; children?: AnyNode[]; url?: string; name?: string };
type InlineFn = (parent: XMLBuilder, node: AnyNode, ctx: BodyContext, inLink: boolean) => void;

/** Text with its citation markers as `xref`s; `withId` gives each the page's `cite-n-k` id. */
export function citedText(parent: XMLBuilder, value: string, ctx: BodyContext, withId = true): void {
  const count = ctx.v.meta.references.length;
  let last = 0;
  for (const m of value.matchAll(CITATION_RE)) {
    const nums = expandCitation(m[1]!).filter((n) => n >= 1 && n <= count);
    if (!nums.length) continue;
    if (m.index! > last) parent.txt(s(value.slice(last, m.index)));
    const first = nums[0]!;
    const attrs: Record<string, string> = { 'ref-type': 'bibr', rid: nums.map((n) => `ref-${n}`).join(' ') };
    if (withId) {
      const k = (ctx.cites.get(first) ?? 0) + 1;
      ctx.cites.set(first, k);
      attrs.id = `cite-${first}-${k}${ctx.suffix}`;
    }
    parent.ele('xref', attrs).txt(s(m[0]));
    last = m.index! + m[0].length;
  }
  if (last < value.length) parent.txt(s(value.slice(last)));
}

const REF_TYPES: [RegExp, string][] = [[/^sec-/, 'sec'], [/^fig-/, 'fig'], [/^table-/, 'table']];

/** A link: inside the article it is an `xref` to the element, anywhere else an `ext-link`. */
const link: InlineFn = (parent, node, ctx) => {
  const url = node.url ?? '';
  const hash = url.startsWith('#') ? url.slice(1) : null;
  // A citation link made by the page's marker step carries its id and the cited numbers.
  const props = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties ?? {};
  const nums = String(props['data-refs'] ?? hash?.replace(/^ref-/, '') ?? '').split(' ').map(Number).filter((n) => n >= 1 && n <= ctx.v.meta.references.length);
  let el: XMLBuilder;
  if (hash && /^ref-\d+$/.test(hash) && nums.length) {
    el = parent.ele('xref', { 'ref-type': 'bibr', rid: nums.map((n) => `ref-${n}`).join(' '), ...(props.id ? { id: s(`${String(props.id)}${ctx.suffix}`) } : {}) });
  }
  else if (hash && ctx.ids.has(hash)) el = parent.ele('xref', { 'ref-type': REF_TYPES.find(([re]) => re.test(hash))?.[1] ?? 'other', rid: s(`${hash}${ctx.suffix}`) });
  else {
    const page = absolute(ctx.v.journal.siteUrl, paths.article(ctx.lang, ctx.v.slug));
    const href = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : new URL(url, page).toString();
    el = parent.ele('ext-link', { 'ext-link-type': 'uri', 'xlink:href': s(href) });
  }
  inlines(el, node.children ?? [], ctx, true);
};

const wrap = (name: string): InlineFn => (parent, node, ctx, inLink) => inlines(parent.ele(name), node.children ?? [], ctx, inLink);

/** Inline JSX elements the content rules allow as HTML, mapped to their JATS names. */
const JSX_INLINE: Record<string, string> = { sub: 'sub', sup: 'sup', em: 'italic', i: 'italic', strong: 'bold', b: 'bold', code: 'monospace' };

export const INLINE: Record<string, InlineFn> = {
  text: (parent, node, ctx, inLink) => (inLink ? parent.txt(s(node.value ?? '')) : citedText(parent, node.value ?? '', ctx)),
  emphasis: wrap('italic'),
  strong: wrap('bold'),
  delete: wrap('strike'),
  inlineCode: (parent, node) => void parent.ele('monospace').txt(s(node.value ?? '')),
  break: (parent) => void parent.txt('\n'),
  link,
  mdxJsxTextElement: (parent, node, ctx, inLink) => {
    const name = JSX_INLINE[node.name ?? ''];
    inlines(name ? parent.ele(name) : parent, node.children ?? [], ctx, inLink);
  },
  mdxTextExpression: () => {},
  footnoteReference: () => {},
  image: (parent, node) => void parent.txt(s((node as { alt?: string }).alt ?? '')),
};

/** Converts a run of inline nodes; an unknown kind contributes its children or its text. */
export function inlines(parent: XMLBuilder, nodes: AnyNode[], ctx: BodyContext, inLink = false): void {
  for (const n of nodes) {
    const fn = INLINE[n.type];
    if (fn) fn(parent, n, ctx, inLink);
    else if ((n as Parent).children) inlines(parent, n.children!, ctx, inLink);
    else if (typeof n.value === 'string') parent.txt(s(n.value));
  }
}

export type { AnyNode };
