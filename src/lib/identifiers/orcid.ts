/**
 * ORCID iDs are stored bare (`0000-0002-1825-0097`) and checked with ISO 7064 MOD 11-2.
 * Input may be a bare iD or an orcid.org URL.
 */
export function normalizeOrcid(input: string): string | null {
  const bare = input.trim().replace(/^https?:\/\/orcid\.org\//i, '').toUpperCase();
  if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(bare)) return null;
  const digits = bare.replace(/-/g, '');
  let total = 0;
  for (const ch of digits.slice(0, 15)) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  const expected = result === 10 ? 'X' : String(result);
  return digits[15] === expected ? bare : null;
}

/** The public URL of a bare ORCID iD. */
export function orcidUrl(orcid: string): string {
  return `https://orcid.org/${orcid}`;
}
