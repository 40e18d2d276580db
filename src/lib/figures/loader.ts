/**
 * The loader every figure View gets, at build time and in the browser: it refuses every
 * request (data URLs, files, images, `href` links), so nothing but the values the build read
 * from the article's `data/` folder reaches Vega, whatever a spec manages to say. No imports:
 * the browser bundle includes this file.
 */
const refuse = (what: unknown) => Promise.reject(new Error(`figures load no files and no URLs (asked for ${JSON.stringify(what)}): the build inserts the data`));

export const refusingLoader = { load: refuse, sanitize: refuse, http: refuse, file: refuse };

/** Advance widths of characters per 1 px of font size, regular and bold (see render.ts measure). */
export interface FontWidths {
  regular: Record<string, number>;
  bold: Record<string, number>;
}

/**
 * A Vega text-width function from a width table: the same sums the build makes with the
 * embedded Noto Sans, so the interactive chart lays out (and truncates) text exactly as the
 * static one, whatever font the browser has.
 */
export function widthsMeasure(widths: FontWidths) {
  return (item: { fontSize?: number; fontWeight?: string | number; limit?: number }, text: unknown): number => {
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const s = text == null ? '' : String(text).trim();
    if (!size || !s) return 0;
    const w = item.fontWeight;
    const table = w === 'bold' || w === 'bolder' || Number(w) >= 600 ? widths.bold : widths.regular;
    let em = 0;
    for (const ch of s) em += table[ch] ?? 0.6;
    const width = em * size;
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}
