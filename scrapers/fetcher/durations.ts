/**
 * Parsers for the human-friendly sizes and durations of data/sources.yaml `politeness` (DESIGN §3):
 * `per_origin_delay: 1s`, `timeout: 20s`, `max_body: 15MiB`, `max_wait: 24h`, and sources' `interval: 30m`.
 * Pure; they return null on anything they do not understand so that the zod schema can name the field.
 */

const DURATION_UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/**
 * Parses a duration such as `90s`, `30m`, `6h`, `1d`, `250ms`, `1.5h` or a compound `1h30m` into milliseconds.
 * A bare number is not accepted: a unit-less `timeout: 20` is ambiguous and is better reported than guessed.
 * @returns milliseconds, or null when the text is not a duration (empty, negative, unknown unit, garbage).
 */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d|w))+$/.test(trimmed)) return null;
  let totalMs = 0;
  for (const part of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)) {
    const amount = Number(part[1]);
    const unitMs = DURATION_UNIT_MS[part[2] ?? ''];
    if (unitMs === undefined || !Number.isFinite(amount)) return null;
    totalMs += amount * unitMs;
  }
  const rounded = Math.round(totalMs);
  return Number.isSafeInteger(rounded) ? rounded : null;
}

const BYTE_UNIT: Record<string, number> = {
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/**
 * Parses a byte size such as `15MiB`, `512 KiB`, `2MB`, `100B` or a bare `1024` (bytes) into bytes.
 * KB/MB/GB are decimal (SI) and KiB/MiB/GiB binary (IEC), as their names say.
 * @returns bytes (rounded down), or null when the text is not a size.
 */
export function parseByteSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (match === null) return null;
  const amount = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase() || 'b';
  const multiplier = BYTE_UNIT[unit];
  if (multiplier === undefined || !Number.isFinite(amount)) return null;
  const bytes = Math.floor(amount * multiplier);
  return Number.isSafeInteger(bytes) ? bytes : null;
}
