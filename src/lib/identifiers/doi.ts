/**
 * DOIs are stored bare and lower-case (`10.1234/abc`), never as URLs, and turned into links
 * only at the edge. Input may be a bare DOI, `doi:` or a doi.org URL.
 *
 * The suffix is held to the characters Crossref recommends and that its own pattern for
 * modern DOIs accepts, `/^10.\d{4,9}\/[-._;()\/:A-Z0-9]+$/i` ("DOIs and matching regular
 * expressions", Crossref blog): letters, digits and `- . _ ; ( ) / :`. Anything else (spaces,
 * braces, quotes, `<`, `&`, `#`, `%`) would need escaping in some format and is refused.
 */
const DOI_RE = /^10\.\d{4,9}\/[-._;()/:a-z0-9]+$/;

/** Normalises a DOI to its bare lower-case form, or returns null when it is not a DOI. */
export function normalizeDoi(input: string): string | null {
  const bare = input
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .toLowerCase();
  return DOI_RE.test(bare) ? bare : null;
}

/** The resolver URL of a bare DOI. @example doiUrl('10.1/x') === 'https://doi.org/10.1/x' */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
