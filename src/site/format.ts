import { ENGLISH_MONTH_NAMES } from '../core/dates.ts';
import type { DatePrecision } from '../core/taxonomy.ts';

/**
 * Display helpers for dates at their precision, durations and the gaps of a cascade. Pure functions: the pages, the
 * feeds and the client script's JSON shards all format dates through here so that they agree.
 */

const MONTHS = ENGLISH_MONTH_NAMES;

/**
 * Formats a partial date at its precision: `2021-01-08` → "8 January 2021", `2021-01` → "January 2021", `2021` → "2021".
 * A null date reads "date unknown"; a string that is not a partial date is shown as it is (it is never parsed loosely).
 */
export function formatPartialDate(date: string | null, precision?: DatePrecision | null): string {
  if (!date) return 'date unknown';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const effective = precision ?? (day ? 'day' : month ? 'month' : 'year');
  if (effective === 'year' || !month) return year!;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (effective === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** `23:59 America/Los_Angeles` → "23:59 (America/Los_Angeles)"; the zone is kept as the source stated it. */
export function formatTime(time: string | null): string | null {
  if (!time) return null;
  const [clock, ...zone] = time.split(' ');
  return zone.length > 0 ? `${clock} (${zone.join(' ')})` : (clock ?? time);
}

/** The first day a partial date covers, as UTC milliseconds; null when there is no usable date. */
export function startOfPartialDate(date: string | null): number | null {
  if (!date) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2] ?? '1') - 1, Number(match[3] ?? '1'));
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (partial dates, first day of each); null when either is missing. */
export function daysBetween(from: string | null, to: string | null): number | null {
  const start = startOfPartialDate(from);
  const end = startOfPartialDate(to);
  if (start === null || end === null) return null;
  return Math.round((end - start) / DAY_MS);
}

/** The gap between two steps of a cascade: "same day", "+1 day", "+12 days". */
export function formatGap(days: number | null): string {
  if (days === null) return '';
  if (days === 0) return 'same day';
  const sign = days > 0 ? '+' : '−';
  const size = Math.abs(days);
  return `${sign}${size} ${size === 1 ? 'day' : 'days'}`;
}

/** How long a cut-off lasted: "1 day", "128 days (about 4 months)", "2 years 3 months"-style hints past a month. */
export function formatDuration(days: number | null): string {
  if (days === null) return 'ongoing';
  if (days < 0) return 'unknown';
  const plain = `${days} ${days === 1 ? 'day' : 'days'}`;
  if (days < 60) return plain;
  if (days < 730) return `${plain} (about ${Math.round(days / 30.44)} months)`;
  return `${plain} (about ${(days / 365.25).toFixed(1)} years)`;
}

/** The year of a partial date, or null. */
export function yearOf(date: string | null): string | null {
  return date && /^\d{4}/.test(date) ? date.slice(0, 4) : null;
}

/** `2021-01-11T08:00:00Z` → "11 January 2021" for source dates; other strings are shown as they are. */
export function formatSourceDate(published: string | null): string {
  if (!published) return 'undated';
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(published)?.[1];
  return day ? formatPartialDate(day, 'day') : formatPartialDate(published);
}
