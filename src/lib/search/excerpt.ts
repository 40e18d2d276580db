/**
 * Pagefind excerpts are HTML-escaped text with `<mark>` around the matched words. The result
 * list never assigns them as HTML: they are split into text runs, marked or not, and the
 * browser code builds text nodes and `<mark>` elements from the runs.
 */
export interface ExcerptPart { text: string; mark: boolean }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Decodes the few entities an escaped excerpt can contain; anything else stays as written. */
function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);
}

/**
 * Splits an excerpt into runs. Only `<mark>`/`</mark>` are markup; anything else is text, shown
 * as written (Pagefind escapes `<` and `>` but not always `&`, so both forms must read well).
 * @example excerptParts('a <mark>b</mark> &lt;c&gt;') → [{text:'a ',mark:false},{text:'b',mark:true},{text:' <c>',mark:false}]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === '<mark>') mark = true;
    else if (token === '</mark>') mark = false;
    else {
      const text = decode(token);
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}
