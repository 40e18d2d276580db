/**
 * The raw HTML an article body may contain: harmless text-level and structural elements with
 * a few attributes each. Everything else (script, style, iframe, object, embed, form, link,
 * meta, base, svg, event handlers, `style`, `class`) is refused by the content policy.
 */
const GLOBAL_ATTRIBUTES = ['lang', 'dir', 'title', 'translate'];

const ELEMENTS: Record<string, string[]> = {
  a: ['href', 'hreflang', 'rel'],
  abbr: [], b: [], bdi: [], bdo: [], br: [], cite: [], code: [], dfn: [], em: [], i: [], kbd: [],
  mark: [], s: [], samp: [], small: [], span: [], strong: [], sub: [], sup: [], u: [], var: [], wbr: [],
  q: ['cite'], del: ['cite', 'datetime'], ins: ['cite', 'datetime'], time: ['datetime'], data: ['value'],
  p: [], blockquote: ['cite'], hr: [], pre: [], ul: [], ol: ['start', 'reversed', 'type'], li: ['value'],
  dl: [], dt: [], dd: [], details: [], summary: [],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [],
  th: ['colspan', 'rowspan', 'scope', 'abbr'], td: ['colspan', 'rowspan'],
};

/** Attributes whose value is a URL, checked by `unsafeUrl`. */
export const URL_ATTRIBUTES = new Set(['href', 'cite']);

/** True when a lower-case HTML element may appear in a body. */
export function allowedElement(name: string): boolean {
  return Object.hasOwn(ELEMENTS, name);
}

/** True when an element may carry an attribute (never `on*`, `style`, `class`, `src`). */
export function allowedAttribute(element: string, attribute: string): boolean {
  return GLOBAL_ATTRIBUTES.includes(attribute) || (Object.hasOwn(ELEMENTS, element) && ELEMENTS[element]!.includes(attribute));
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Why a URL written by an author is refused, or undefined when it is safe: only http, https,
 * mailto and scheme-less (relative, `#fragment`) URLs pass; browsers ignore white space and
 * control characters inside a scheme, so they are removed before it is read.
 */
export function unsafeUrl(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
  if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return undefined;
  return `URL scheme "${scheme}:" is not allowed (only http, https, mailto and relative links)`;
}
