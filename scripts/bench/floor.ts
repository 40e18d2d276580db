/**
 * The floor an article page is compared with: what `pandoc --standalone` would make of the same
 * article. We approximate it from the built page itself: the <article> element reduced to plain
 * semantic HTML (headings, paragraphs, lists, tables, figures with their images and captions,
 * links), nothing hidden, no navigation, controls or data attributes, in a minimal document with
 * a small stylesheet like pandoc's default one. Its gzip size is the floor.
 */
import zlib from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Elements a pandoc document of the article would have. Others are unwrapped (div, span). */
const KEEP = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'caption', 'figure', 'figcaption', 'img', 'a', 'em', 'strong', 'i', 'b', 'sup', 'sub', 'blockquote', 'code', 'pre', 'br', 'hr',
  'section', 'header', 'abbr', 'q', 'cite', 'time',
]);
/** Elements dropped with their content: chrome, controls, hidden extras. */
const DROP = new Set(['nav', 'details', 'button', 'form', 'script', 'style', 'template', 'svg', 'noscript', 'input', 'select', 'aside']);
const ATTRS = new Set(['href', 'src', 'alt', 'id', 'lang', 'colSpan', 'rowSpan', 'width', 'height', 'dateTime']);

/** A stylesheet of the size and kind of pandoc's default (styles.html): measure, type, tables. */
export const FLOOR_CSS = `html{color:#1a1a1a;background:#fdfdfd}body{margin:0 auto;max-width:36em;padding:50px;hyphens:auto;overflow-wrap:break-word;text-rendering:optimizeLegibility;font-kerning:normal;font-family:Georgia,serif;font-size:20px;line-height:1.5}@media (max-width:600px){body{font-size:.9em;padding:12px}h1{font-size:1.8em}}@media print{html{background-color:white}body{background-color:transparent;color:black;font-size:12pt}p,h2,h3{orphans:3;widows:3}h2,h3,h4{page-break-after:avoid}}p{margin:1em 0}a{color:#1a1a1a}a:visited{color:#1a1a1a}img{max-width:100%;height:auto}h1,h2,h3,h4,h5,h6{margin-top:1.4em}h5,h6{font-size:1em;font-style:italic}h6{font-weight:normal}ol,ul{padding-left:1.7em;margin-top:1em}li>ol,li>ul{margin-top:0}blockquote{margin:1em 0 1em 1.7em;padding-left:1em;border-left:2px solid #e6e6e6;color:#606060}code{font-family:Menlo,Monaco,Consolas,monospace;font-size:85%;margin:0}pre{margin:1em 0;overflow:auto}hr{background-color:#1a1a1a;border:none;height:1px;margin:1em 0}table{margin:1em 0;border-collapse:collapse;width:100%;overflow-x:auto;display:block;font-variant-numeric:lining-nums tabular-nums}table caption{margin-bottom:.75em}tbody{margin-top:.5em;border-top:1px solid #1a1a1a;border-bottom:1px solid #1a1a1a}th{border-top:1px solid #1a1a1a;padding:.25em .5em}td{padding:.125em .5em .25em .5em}header{margin-bottom:4em;text-align:center}#TOC li{list-style:none}#TOC ul{padding-left:1.3em}#TOC>ul{padding-left:0}#TOC a:not(:hover){text-decoration:none}code{white-space:pre-wrap}span.smallcaps{font-variant:small-caps}div.columns{display:flex;gap:min(4vw,1.5em)}div.column{flex:auto;overflow-x:auto}div.hanging-indent{margin-left:1.5em;text-indent:-1.5em}ul.task-list[class]{list-style:none}ul.task-list li input[type="checkbox"]{font-size:inherit;width:.8em;margin:0 .8em .2em -1.6em;vertical-align:middle}.display.math{display:block;text-align:center;margin:.5rem auto}`;

function isHidden(el: Element): boolean {
  const p = el.properties ?? {};
  return p.hidden !== undefined && p.hidden !== false && p.hidden !== null;
}

function reduce(nodes: (RootContent | ElementContent)[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const n of nodes) {
    if (n.type === 'text') out.push(n);
    else if (n.type === 'element') {
      if (DROP.has(n.tagName) || isHidden(n)) continue;
      const children = reduce(n.children);
      if (!KEEP.has(n.tagName)) { out.push(...children); continue; }
      const properties: Element['properties'] = {};
      for (const [k, v] of Object.entries(n.properties ?? {})) if (ATTRS.has(k)) properties[k] = v;
      out.push({ type: 'element', tagName: n.tagName, properties, children });
    }
  }
  return out;
}

function find(node: Root | Element, tag: string): Element | undefined {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === tag) return c;
    const f = find(c, tag);
    if (f) return f;
  }
  return undefined;
}

export interface Floor { html: string; raw: number; gzip: number }

/** The pandoc-like document of the article in the built page `pageHtml`. */
export function floorOf(pageHtml: string): Floor {
  const tree = fromHtml(pageHtml);
  const htmlEl = find(tree, 'html');
  const lang = String(htmlEl?.properties?.lang ?? 'en');
  const title = find(tree, 'title');
  const article = find(tree, 'article') ?? find(tree, 'main');
  if (!article) throw new Error('floor: the page has neither <article> nor <main>');
  const body = toHtml(reduce(article.children));
  const titleText = title ? toHtml(title.children) : '';
  const html = `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${titleText}</title>\n<style>${FLOOR_CSS}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
  const buf = Buffer.from(html);
  return { html, raw: buf.length, gzip: zlib.gzipSync(buf).length };
}
