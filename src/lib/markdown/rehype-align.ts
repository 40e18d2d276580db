import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * GFM column alignment arrives as an `align` property, which MDX turns into
 * `style="text-align:right"`: a CSP without 'unsafe-inline' styles blocks that. Turn it into a
 * class the stylesheet knows.
 */
export function rehypeAlignClasses() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'td' && node.tagName !== 'th') return;
      const props = node.properties ?? {};
      const align = typeof props.align === 'string' ? props.align : /text-align:\s*(left|right|center)/.exec(String(props.style ?? ''))?.[1];
      delete props.align;
      delete props.style;
      if (align) {
        const cls = props.className;
        props.className = [...(Array.isArray(cls) ? cls : cls ? [String(cls)] : []), `align-${align}`];
      }
    });
  };
}
