/**
 * Section ids come from section numbers, not from heading words, so that `#sec-3-2` is the
 * same place in every language edition.
 * @example sectionId('3.2 Instagram users') === 'sec-3-2'
 */
export function sectionNumber(headingText: string): string | null {
  const m = /^\s*(\d+(?:\.\d+)*)\.?\s+\S/.exec(headingText);
  return m ? m[1]! : null;
}

export function sectionId(headingText: string): string | null {
  const n = sectionNumber(headingText);
  return n ? `sec-${n.replace(/\./g, '-')}` : null;
}
