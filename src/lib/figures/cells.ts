/**
 * One data cell, from the file's text to the value a chart plots: the column's declared type
 * decides. Dates and date-times are ISO 8601 and become UTC timestamps (milliseconds), so a
 * chart draws the same day on every machine and in every reader's time zone; a date that is
 * not on the calendar ("2020-13-45") or not a date ("next year") is a located error.
 */
import { ContentError } from '../content/problems.ts';
import type { FigureColumn } from '../../schemas/figure.ts';
import type { Cell } from './data.ts';

export interface Where {
  file: string;
  line?: number;
  field: string;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^[-+]?\d+$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Is `text` a plain decimal number (what a number column accepts)? */
export const isPlainNumber = (text: string): boolean => NUMBER.test(text) && Number.isFinite(Number(text));

const fail = (where: Where, message: string): never => {
  throw new ContentError({ ...where, message });
};

/** A calendar date's UTC timestamp, or null when the day does not exist (2021-02-29). */
function utcDay(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t : null;
}

/** An ISO 8601 date (`2020`, `2020-03`, `2020-03-15`) → UTC midnight of its first day. */
export function parseIsoDate(text: string): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const t = utcDay(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1));
  return t !== null && new Date(t).getUTCFullYear() >= 1 ? t : null;
}

/** An ISO 8601 date-time; without an offset it is read as UTC. */
export function parseIsoDateTime(text: string): number | null {
  const m = DATETIME.exec(text);
  if (!m) return null;
  const day = utcDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (day === null || h > 23 || min > 59 || s > 59) return null;
  let offset = 0;
  if (m[8] && m[8] !== 'Z') {
    const o = /^([+-])(\d{2}):?(\d{2})$/.exec(m[8])!;
    if (Number(o[2]) > 14 || Number(o[3]) > 59) return null;
    offset = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) * 60_000;
  }
  return day + ((h * 60 + min) * 60 + s) * 1000 + Math.round(Number(m[7] ?? 0) * 1000) - offset;
}

/** The value of one trimmed cell of a column; '' is a missing value (null). */
export function readCell(raw: string, col: FigureColumn, where: Where): Cell {
  if (raw === '') return null;
  switch (col.type) {
    case 'string':
      return raw;
    case 'number':
      if (!isPlainNumber(raw)) fail(where, `expected a number (digits, a decimal point, no thousands separators), got "${raw}"`);
      return Number(raw);
    case 'integer':
      if (!INTEGER.test(raw) || !Number.isSafeInteger(Number(raw))) fail(where, `expected a whole number (digits only), got "${raw}"`);
      return Number(raw);
    case 'date':
      return parseIsoDate(raw) ?? fail(where, `expected an ISO 8601 date on the calendar (YYYY, YYYY-MM or YYYY-MM-DD), got "${raw}"`);
    case 'datetime':
      return parseIsoDateTime(raw) ?? fail(where, `expected an ISO 8601 date and time (YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]), got "${raw}"`);
  }
}

/** A JSON value of a record → the same cell text a CSV would have held, then read as above. */
export function jsonCellText(value: unknown, where: Where): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return fail(where, `expected a string, a number or null, got ${Array.isArray(value) ? 'an array' : typeof value}`);
}
