import type { Problem } from './problems.ts';
import type { SectionOutline } from './mdx-source.ts';

const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Checks that a translated edition keeps the original's structure: the same section ids in
 * the same order, and in each section the same tables, figures and citation markers, and
 * every number of the original (in the edition's own number format). Each mismatch names
 * the edition file, the section and its line.
 */
export function compareEditions(original: { file: string; sections: SectionOutline[] }, edition: { file: string; sections: SectionOutline[] }): Problem[] {
  const problems: Problem[] = [];
  const err = (line: number | undefined, section: string, message: string) =>
    problems.push({ severity: 'error', file: edition.file, line, field: section, message });

  const ids = original.sections.map((s) => s.id);
  const editionIds = edition.sections.map((s) => s.id);
  if (!same(ids, editionIds)) {
    const missing = ids.filter((id) => !editionIds.includes(id));
    const extra = editionIds.filter((id) => !ids.includes(id));
    err(undefined, 'sections',
      `sections differ from ${original.file}: expected ${ids.join(', ')}; got ${editionIds.join(', ')}` +
        (missing.length ? `; missing ${missing.join(', ')}` : '') + (extra.length ? `; unexpected ${extra.join(', ')}` : ''));
  }
  const byId = new Map(edition.sections.map((s) => [s.id, s]));
  for (const o of original.sections) {
    const e = byId.get(o.id);
    if (!e) continue;
    if (!same(o.tables, e.tables)) err(e.line, o.id, `tables ${e.tables.join(', ') || 'none'}; the original has ${o.tables.join(', ') || 'none'}`);
    if (!same(o.figures, e.figures)) err(e.line, o.id, `figures ${e.figures.join(', ') || 'none'}; the original has ${o.figures.join(', ') || 'none'}`);
    if (!same(o.citations, e.citations))
      err(e.line, o.id, `citation markers [${e.citations.join('] [')}]; the original has [${o.citations.join('] [')}]`);
    const have = new Set(e.numbers);
    const missing = [...new Set(o.numbers)].filter((n) => !have.has(n));
    if (missing.length) err(e.line, o.id, `numbers missing (or written differently): ${missing.join(', ')}`);
  }
  return problems;
}
