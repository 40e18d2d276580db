import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hasBodyText } from '../../src/lib/content/mdx-source.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { pageEdition } from '../../src/lib/model/editions.ts';
import { resolveAffiliation } from '../../src/lib/model/affiliations.ts';
import { authorName } from '../../src/lib/model/names.ts';
import type { ArticleRecord, Edition } from '../../src/lib/model/types.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const root = path.resolve(import.meta.dirname, '../..');
const meta = articleSchema.parse(parse(fs.readFileSync(path.join(root, 'content/articles/bloggers-and-the-state/article.yaml'), 'utf8')));

describe('the real content tree', () => {
  it('validates with no errors and no warnings', () => {
    const r = validateContent(path.join(root, 'content'), { root });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('normalises the article metadata (bare DOI, ISO dates) and normalising again changes nothing', () => {
    expect(meta.doi).toBe('10.32523/2616-7174-2022-141-4-15-22');
    expect(meta.references[0]!.accessed).toBe('2021-12-05');
    expect(articleSchema.parse(JSON.parse(JSON.stringify(meta)))).toEqual(meta);
  });
});

describe('author names', () => {
  it('are written as each edition writes them', () => {
    const first = meta.authors[0]!;
    expect(authorName(first, 'en').display).toBe('N.Zh. Koshkenov');
    expect(authorName(first, 'kk').display).toBe('Н.Ж. Көшкенов');
    expect(authorName(first, 'ru').display).toBe('Н.Ж. Кошкенов');
    expect(authorName(meta.authors[1]!, 'ru').inverted).toBe('Молдабаев Х.С.');
  });

  it('come with the affiliation in the page language, country from Intl', () => {
    const affiliationText = (id: string, lang: 'kk' | 'ru') => resolveAffiliation(meta, id, lang).parts.map((p) => p.text).join(', ');
    expect(affiliationText('enu', 'ru')).toBe('Евразийский национальный университет им. Л.Н. Гумилева, Астана, Казахстан');
    expect(affiliationText('enu-journalism', 'kk')).toBe('Журналистика және саясаттану факультеті, Л.Н. Гумилев атындағы Еуразия ұлттық университеті, Астана, Қазақстан');
  });
});

describe('which edition a page shows', () => {
  const ed = (lang: 'en' | 'kk' | 'ru', hasBody: boolean): Edition => ({
    lang, hasBody, title: `T ${lang}`, abstract: 'a', keywords: ['k'], edition: { status: lang === 'en' ? 'original' : 'translation', translatedFrom: 'en' },
  });
  const rec = (editions: ArticleRecord['editions']) => ({ slug: 's', meta, editions }) as unknown as ArticleRecord;

  it('is the page language\'s own edition when it has a body', () => {
    expect(pageEdition(rec({ en: ed('en', true), kk: ed('kk', true) }), 'kk')).toMatchObject({ bodyLang: 'kk', fallback: false });
  });
  it('borrows the original body when the edition has metadata only', () => {
    const p = pageEdition(rec({ en: ed('en', true), kk: ed('kk', false) }), 'kk');
    expect(p).toMatchObject({ bodyLang: 'en', fallback: true });
    expect(p.edition.title).toBe('T kk');
  });
  it('is the original when the edition is missing', () => {
    const p = pageEdition(rec({ en: ed('en', true) }), 'ru');
    expect(p).toMatchObject({ bodyLang: 'en', fallback: true });
    expect(p.edition.title).toBe('T en');
  });
  it('counts an MDX comment as no body', () => {
    expect(hasBodyText('\n{/* later */}\n')).toBe(false);
    expect(hasBodyText('## 1. A\n')).toBe(true);
  });
});
