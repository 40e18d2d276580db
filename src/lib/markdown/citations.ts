/**
 * In-text citation markers are written as the article prints them: `[3]`, `[1, 2]`, `[4–6]`.
 * This module finds them in text and expands them to reference numbers.
 */
export const CITATION_RE = /\[(\d+(?:\s*[–-]\s*\d+)?(?:\s*[,;]\s*\d+(?:\s*[–-]\s*\d+)?)*)\]/g;

/** The reference numbers a marker's inner text names. @example expandCitation('1, 3–5') → [1,3,4,5] */
export function expandCitation(inner: string): number[] {
  const out: number[] = [];
  for (const part of inner.split(/[,;]/)) {
    const [a, b] = part.split(/[–-]/).map((s) => Number(s.trim()));
    if (b === undefined) out.push(a!);
    else for (let i = a!; i <= b; i++) out.push(i);
  }
  return out;
}
