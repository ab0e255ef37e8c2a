import type { Entity } from './schema.ts';

/**
 * The name an entity carried on a date: `x` is "Twitter" until 2023-07-23 and "X" after; `meta` is "Facebook, Inc."
 * until 2021-10-28. `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or a longer ISO string, cut to the day); a partial date
 * that overlaps a rename's last period gets the earlier name. Without a date, the current name.
 */
export function nameOfEntityAt(
  entity: Pick<Entity, 'name' | 'names'>,
  date: string | null | undefined,
): string {
  if (!date || !entity.names || entity.names.length === 0) return entity.name;
  const day = date.slice(0, 10);
  const earlierNames = [...entity.names].sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : 0));
  for (const earlier of earlierNames) {
    // Compare on the shorter of the two precisions: "2023" is not after "2023-07-23", so it still reads "Twitter".
    const length = Math.min(day.length, earlier.until.length);
    if (day.slice(0, length) <= earlier.until.slice(0, length)) return earlier.name;
  }
  return entity.name;
}
