/**
 * TEST CONTENT, not real people: a fixture article's byline replaced by a group author (an
 * organization named in Latin and Cyrillic, no family name) and a person whose name is known in
 * Cyrillic (Russian) only, beside the fixture's own author. The JATS and PDF tests read it.
 */
import type { ArticleRecord } from '../../src/lib/model/types.ts';
import { authorSchema } from '../../src/schemas/author.ts';

export const GROUP = { latin: 'Fixture Test Consortium', ru: 'Тестовый консорциум фикстур' };
export const CYRILLIC_ONLY = { family: 'Тестовая', initials: 'Ю.' };

/** `rec` with the group author first, the Cyrillic-only author second, then its own authors. */
export function withUnusualAuthors(rec: ArticleRecord): ArticleRecord {
  const [first, second] = rec.meta.affiliations.map((a) => a.id);
  const group = authorSchema.parse({ name: GROUP, affiliations: [first] });
  const cyrillic = authorSchema.parse({ family: { ru: CYRILLIC_ONLY.family }, initials: { ru: CYRILLIC_ONLY.initials }, affiliations: [second ?? first] });
  return { ...rec, meta: { ...rec.meta, authors: [group, cyrillic, ...rec.meta.authors] } };
}
