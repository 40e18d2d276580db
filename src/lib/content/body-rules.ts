/**
 * Every rule an article body is held to, defined once: the content check
 * (`validate-article.ts`) and the remark plugin (`remark-article.ts`) both call `checkBody`,
 * so `npm run check-content`, `npm run build` and `npm run dev` refuse the same bodies with the
 * same messages. A rule is a function from the parsed body to located issues; to add one
 * (cross-references, citation keys), append it to BODY_RULES.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Heading, Node, Root, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { CITATION_RE, parseCitation } from '../markdown/citations.ts';
import { headingId } from '../markdown/xref.ts';
import { policyRule } from './body-policy.ts';
import { componentSpec, jsxAttribute } from './components.ts';

export { jsxAttribute };
import { LIMITS } from './limits.ts';
import { insideTree } from './tree.ts';

/** What the rules know about the body's article. */
export interface BodyContext {
  /** The article folder (absolute). */
  articleDir: string;
  /** The content tree's root (absolute): files must resolve inside it. */
  contentRoot: string;
  /** Number of references in article.yaml; undefined when the metadata did not validate. */
  referenceCount?: number;
}

/** One broken rule; `line` counts from the body's first line. */
export interface BodyIssue {
  line?: number;
  field?: string;
  message: string;
}

export type BodyRule = (tree: Root, ctx: BodyContext) => BodyIssue[];
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const lineOf = (n: Node) => n.position?.start.line;
const CONTAINERS = new Set(['list', 'blockquote', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'emphasis', 'strong', 'delete', 'link']);

/** The first node nested deeper than the limit, found without recursion (a deep tree must not overflow the stack). */
export function nestingRule(tree: Root): BodyIssue[] {
  const stack: [Node, number, number][] = [[tree, 0, 0]];
  while (stack.length) {
    const [node, containers, depth] = stack.pop()!;
    const c = containers + (CONTAINERS.has(node.type) ? 1 : 0);
    if (c > LIMITS.nesting || depth > LIMITS.nesting * 4)
      return [{ line: lineOf(node), message: `nested more than ${LIMITS.nesting} levels deep (lists, quotes, elements); the limit is ${LIMITS.nesting}` }];
    for (const child of (node as { children?: Node[] }).children ?? []) stack.push([child, c, depth + 1]);
  }
  return [];
}

const headingRule: BodyRule = (tree) => {
  const issues: BodyIssue[] = [];
  visit(tree, 'heading', (node) => {
    if (node.depth === 1) issues.push({ line: lineOf(node), message: 'use ## for sections: the page prints the title as the only h1' });
    else if (!headingId(node))
      issues.push({ line: lineOf(node), message: `section heading "${toString(node)}" must start with its number, e.g. "## 2. Methods" or "### 2.1 Data", or end with an id, e.g. "## Acknowledgements {#acknowledgements}"` });
  });
  return issues;
};

const figureRule: BodyRule = (tree, ctx) => {
  const issues: BodyIssue[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const el = node as Jsx;
    if (componentSpec(el.name)?.numbers !== 'figure') return;
    const id = jsxAttribute(el, 'id');
    if (!id || !/^[a-z0-9-]+$/.test(id)) return; // the policy reports it
    const file = path.join(ctx.articleDir, 'figures', `${id}.json`);
    if (!fs.existsSync(file)) issues.push({ line: lineOf(el), message: `figure "${id}" is referenced but figures/${id}.json does not exist` });
    else if (!insideTree(ctx.contentRoot, file)) issues.push({ line: lineOf(el), message: `figures/${id}.json resolves outside the content tree` });
  });
  return issues;
};

/** Section, figure and table ids become HTML ids and URL fragments: each once per edition. */
const duplicateIdRule: BodyRule = (tree) => {
  const issues: BodyIssue[] = [];
  const seen = new Map<string, number | undefined>();
  const see = (id: string | null | undefined, node: Node) => {
    if (!id) return;
    if (seen.has(id)) issues.push({ line: lineOf(node), field: id, message: `duplicate id "${id}": also used at body line ${seen.get(id) ?? '?'}` });
    else seen.set(id, lineOf(node));
  };
  visit(tree, (node) => {
    if (node.type === 'heading') see(headingId(node as Heading), node);
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && componentSpec((node as Jsx).name)) see(jsxAttribute(node as Jsx, 'id'), node);
  });
  return issues;
};

const citationRule: BodyRule = (tree, ctx) => {
  const issues: BodyIssue[] = [];
  visit(tree, 'text', (node: Text, _i, parent) => {
    if (parent?.type === 'link') return;
    for (const m of node.value.matchAll(CITATION_RE)) {
      const c = parseCitation(m[1]!);
      if (c.error !== undefined) issues.push({ line: lineOf(node), message: `${m[0]}: ${c.error}` });
      else if (ctx.referenceCount !== undefined)
        for (const n of c.numbers)
          if (n < 1 || n > ctx.referenceCount) issues.push({ line: lineOf(node), message: `citation [${n}] has no reference: article.yaml lists ${ctx.referenceCount}` });
    }
  });
  return issues;
};

/** The body rules, in the order their messages are printed. */
export const BODY_RULES: BodyRule[] = [policyRule, headingRule, figureRule, duplicateIdRule, citationRule];

/** Every issue of a parsed body; a tree nested too deeply is reported alone (the other rules recurse). */
export function checkBody(tree: Root, ctx: BodyContext): BodyIssue[] {
  const deep = nestingRule(tree);
  if (deep.length) return deep;
  return BODY_RULES.flatMap((rule) => rule(tree, ctx));
}

