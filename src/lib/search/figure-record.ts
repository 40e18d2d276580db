/**
 * What a figure's or table's search record says: its caption, its description (or the image's
 * alt text when there is none) and the labels and values of its data table. Nothing else: not
 * the "cite this figure" text or a source line crediting the authors (an author's name must
 * find the article once, not once per figure), not download links, buttons, status lines or
 * disclosure labels, and no URL at all. Picking what to keep, instead of listing what
 * to drop, keeps new controls in the figure markup out of search by default.
 */
import { toText } from 'hast-util-to-text';
import type { Element, ElementContent } from 'hast';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const URL_RE = /\bhttps?:\/\/\S+/g;

function classes(el: Element): string[] {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}

function ignored(el: Element): boolean {
  return ['dataPagefindIgnore', 'hidden', 'ariaHidden'].some((a) => el.properties[a] !== undefined && el.properties[a] !== false && el.properties[a] !== null);
}

function elements(node: Element, keep: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const c of node.children as ElementContent[]) {
    if (c.type !== 'element' || ignored(c)) continue;
    if (keep(c)) out.push(c);
    else elements(c, keep, out);
  }
  return out;
}

const text = (el: Element) => squash(toText(el, { whitespace: 'normal' }));

/**
 * The searchable text of one `<figure>` (a chart or a data table), in reading order of its parts:
 * caption, description, data table cells.
 */
export function figureRecordText(figure: Element): string {
  const caption = elements(figure, (e) => e.tagName === 'figcaption').map(text);
  const described = elements(figure, (e) => classes(e).includes('figure-description')).map(text);
  const alt = described.length ? [] : elements(figure, (e) => e.tagName === 'img').map((e) => String(e.properties.alt ?? ''));
  const cells = elements(figure, (e) => e.tagName === 'th' || e.tagName === 'td').map(text);
  return squash([...caption, ...described, ...alt, ...cells].join(' ').replace(URL_RE, ''));
}
