/**
 * Cross-references: `[@fig-co2]`, `[@table-users]`, `[@sec-3-1]` or `[@introduction]` name a
 * figure, table or section by its id and print "Figure 1" / "1-сурет" / "рис. 1" in the
 * edition's language, numbered in the edition's own order. Ids need no prefix: a key is a
 * cross-reference because an element of the body has that id.
 */
import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { useTranslations } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/locales.ts';
import { componentSpec, jsxAttribute } from '../content/components.ts';
import { explicitId } from './heading-ids.ts';
import { sectionId, sectionNumber } from './sections.ts';


export type TargetKind = 'figure' | 'table' | 'section';

/** Something a cross-reference can point at. `number` is null for an unnumbered section. */
export interface Target { kind: TargetKind; id: string; number: string | null; text: string; line?: number }


/** A heading's id: the explicit `{#id}`, else the one its number gives (`sec-3-1`), else null. */
export function headingId(node: Heading): string | null {
  return explicitId(node) ?? sectionId(toString(node));
}

/**
 * Every cross-reference target of a body in document order, numbered per kind (figures and
 * tables count in order of appearance; sections carry the number their heading prints).
 * Call after applyHeadingIds.
 */
export function collectTargets(tree: Root): Target[] {
  const targets: Target[] = [];
  const counters: Record<string, number> = {};
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'heading') {
      const id = headingId(node);
      if (id) targets.push({ kind: 'section', id, number: sectionNumber(toString(node)), text: toString(node).trim(), line });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const el = node as MdxJsxFlowElement;
      const kind = componentSpec(el.name)?.numbers;
      const id = kind && jsxAttribute(el, 'id');
      if (!kind || !id) return;
      counters[kind] = (counters[kind] ?? 0) + 1;
      targets.push({ kind, id, number: String(counters[kind]), text: jsxAttribute(el, 'caption') ?? id, line });
    }
  });
  return targets;
}

/** What one bracket of keys resolves to, or why it cannot. */
export type Resolved = { kind: 'xref'; target: Target } | { kind: 'cite'; ids: string[] } | { kind: 'error'; message: string };

/**
 * Resolves the keys of one `[@…]` marker against the body's targets and the reference ids.
 * One bracket is either one cross-reference or a citation of one or more references.
 */
export function resolveKeys(keys: string[], targets: Map<string, Target>, refIds: Set<string>): Resolved {
  const unknown = keys.filter((k) => !targets.has(k) && !refIds.has(k));
  if (unknown.length)
    return { kind: 'error', message: `unknown key ${unknown.map((k) => `@${k}`).join(', ')}: not a reference id in article.yaml nor the id of a figure, table or section of this edition` };
  const xrefs = keys.filter((k) => targets.has(k));
  if (xrefs.length === 0) return { kind: 'cite', ids: keys };
  if (keys.length > 1)
    return { kind: 'error', message: `[@${keys.join('; @')}] mixes keys: a bracket is one cross-reference ([@${xrefs[0]}]) or a list of references; write one bracket per figure, table or section` };
  return { kind: 'xref', target: targets.get(xrefs[0]!)! };
}

/** The words a cross-reference prints in a language: "Figure 1", "1-сурет", "рис. 1"; an unnumbered section prints its title. */
export function xrefLabel(target: Target, lang: Lang): string {
  if (target.number === null) return target.text;
  const t = useTranslations(lang);
  return t(`xref.${target.kind}`, { n: target.number });
}
