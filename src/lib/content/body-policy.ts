/**
 * The content policy of an article body: MDX is prose plus the journal's own components with
 * literal string attributes. ESM (`import`/`export`), `{…}` expressions (except comments),
 * attribute expressions, spread attributes and any element outside the component table or the
 * raw-HTML allowlist are refused, as are unsafe URLs in links, images and HTML attributes.
 * Both the content check and the remark plugin run it before MDX turns the body into code.
 */
import type { Node, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { COMPONENTS, SLUG_RE, componentSpec } from './components.ts';
import { URL_ATTRIBUTES, allowedAttribute, allowedElement, unsafeUrl } from './html-policy.ts';
import type { BodyIssue } from './body-rules.ts';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

const lineOf = (n: Node) => n.position?.start.line;

/** `{/* … *\/}` is a comment: allowed. Any other expression is code. */
function isComment(node: Node & { value?: string; data?: { estree?: { body?: unknown[] } } }): boolean {
  const estree = node.data?.estree;
  return COMMENT_ONLY.test(node.value ?? '') && (!estree || (estree.body ?? []).length === 0);
}

function attributeIssues(el: Jsx, a: MdxJsxAttribute | MdxJsxExpressionAttribute): string | undefined {
  if (a.type === 'mdxJsxExpressionAttribute') return `<${el.name}>: spread attributes {…} are not allowed; write literal attributes`;
  if (a.value !== null && typeof a.value !== 'string') return `<${el.name} ${a.name}>: attribute expressions {…} are not allowed; write ${a.name}="…"`;
  const spec = componentSpec(el.name);
  const value = a.value ?? '';
  if (spec) {
    const rule = spec.attributes[a.name];
    if (!rule) return `<${el.name}> has no attribute "${a.name}"; allowed: ${Object.keys(spec.attributes).join(', ')}`;
    if (a.value === null) return `<${el.name} ${a.name}> needs a value: ${a.name}="…"`;
    if (rule.kind === 'slug' && !SLUG_RE.test(value)) return `<${el.name} ${a.name}="${value}">: expected lower-case letters, digits and single hyphens`;
    return undefined;
  }
  if (!allowedAttribute(el.name!, a.name)) return `<${el.name}>: attribute "${a.name}" is not allowed in article HTML`;
  if (URL_ATTRIBUTES.has(a.name)) {
    const why = unsafeUrl(value);
    if (why) return `<${el.name} ${a.name}>: ${why}`;
  }
  return undefined;
}

function elementIssues(el: Jsx): string[] {
  const spec = componentSpec(el.name);
  if (!spec) {
    if (!el.name) return ['fragments <>…</> are not allowed'];
    if (!allowedElement(el.name))
      return [`<${el.name}> is not allowed in an article body; use Markdown, the components ${Object.keys(COMPONENTS).join(', ')}, or harmless HTML (see README: content policy)`];
  }
  const out = el.attributes.map((a) => attributeIssues(el, a)).filter((m): m is string => Boolean(m));
  if (spec)
    for (const [name, rule] of Object.entries(spec.attributes))
      if (rule.required && !el.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name)) out.push(`<${el.name}> needs a ${name} attribute`);
  return out;
}

/** Every node of the body that breaks the content policy, with its line. */
export function policyRule(tree: Root): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const stack: Node[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const add = (message: string) => issues.push({ line: lineOf(node), field: 'policy', message });
    switch (node.type) {
      case 'mdxjsEsm':
        add('import/export is not allowed in an article body: bodies are text, not code');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node)) add('{…} expressions are not allowed in an article body (comments {/* … */} are)');
        break;
      case 'html':
        add('raw HTML is not allowed here');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        elementIssues(node as Jsx).forEach(add);
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const why = unsafeUrl((node as unknown as { url: string }).url);
        if (why) add(`${node.type}: ${why}`);
      }
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return issues;
}
