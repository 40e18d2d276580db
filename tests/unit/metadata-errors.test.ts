/**
 * Bad metadata stops the build with a message naming the file and the field: wrong check
 * digits in a DOI, ORCID or ISSN, and required metadata that is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { parseYamlSource, validateYaml } from '../../src/lib/content/yaml-source.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { editionSchema } from '../../src/schemas/edition.ts';
import { journalSchema } from '../../src/schemas/journal.ts';
import type { z } from 'astro/zod';

const content = path.resolve(import.meta.dirname, '../../content');
const read = (rel: string) => parse(fs.readFileSync(path.join(content, rel), 'utf8'));
const ARTICLE = 'content/articles/bloggers-and-the-state/article.yaml';

/** The problems of one YAML document, as the content check prints them. */
function problems(file: string, data: unknown, schema: z.ZodType): string[] {
  const { source } = parseYamlSource(file, stringify(data));
  return validateYaml(source!, schema).problems.map(formatProblem);
}

describe('identifiers with wrong check digits', () => {
  it('reject an ORCID iD and name the author field', () => {
    const a = read('articles/bloggers-and-the-state/article.yaml');
    a.authors[1].orcid = '0000-0002-1825-0098';
    const p = problems(ARTICLE, a, articleSchema);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^error content\/articles\/bloggers-and-the-state\/article\.yaml:\d+ \[authors\.1\.orcid\]: expected an ORCID iD .* valid checksum, got "0000-0002-1825-0098"$/);
  });
  it('reject a DOI that is not one and name the doi field', () => {
    const a = read('articles/bloggers-and-the-state/article.yaml');
    a.doi = '10.32/2616-7174';
    expect(problems(ARTICLE, a, articleSchema)).toEqual([expect.stringMatching(/article\.yaml:\d+ \[doi\]: expected a DOI like 10\.1234\/abc, got "10\.32\/2616-7174"/)]);
  });
  it('reject a reference DOI and name the reference', () => {
    const a = read('articles/bloggers-and-the-state/article.yaml');
    a.references[2].DOI = 'doi:11.1000/x';
    expect(problems(ARTICLE, a, articleSchema)).toEqual([expect.stringMatching(/\[references\.2\.DOI\]: expected a DOI/)]);
  });
  it('reject an ISSN with a wrong check digit and name the journal field', () => {
    const j = read('journal.yaml');
    j.issn[0].value = '2616-7175';
    expect(problems('content/journal.yaml', j, journalSchema)).toEqual([expect.stringMatching(/^error content\/journal\.yaml:\d+ \[issn\.0\.value\]: expected an ISSN NNNN-NNNC with a valid check digit, got "2616-7175"$/)]);
  });
});

describe('missing required metadata', () => {
  it('names each missing field of the article at once', () => {
    const a = read('articles/bloggers-and-the-state/article.yaml');
    delete a.published;
    delete a.pages;
    delete a.authors[0].family;
    const p = problems(ARTICLE, a, articleSchema).join('\n');
    for (const field of ['published', 'pages', 'authors.0.family']) expect(p).toContain(`[${field}]`);
  });
  it('names a missing title, abstract or keyword list of an edition', () => {
    for (const field of ['title', 'abstract', 'keywords']) {
      const fm: Record<string, unknown> = { title: 'T', abstract: 'A', keywords: ['k'] };
      delete fm[field];
      expect(problems('content/articles/x/en.mdx', fm, editionSchema)).toEqual([expect.stringContaining(`[${field}]`)]);
    }
  });
  it('rejects an empty author list and an unknown affiliation', () => {
    const a = read('articles/bloggers-and-the-state/article.yaml');
    a.authors[0].affiliations = ['nowhere'];
    expect(problems(ARTICLE, a, articleSchema)).toEqual([expect.stringMatching(/\[authors\.0\.affiliations\.0\]: unknown affiliation id "nowhere"/)]);
    a.authors = [];
    expect(problems(ARTICLE, a, articleSchema).join('\n')).toContain('[authors]: expected at least one author');
  });
  it('accepts a depositor only with a valid e-mail address', () => {
    const j = read('journal.yaml');
    j.depositor = { name: 'Editorial office', email: 'not-an-address' };
    expect(problems('content/journal.yaml', j, journalSchema)).toEqual([expect.stringContaining('[depositor.email]: expected an e-mail address')]);
  });
});
