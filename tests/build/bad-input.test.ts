/**
 * Broken content trees, each a copy of the fixture journal with one thing wrong. The build
 * must stop with a non-zero exit, name the file (and field or line), and leave the previous
 * output folder exactly as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyTree, fixtureJournal, runBuild, snapshot } from './helpers.ts';

const A = 'articles/fixture-two-affiliations';
const edit = (dir: string, file: string, fn: (s: string) => string) => {
  const p = path.join(dir, file);
  fs.writeFileSync(p, fn(fs.readFileSync(p, 'utf8')));
};

interface Case {
  name: string;
  mutate: (dir: string) => void;
  /** What the message must name: the file, and the field or line. */
  expect: RegExp[];
}

const cases: Case[] = [
  { name: 'YAML that does not parse', mutate: (d) => edit(d, 'journal.yaml', (s) => s.replace('doiPrefix: "10.5555"', 'doiPrefix: [unclosed')), expect: [/journal\.yaml:\d+/, /invalid YAML/] },
  { name: 'a required field missing from article metadata', mutate: (d) => edit(d, `${A}/article.yaml`, (s) => s.replace(/^doi: .*$/m, '')), expect: [/fixture-two-affiliations\/article\.yaml/, /\[doi\]/] },
  { name: 'a DOI that is not a DOI', mutate: (d) => edit(d, `${A}/article.yaml`, (s) => s.replace('10.5555/fixture-two-affiliations', '10.55/broken')), expect: [/article\.yaml:2 \[doi\]/, /expected a DOI/] },
  { name: 'an ORCID with a wrong check digit', mutate: (d) => edit(d, `${A}/article.yaml`, (s) => s.replace('0000-0002-1825-0097', '0000-0002-1825-0098')), expect: [/article\.yaml:\d+ \[authors\.0\.orcid\]/, /checksum/] },
  { name: 'an ISSN with a wrong check digit', mutate: (d) => edit(d, 'journal.yaml', (s) => `${s}issn:\n  - value: "2616-7175"\n`), expect: [/journal\.yaml:\d+ \[issn\.0\.value\]/, /check digit/] },
  { name: 'an unknown affiliation id', mutate: (d) => edit(d, `${A}/article.yaml`, (s) => s.replace('affiliations: [uni-b]', 'affiliations: [uni-x]')), expect: [/article\.yaml:\d+ \[authors\.1\.affiliations\.0\]/, /unknown affiliation id "uni-x"/] },
  { name: 'a corresponding author without an e-mail', mutate: (d) => edit(d, `${A}/article.yaml`, (s) => s.replace('    email: test@example.org\n', '')), expect: [/\[authors\.0\.email\]/, /corresponding author needs an e-mail/] },
  { name: 'a duplicate DOI', mutate: (d) => edit(d, 'articles/fixture-no-kk/article.yaml', (s) => s.replace('10.5555/fixture-no-kk', '10.5555/fixture-two-affiliations')), expect: [/article\.yaml \[doi\]/, /duplicate DOI 10\.5555\/fixture-two-affiliations/] },
  { name: 'a duplicate slug differing only in case', mutate: (d) => fs.cpSync(path.join(d, 'articles/fixture-archive'), path.join(d, 'articles/Fixture-Archive'), { recursive: true }), expect: [/articles\/(F|f)ixture-(A|a)rchive/, /duplicate slug|lower-case/] },
  { name: 'an unknown issue', mutate: (d) => edit(d, `${A}/article.yaml`, (s) => s.replace('issue: 2024-2', 'issue: 2031-9')), expect: [/article\.yaml \[issue\]/, /unknown issue "2031-9"/] },
  { name: 'a citation marker without a reference', mutate: (d) => edit(d, `${A}/en.mdx`, (s) => s.replace('citation [1]', 'citation [4]')), expect: [/en\.mdx:\d+/, /citation \[4\] has no reference/] },
  { name: 'a figure referenced but missing', mutate: (d) => edit(d, `${A}/en.mdx`, (s) => `${s}\n<Figure id="fig-missing" />\n`), expect: [/en\.mdx:\d+/, /figure "fig-missing" is referenced but figures\/fig-missing\.json does not exist/] },
  { name: 'MDX that does not parse', mutate: (d) => edit(d, `${A}/en.mdx`, (s) => s.replace('Another test paragraph', '<DataTable id="t">\n\nAnother test paragraph')), expect: [/en\.mdx:\d+/, /MDX syntax/] },
  { name: 'a language edition missing its abstract', mutate: (d) => edit(d, `${A}/kk.mdx`, (s) => s.replace(/^abstract: .*$/m, '')), expect: [/kk\.mdx:\d+ \[abstract\]/] },
  { name: 'a translation that drops a section', mutate: (d) => edit(d, `${A}/ru.mdx`, (s) => s.replace('## 2. Второй раздел', 'Второй раздел')), expect: [/ru\.mdx/, /missing sec-2/] },
  { name: 'a translation that changes a number', mutate: (d) => edit(d, `${A}/ru.mdx`, (s) => s.replace('12,5', '12,6')), expect: [/ru\.mdx:\d+ \[sec-1\]/, /numbers missing.*12\.5/] },
  { name: 'an unnumbered section heading', mutate: (d) => edit(d, `${A}/en.mdx`, (s) => s.replace('## 1. First section', '## First section')), expect: [/en\.mdx:\d+/, /must start with its number/] },
  { name: 'a missing original edition', mutate: (d) => fs.rmSync(path.join(d, 'articles/fixture-archive/en.mdx')), expect: [/fixture-archive\/article\.yaml \[originalLanguage\]/, /en\.mdx is missing/] },
  { name: 'last page before first page', mutate: (d) => edit(d, `${A}/article.yaml`, (s) => s.replace('last: 10', 'last: 0')), expect: [/\[pages\.last\]/] },
];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-bad-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('a broken content tree stops the build and leaves the previous output untouched', () => {
  it('has at least 15 distinct broken trees', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThanOrEqual(15);
  });

  for (const c of cases) {
    it(`stops on ${c.name}`, () => {
      const content = copyTree(fixtureJournal);
      c.mutate(content);
      const out = path.join(tmp, c.name.replace(/\W+/g, '-'));
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(path.join(out, 'index.html'), '<p>previous build</p>');
      const before = snapshot(out);
      const r = runBuild(content, out);
      expect(r.status, r.output).not.toBe(0);
      for (const re of c.expect) expect(r.output).toMatch(re);
      expect(snapshot(out)).toEqual(before);
      expect(fs.readdirSync(tmp).filter((f) => f.includes('.tmp-'))).toEqual([]);
      fs.rmSync(content, { recursive: true, force: true });
    });
  }
});
