/**
 * Feed dates → UTC ISO 8601, strictly. V8's Date rolls "Feb 31" over to 2 March and reads year 0001 as 2001
 * (LIBRARIES.md); dates are evidence here, so every field is validated and an impossible date gives null.
 */

export interface ParsedFeedDate {
  /** UTC ISO 8601 (`2021-01-09T23:59:00.000Z`), or null when the string is not a valid date. */
  iso: string | null;
  raw: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** RFC 822 §5.1 and RFC 1123 zone names, plus a few that real feeds send. Minutes east of UTC. */
const NAMED_ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  ast: -240,
  adt: -180,
  nst: -210,
  ndt: -150,
  ist: 330,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  acst: 570,
  awst: 480,
  nzst: 720,
  nzdt: 780,
  msk: 180,
};

/** Oldest and newest years we accept: news feeds do not predate 1900, and year 0001 is a bug, not a date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Builds the instant from validated fields; null when any field is out of range. */
function buildIso(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
  offsetMinutes: number,
): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  // A leap second (:60) is real in UTC; Date cannot hold it, so it is read as :59.
  if (second < 0 || second > 60) return null;
  if (Math.abs(offsetMinutes) > 18 * 60) return null;
  const epoch =
    Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millisecond) - offsetMinutes * 60_000;
  return new Date(epoch).toISOString();
}

/** Two-digit years (RFC 822): 00–49 are 20xx, 50–99 are 19xx, as RFC 2822 §4.3 says. */
function expandYear(yearText: string): number {
  const year = Number(yearText);
  if (yearText.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (yearText.length === 3) return 1900 + year;
  return year;
}

/** A zone as minutes east of UTC: `+0100`, `-05:00`, `GMT`, `EST`, military letters; null when unknown. */
function parseZone(zoneText: string | undefined): number | null {
  if (zoneText === undefined || zoneText === '') return 0;
  const zone = zoneText.trim();
  const numeric = /^(?:(?:gmt|utc|ut)\s*)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (numeric) {
    const hours = Number(numeric[2]);
    const minutes = Number(numeric[3] ?? '0');
    if (minutes > 59) return null;
    return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const named = NAMED_ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  // RFC 822 military zones: RFC 1123 §5.2.14 says their signs were defined backwards, so only Z is trusted; others
  // are read as UTC, which is what RFC 1123 recommends.
  if (/^[a-ik-y]$/i.test(zone)) return 0;
  return null;
}

/** RFC 822 / 1123 / 2822: `Sat, 09 Jan 2021 23:59:00 +0000`, with optional weekday, seconds and zone. */
const RFC_822_PATTERN =
  /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:([ap])\.?m\.?)?)?\s*(\(?[a-z]{1,5}\)?|(?:gmt|utc|ut)?\s*[+-]\d{1,2}:?\d{2}?)?(?:\s*\([^)]*\))?$/i;

/** The US order some feeds use: `Sat, Jan 09 2021 23:59:00 GMT`. */
const MONTH_FIRST_PATTERN =
  /^(?:[a-z]{2,9},?\s*)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,5}|(?:gmt|utc)?[+-]\d{2}:?\d{2})?(?:\s*\([^)]*\))?$/i;

/** ISO 8601 / RFC 3339 / W3C-DTF, extended and basic: `2021-01-09T23:59:00Z`, `2021-01-09`, `20210109T235900Z`. */
const ISO_8601_PATTERN =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

function monthFromName(name: string): number | null {
  const key = name.toLowerCase();
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)] ?? null;
}

function parseRfc822(text: string): string | null | undefined {
  const match = RFC_822_PATTERN.exec(text);
  if (!match) return undefined;
  const month = monthFromName(match[2] ?? '');
  if (month === null) return undefined;
  let hour = Number(match[4] ?? '0');
  const meridiem = match[7]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  const offset = parseZone(match[8]?.replace(/[()]/g, ''));
  if (offset === null) return null;
  return buildIso(
    expandYear(match[3] ?? ''),
    month,
    Number(match[1]),
    hour,
    Number(match[5] ?? '0'),
    Number(match[6] ?? '0'),
    0,
    offset,
  );
}

function parseMonthFirst(text: string): string | null | undefined {
  const match = MONTH_FIRST_PATTERN.exec(text);
  if (!match) return undefined;
  const month = monthFromName(match[1] ?? '');
  if (month === null) return undefined;
  const offset = parseZone(match[7]);
  if (offset === null) return null;
  return buildIso(
    Number(match[3]),
    month,
    Number(match[2]),
    Number(match[4] ?? '0'),
    Number(match[5] ?? '0'),
    Number(match[6] ?? '0'),
    0,
    offset,
  );
}

function parseIso8601(text: string): string | null | undefined {
  const match = ISO_8601_PATTERN.exec(text);
  if (!match) return undefined;
  const fraction = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0;
  const offset = parseZone(match[8]);
  if (offset === null) return null;
  return buildIso(
    Number(match[1]),
    Number(match[2] ?? '1'),
    Number(match[3] ?? '1'),
    Number(match[4] ?? '0'),
    Number(match[5] ?? '0'),
    Number(match[6] ?? '0'),
    fraction,
    offset,
  );
}

/**
 * Parses a feed date strictly: RFC 822/1123/2822 (named zones, two-digit years), ISO 8601/RFC 3339/W3C-DTF (extended
 * and basic), and the month-first form. A date without a zone is read as UTC. Every field is range-checked, so
 * "31 Feb", "25:00" and year 0001 give `iso: null` instead of a rolled-over date.
 */
export function parseFeedDate(raw: string): ParsedFeedDate {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return { iso: null, raw };
  for (const parser of [parseIso8601, parseRfc822, parseMonthFirst]) {
    const iso = parser(text);
    if (iso !== undefined) return { iso, raw };
  }
  return { iso: null, raw };
}
