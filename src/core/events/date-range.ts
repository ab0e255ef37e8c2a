import { daysInMonth, precisionOfPartialDate } from '../dates.ts';
import type { DatePrecision } from '../taxonomy.ts';

/** A partial date as the closed range of days it covers, in days since 1970-01-01 (UTC). */
export interface DayRange {
  start: number;
  end: number;
  precision: DatePrecision;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar day (no roll-over: callers pass validated dates). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** `YYYY-MM-DD` of a day number. */
export function formatDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The days a partial date covers: one day, a month or a year. Null for a missing or invalid date.
 * `2021-01` → 1–31 January 2021.
 */
export function rangeOfPartialDate(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  const precision = precisionOfPartialDate(value);
  if (precision === null) return null;
  const year = Number(value.slice(0, 4));
  if (precision === 'year') return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision };
  const month = Number(value.slice(5, 7));
  if (precision === 'month') {
    return {
      start: dayNumber(year, month, 1),
      end: dayNumber(year, month, daysInMonth(year, month)),
      precision,
    };
  }
  const day = dayNumber(year, month, Number(value.slice(8, 10)));
  return { start: day, end: day, precision };
}

/** The day of a UTC ISO 8601 time stamp or date, as a day number; null when absent or unreadable. */
export function dayOfTimestamp(value: string | null | undefined): number | null {
  if (!value) return null;
  const range = rangeOfPartialDate(value.slice(0, 10));
  return range && range.precision === 'day' ? range.start : null;
}

/** Rank of a precision, finer first: day 0, month 1, year 2. */
export function precisionRank(precision: DatePrecision | null): number {
  return precision === 'day' ? 0 : precision === 'month' ? 1 : precision === 'year' ? 2 : 3;
}
