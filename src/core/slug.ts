/**
 * A slug is the name folded to ASCII (NFKD, marks dropped), lower case, runs of other characters turned into one `-`
 * (DESIGN §3). `slugify('Daily Stormer') === 'daily-stormer'`, `slugify('Telegram Brasil!') === 'telegram-brasil'`.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when the string is already a slug as {@link slugify} makes them. */
export function isSlug(value: string): boolean {
  return value.length > 0 && slugify(value) === value;
}
