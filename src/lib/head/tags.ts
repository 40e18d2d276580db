/**
 * `<head>` is data: builders return tags and `Head.astro` only prints them, so what a page
 * declares can be unit-tested without rendering.
 */
export interface HeadTag {
  tag: 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  /** Text content (JSON-LD); printed escaped for a script data block. */
  content?: string;
}

export const meta = (name: string, content: string, extra: Record<string, string> = {}): HeadTag => ({
  tag: 'meta',
  attrs: { name, content, ...extra },
});
export const property = (prop: string, content: string): HeadTag => ({ tag: 'meta', attrs: { property: prop, content } });
export const link = (attrs: Record<string, string>): HeadTag => ({ tag: 'link', attrs });

/** JSON for a `<script type="application/ld+json">` block, safe against `</script>` in content. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
