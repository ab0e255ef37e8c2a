/**
 * Retry-After (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date. A 429 or 503 carries it; the fetcher only
 * reports it (capped at maxWaitMs) and never sleeps on it: the orchestrator writes next_fetch_at instead, so that a
 * hostile `Retry-After: 999999999` cannot park a run.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_PATTERN = MONTHS.join('|');

// The three HTTP-date forms of RFC 9110 §5.6.7, written out because Date.parse accepts almost anything ("2", "soon 1").
const IMF_FIXDATE = new RegExp(
  `^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) (${MONTH_PATTERN}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$`,
);
const RFC850_DATE = new RegExp(
  `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-(${MONTH_PATTERN})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$`,
);
const ASCTIME_DATE = new RegExp(
  `^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (${MONTH_PATTERN}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$`,
);

function utcMillis(
  year: number,
  monthName: string,
  day: number,
  hour: number,
  minute: number,
  second: number,
) {
  const month = MONTHS.indexOf(monthName);
  if (month < 0 || hour > 23 || minute > 59 || second > 60) return null;
  const millis = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  // Date.UTC rolls 31 Feb over into March; a date that does not round-trip is invalid, not "close enough".
  const check = new Date(millis);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day)
    return null;
  return millis;
}

/**
 * Parses an HTTP-date in any of its three forms into epoch milliseconds.
 * @returns epoch milliseconds, or null when the text is not a valid HTTP-date.
 */
export function parseHttpDate(text: string): number | null {
  const value = text.trim();
  let match = IMF_FIXDATE.exec(value);
  if (match !== null) {
    const [, day, month, year, hour, minute, second] = match;
    return utcMillis(Number(year), month!, Number(day), Number(hour), Number(minute), Number(second));
  }
  match = RFC850_DATE.exec(value);
  if (match !== null) {
    const [, day, month, shortYear, hour, minute, second] = match;
    // RFC 9110: a two-digit year more than 50 years in the future is read as the past century; we simply pivot at 70.
    const twoDigits = Number(shortYear);
    const year = twoDigits >= 70 ? 1900 + twoDigits : 2000 + twoDigits;
    return utcMillis(year, month!, Number(day), Number(hour), Number(minute), Number(second));
  }
  match = ASCTIME_DATE.exec(value);
  if (match !== null) {
    const [, month, day, hour, minute, second, year] = match;
    return utcMillis(Number(year), month!, Number(day!.trim()), Number(hour), Number(minute), Number(second));
  }
  return null;
}

/**
 * Turns a Retry-After header value into a wait in milliseconds.
 * Delay-seconds (`120`) count from now; an HTTP-date counts from `nowMs` (a date in the past means 0).
 * The result is capped at `maxWaitMs`.
 * @returns milliseconds to wait, or null when the header is absent or not a valid Retry-After (garbage, negative,
 *   fractional seconds).
 */
export function parseRetryAfter(
  headerValue: string | null | undefined,
  nowMs: number,
  maxWaitMs: number,
): number | null {
  if (headerValue === null || headerValue === undefined) return null;
  const value = headerValue.trim();
  if (value === '') return null;
  if (/^\d+$/.test(value)) {
    const seconds = Number(value);
    // Huge digit strings become Infinity or lose precision; the cap makes either harmless.
    return Math.min(seconds * 1000, maxWaitMs);
  }
  const dateMs = parseHttpDate(value);
  if (dateMs === null) return null;
  return Math.min(Math.max(0, dateMs - nowMs), maxWaitMs);
}
