/**
 * Line breaks and indentation for the JATS file, so a person can read it. xmlbuilder2's
 * `prettyPrint` also indents inside paragraphs and titles, which changes their text; here only
 * elements whose content model is element-only get white space (ignorable there by the XSD),
 * and nothing inside mixed content (`p`, `title`, `aff`, citations…) is touched.
 */

/** JATS elements that hold elements only, never text: safe to indent. */
const ELEMENT_ONLY = new Set([
  'article', 'sub-article', 'front', 'front-stub', 'body', 'back',
  'journal-meta', 'journal-title-group', 'trans-title-group', 'publisher', 'article-meta', 'title-group',
  'contrib-group', 'contrib', 'name-alternatives', 'name', 'pub-date', 'history', 'date', 'permissions', 'license',
  'abstract', 'trans-abstract', 'kwd-group', 'sec', 'fig', 'caption', 'table-wrap', 'table', 'thead', 'tbody', 'tr',
  'table-wrap-foot', 'list', 'list-item', 'disp-quote', 'ref-list', 'ref', 'custom-meta-group', 'custom-meta',
]);

/** Indents `el` and its element-only descendants in place (a DOM element of the document being built). */
export function indent(el: Element, depth = 0): void {
  if (!ELEMENT_ONLY.has(el.nodeName)) return;
  const kids = [...el.childNodes];
  if (!kids.length || kids.some((k) => k.nodeType !== 1)) return;
  const doc = el.ownerDocument;
  for (const k of kids) {
    el.insertBefore(doc.createTextNode(`\n${'  '.repeat(depth + 1)}`), k);
    indent(k as Element, depth + 1);
  }
  el.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
}
