/** ISSNs are stored as `NNNN-NNNC` with a valid ISO 3297 check digit (C may be X). */
export function normalizeIssn(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/[\s-]/g, '');
  if (!/^\d{7}[\dX]$/.test(compact)) return null;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(compact[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  const expected = check === 10 ? 'X' : String(check);
  if (compact[7] !== expected) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}
