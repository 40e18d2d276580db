import { describe, expect, it } from 'vitest';
import { doiUrl, normalizeDoi } from '../../src/lib/identifiers/doi.ts';
import { normalizeIssn } from '../../src/lib/identifiers/issn.ts';
import { normalizeOrcid } from '../../src/lib/identifiers/orcid.ts';

describe('DOI', () => {
  it('is stored bare and lower-case whatever form it is given in', () => {
    for (const input of ['10.32523/2616-7174-2022-141-4-15-22', 'https://doi.org/10.32523/2616-7174-2022-141-4-15-22', 'doi:10.32523/2616-7174-2022-141-4-15-22'])
      expect(normalizeDoi(input)).toBe('10.32523/2616-7174-2022-141-4-15-22');
    expect(normalizeDoi('10.1000/ABC')).toBe('10.1000/abc');
    expect(doiUrl('10.1000/abc')).toBe('https://doi.org/10.1000/abc');
  });
  it('rejects what is not a DOI', () => {
    for (const bad of ['11.1000/x', '10.12/x', '10.1000', 'doi 10.1000/x y', '']) expect(normalizeDoi(bad)).toBeNull();
  });
});

describe('ISSN', () => {
  it('accepts a valid check digit, including X', () => {
    expect(normalizeIssn('2616-7174')).toBe('2616-7174');
    expect(normalizeIssn('0378-5955')).toBe('0378-5955');
    expect(normalizeIssn('2434-561x')).toBe('2434-561X');
  });
  it('rejects a wrong check digit or shape', () => {
    expect(normalizeIssn('2616-7175')).toBeNull();
    expect(normalizeIssn('2616-717')).toBeNull();
  });
});

describe('ORCID', () => {
  it('accepts valid iDs bare or as URLs', () => {
    expect(normalizeOrcid('0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(normalizeOrcid('https://orcid.org/0000-0001-5109-3700')).toBe('0000-0001-5109-3700');
    expect(normalizeOrcid('0000-0002-1694-233x')).toBe('0000-0002-1694-233X');
  });
  it('rejects a wrong checksum', () => {
    expect(normalizeOrcid('0000-0002-1825-0098')).toBeNull();
  });
});
