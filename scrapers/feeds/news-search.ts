/**
 * Publisher names in news-search feeds. Google News, Bing News and GDELT link to themselves or to the article, and name
 * the publisher either in `<source url="…">` (Google News) or as a title suffix "Headline - Publisher".
 */

/** Hosts whose feeds are news searches: their item titles end with " - Publisher". */
const NEWS_SEARCH_HOST_PATTERN = /(?:^|\.)(?:news\.google\.com|bing\.com|gdeltproject\.org)$/i;

/** True when the feed comes from a news-search service. */
export function isNewsSearchFeed(feedUrl: string | null, feedLink: string | null): boolean {
  for (const candidate of [feedUrl, feedLink]) {
    if (!candidate) continue;
    try {
      if (NEWS_SEARCH_HOST_PATTERN.test(new URL(candidate).hostname)) return true;
    } catch {
      // Not a URL: not a news search.
    }
  }
  return false;
}

/**
 * Splits "Headline - Publisher" into its parts. When `knownPublisher` is given, only that exact suffix is removed;
 * otherwise the last " - " (or " – ", " | ") separates a publisher of at most 60 characters.
 * @returns the title without the suffix and the publisher, or the title unchanged and null.
 */
export function splitPublisherSuffix(
  title: string,
  knownPublisher: string | null,
): { title: string; publisher: string | null } {
  if (knownPublisher) {
    for (const separator of [' - ', ' – ', ' — ', ' | ']) {
      const suffix = `${separator}${knownPublisher}`;
      if (title.endsWith(suffix) && title.length > suffix.length)
        return { title: title.slice(0, -suffix.length), publisher: knownPublisher };
    }
    return { title, publisher: knownPublisher };
  }
  const match = /^(.*\S)\s+[-–—|]\s+([^-–—|]{2,60})$/.exec(title);
  if (!match?.[1] || !match[2]) return { title, publisher: null };
  return { title: match[1], publisher: match[2].trim() };
}
