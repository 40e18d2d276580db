import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { numbersIn, outline, parseMdx } from '../../src/lib/content/mdx-source.ts';
import { compareEditions } from '../../src/lib/content/parity.ts';

const dir = path.resolve(import.meta.dirname, '../../content/articles/bloggers-and-the-state');
const read = (lang: string) => fs.readFileSync(path.join(dir, `${lang}.mdx`), 'utf8');

function edition(file: string, text: string, style: 'en' | 'comma') {
  const { source, problems } = parseMdx(file, text);
  expect(problems).toEqual([]);
  return { file, sections: outline(source.tree!, style, source.bodyLine) };
}

const en = edition('en.mdx', read('en'), 'en');

describe('numbers in text', () => {
  it('are read in each language\'s own format', () => {
    expect(numbersIn('63,800 followers, 7.98 billion, 50 130 577 tenge, in 2017', 'en')).toEqual([63800, 7.98, 50130577, 2017]);
    expect(numbersIn('63\u00a0800 оқырман, 7,98 млрд, 50\u00a0130\u00a0577 теңге, 2017 жылы', 'comma')).toEqual([63800, 7.98, 50130577, 2017]);
  });
  it('ignore citation markers', () => {
    expect(numbersIn('Datareportal [1] estimates 59%', 'en')).toEqual([59]);
  });
});

describe('parity of editions', () => {
  it('passes for the real Kazakh and Russian editions', () => {
    for (const lang of ['kk', 'ru']) expect(compareEditions(en, edition(`${lang}.mdx`, read(lang), 'comma'))).toEqual([]);
  });

  it('fails when an edition drops a section, naming the edition and the section', () => {
    const broken = read('ru').replace(/### 3\.2 [^\n]*\n/, '');
    const problems = compareEditions(en, edition('ru.mdx', broken, 'comma'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.file).toBe('ru.mdx');
    expect(problems.map((p) => p.message).join('\n')).toMatch(/missing sec-3-2/);
  });

  it('fails when a number is changed', () => {
    const broken = read('kk').replace('11,75', '11,57');
    const problems = compareEditions(en, edition('kk.mdx', broken, 'comma'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'kk.mdx', field: 'sec-3-2' });
    expect(problems[0]!.message).toMatch(/11\.75/);
  });

  it('fails when a citation marker is dropped', () => {
    const broken = read('ru').replace(' [7]', '');
    const problems = compareEditions(en, edition('ru.mdx', broken, 'comma'));
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([expect.stringMatching(/^sec-4-2: citation markers \[\]; the original has \[7\]/)]);
  });

  it('fails when a table or figure is missing from a section', () => {
    const broken = read('kk').replace('<Figure id="fig-audiences" />', '');
    const problems = compareEditions(en, edition('kk.mdx', broken, 'comma'));
    expect(problems[0]).toMatchObject({ field: 'sec-3-3' });
    expect(problems[0]!.message).toMatch(/fig-audiences/);
  });
});
