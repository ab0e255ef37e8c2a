import type { DatePrecision } from './taxonomy.ts';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, validated without rolling over (Feb 31 is an error, not 2 March). */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision a partial date string carries, or null when it is not a valid calendar date. */
export function precisionOfPartialDate(value: string): DatePrecision | null {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1900 || year > 2100) return null;
  if (match[2] === undefined) return 'year';
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return 'month';
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return 'day';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidPartialDate(value: string): boolean {
  return precisionOfPartialDate(value) !== null;
}

/** English month names, January first: for display (src/site) and for the English lexicon's capitalised date words. */
export const ENGLISH_MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
