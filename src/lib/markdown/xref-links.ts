/**
 * Turns the markers of a body into links at compile time: printed citations `[1–3]`,
 * citations by key `[@a; @b]` (printed with the references' numbers) and cross-references
 * `[@fig-co2]` (printed "Figure 1" in the edition's language). Every marker that names nothing
 * stops the build with the file and line.
 */
import type { Link, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Lang } from '../../i18n/locales.ts';
import { expandCitation } from './citations.ts';
import { citedKeys, findMarkers, formatNumbers } from './cite-keys.ts';
import { collectTargets, resolveKeys, xrefLabel, type Target } from './xref.ts';

export interface MarkerContext {
  lang: Lang;
  /** Printed number of each reference, by id. */
  refNumbers: Map<string, number>;
  /** True when the article cites by key: printed `[n]` brackets are then plain text. */
  keyMode: boolean;
  targets: Target[];
}

/**
 * The context for a body compiled outside Astro (the PDF): references already in printed
 * order (the model orders them, src/data/journal.ts), the edition's text and its tree.
 */
export function markerContext(refIds: string[], bodyText: string, lang: Lang, tree: Root): MarkerContext {
  return {
    lang,
    refNumbers: new Map(refIds.map((id, i) => [id, i + 1])),
    keyMode: citedKeys(bodyText).some((k) => refIds.includes(k)),
    targets: collectTargets(tree),
  };
}

type Fail = (reason: string, place: { line: number; column: number } | undefined) => never;

const lineOf = (node: Text, offset: number) =>
  node.position ? { line: node.position.start.line + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0), column: 1 } : undefined;

/**
 * Replaces markers in the tree's text with links and returns the back-links of each
 * reference number (the ids of the places that cite it), for the reference list.
 */
export function linkMarkers(tree: Root, ctx: MarkerContext, fail: Fail): Record<number, string[]> {
  const targets = new Map(ctx.targets.map((t) => [t.id, t]));
  const refIds = new Set(ctx.refNumbers.keys());
  const count = ctx.refNumbers.size;
  const seen = new Map<number, number>();
  const backlinks: Record<number, string[]> = {};

  const citation = (nums: number[], text: string): Link => {
    const first = Math.min(...nums);
    const k = (seen.get(first) ?? 0) + 1;
    seen.set(first, k);
    for (const n of nums) (backlinks[n] ??= []).push(`cite-${first}-${k}`);
    return { type: 'link', url: `#ref-${first}`, children: [{ type: 'text', value: text }], data: { hProperties: { id: `cite-${first}-${k}`, className: ['cite'], 'data-refs': nums.join(' ') } } };
  };

  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || parent.type === 'link') return;
    const markers = findMarkers(node.value).filter((m) => m.kind === 'keys' || !ctx.keyMode);
    if (markers.length === 0) return;
    const out: (Text | Link)[] = [];
    let last = 0;
    for (const m of markers) {
      let link: Link;
      if (m.kind === 'numbers') {
        const nums = expandCitation(m.inner);
        for (const n of nums)
          if (n < 1 || n > count) fail(`Citation [${n}] has no reference: article.yaml lists ${count} references`, lineOf(node, m.index));
        link = citation(nums, m.raw);
      } else {
        const r = resolveKeys(m.keys, targets, refIds);
        if (r.kind === 'error') fail(r.message, lineOf(node, m.index));
        if (r.kind === 'xref') {
          link = { type: 'link', url: `#${r.target.id}`, children: [{ type: 'text', value: xrefLabel(r.target, ctx.lang) }], data: { hProperties: { className: ['xref'] } } };
        } else {
          const nums = (r as { ids: string[] }).ids.map((id) => ctx.refNumbers.get(id)!);
          link = citation(nums, `[${formatNumbers(nums)}]`);
        }
      }
      if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
      out.push(link);
      last = m.index + m.raw.length;
    }
    if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...(out as Parent['children']));
    return index + out.length;
  });
  return backlinks;
}
