/** Static paging: the first page lives at the base URL, the others at `<base>page/<n>/`. */
export const PAGE_SIZE = 100;

export interface PageSlice<T> {
  items: T[];
  /** 1-based. */
  current: number;
  total: number;
}

/** Splits a list into pages of {@link PAGE_SIZE}; an empty list still gives one (empty) page. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): PageSlice<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const pages: PageSlice<T>[] = [];
  for (let index = 0; index < total; index++) {
    pages.push({ items: items.slice(index * size, (index + 1) * size), current: index + 1, total });
  }
  return pages;
}

/** The URL of page `n` under `base` (which ends with `/`). */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** The `[...page]` rest parameter for page `n`: undefined for the first page. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}
