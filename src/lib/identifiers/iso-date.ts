/**
 * ISO dates (YYYY, YYYY-MM, YYYY-MM-DD, as the schemas keep them) split into numbers once;
 * every output reads the parts instead of splitting the string again.
 */
export interface DateParts {
  /** The ISO text as the content wrote it (after schema normalisation). */
  iso: string;
  year: number;
  month?: number;
  day?: number;
}

/** The parts of an ISO date of any precision. @example dateParts('2022-03') → { iso: '2022-03', year: 2022, month: 3 } */
export function dateParts(iso: string): DateParts {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  return { iso, year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}

/** A two-digit month or day, as XML and RIS write them. */
export const pad2 = (n: number) => String(n).padStart(2, '0');

/** The start of the period as a JS Date in UTC (January 1st for a year, the 1st for a month). */
export function dateStart(p: DateParts): Date {
  return new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
}

/** The start of the period as an RFC 3339 timestamp (Atom), in UTC. */
export function rfc3339(p: DateParts): string {
  return `${p.year}-${pad2(p.month ?? 1)}-${pad2(p.day ?? 1)}T00:00:00Z`;
}
