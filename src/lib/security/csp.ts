/**
 * The site's Content-Security-Policy, in one place. `public/_headers` sends it as a header on
 * hosts that read that file (a unit test keeps the two equal), and every page carries it as
 * `<meta http-equiv="Content-Security-Policy">` too, so `npm run preview` and hosts that ignore
 * `_headers` still refuse inline script, inline style and foreign origins.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a `<meta>` policy cannot carry (browsers ignore them there, with a console warning). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

const join = (d: readonly (readonly [string, string])[]) => d.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy as the HTTP header value (`public/_headers`). */
export function cspHeader(): string {
  return join(CSP_DIRECTIVES);
}

/** The policy as a page's `<meta http-equiv>` content: the header minus what a meta tag cannot carry. */
export function cspMeta(): string {
  return join(CSP_DIRECTIVES.filter(([k]) => !HEADER_ONLY.has(k)));
}
