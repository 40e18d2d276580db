/**
 * The one declared table of the components an article body may use, with each component's
 * allowed attributes. The content policy (`body-policy.ts`) rejects any other component or
 * attribute; the remark plugin numbers the components that have a `numbers` kind. To add a
 * component (a cross-reference, say), add one row here and pass it to the page's `<Content>`.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type AttributeKind =
  /** `[a-z0-9-]` slug: ids become URL fragments and file names. */
  | 'slug'
  /** Free text, printed escaped. */
  | 'text';

export interface ComponentSpec {
  /** What the remark plugin numbers it as (Figure 1, Table 2), if anything. */
  numbers?: 'figure' | 'table';
  attributes: Record<string, { kind: AttributeKind; required?: boolean }>;
}

export const COMPONENTS: Record<string, ComponentSpec> = {
  Figure: { numbers: 'figure', attributes: { id: { kind: 'slug', required: true } } },
  DataTable: {
    numbers: 'table',
    attributes: { id: { kind: 'slug', required: true }, caption: { kind: 'text', required: true }, source: { kind: 'text' } },
  },
};

/** Ids, slugs and file names inside the content tree: lower-case letters, digits, single hyphens. */
export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The component spec of a JSX element name, when it is one of ours. */
export function componentSpec(name: string | null | undefined): ComponentSpec | undefined {
  return name && Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined;
}

/** A literal string attribute of a component, if it has one. */
export function jsxAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a && typeof a.value === 'string' ? a.value : undefined;
}
