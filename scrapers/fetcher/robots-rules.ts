/**
 * robots.txt per RFC 9309 (https://www.rfc-editor.org/rfc/rfc9309), pure: parse the text, pick the group for our
 * product token, match a path. Small enough to write here, and the rules that matter are pinned by unit tests:
 * - the groups whose user-agent matches our product token case-insensitively are merged; only when there is none do
 *   the `*` groups apply (§2.2.1);
 * - the longest matching rule wins, and Allow wins a tie (§2.2.2);
 * - `*` matches any run of characters, `$` at the end anchors the pattern (§2.2.3);
 * - an empty Disallow matches nothing; /robots.txt itself is always allowed (§2.2.2).
 */

export interface RobotsRule {
  allow: boolean;
  /** The pattern with its percent-encoding normalised (see normalisePercentEncoding). */
  pattern: string;
}

export interface RobotsGroup {
  userAgents: string[];
  rules: RobotsRule[];
}

/** The rules that apply to one crawler; `rules: []` allows everything. */
export interface RobotsPolicy {
  rules: RobotsRule[];
}

/** RFC 9309 §2.2.2 says to parse at least 500 KiB; what lies beyond may be ignored. */
export const ROBOTS_MAX_BYTES = 512 * 1024;

/**
 * Normalises a path or pattern so that the two compare byte for byte: characters outside printable ASCII are
 * UTF-8 percent-encoded, and percent-escapes get upper-case hex digits (RFC 3986 §6.2.2.1). Escapes of unreserved
 * characters are decoded (`%7E` → `~`), as WHATWG URL leaves them as written.
 */
export function normalisePercentEncoding(text: string): string {
  let out = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code <= 0x20 || code >= 0x7f) out += encodeURIComponent(character);
    else out += character;
  }
  return out.replace(/%([0-9a-fA-F]{2})/g, (_escape, hex: string) => {
    const value = Number.parseInt(hex, 16);
    const decoded = String.fromCharCode(value);
    return /[A-Za-z0-9\-._~]/.test(decoded) ? decoded : `%${hex.toUpperCase()}`;
  });
}

/** Parses robots.txt into its groups. Lines it does not understand (sitemap, crawl-delay, garbage) are skipped. */
export function parseRobotsTxt(text: string): RobotsGroup[] {
  const groups: RobotsGroup[] = [];
  let current: RobotsGroup | null = null;
  // A user-agent line right after another one extends the same group; after a rule, it starts a new one.
  let lastLineWasUserAgent = false;
  const body = text.length > ROBOTS_MAX_BYTES ? text.slice(0, ROBOTS_MAX_BYTES) : text;
  for (const rawLine of body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent' || key === 'useragent' || key === 'user agent') {
      if (current === null || !lastLineWasUserAgent) {
        current = { userAgents: [], rules: [] };
        groups.push(current);
      }
      current.userAgents.push(value.toLowerCase());
      lastLineWasUserAgent = true;
      continue;
    }
    if (key === 'allow' || key === 'disallow') {
      lastLineWasUserAgent = false;
      // Rules before any user-agent line belong to no group (RFC 9309 §2.1).
      if (current === null) continue;
      // An empty Disallow means "nothing is disallowed"; an empty Allow matches nothing either.
      if (value === '') continue;
      current.rules.push({ allow: key === 'allow', pattern: normalisePercentEncoding(value) });
      continue;
    }
    // Other records (sitemap, crawl-delay, host) do not end the user-agent run for our purpose, but they are not
    // rules either.
    lastLineWasUserAgent = false;
  }
  return groups;
}

/**
 * The rules for `productToken` (e.g. `WhoBannedWhom`): the merged groups naming it, else the merged `*` groups, else
 * none. A user-agent value matches when its product token (up to the first `/` or space) equals ours, ignoring case.
 */
export function selectRobotsPolicy(groups: readonly RobotsGroup[], productToken: string): RobotsPolicy {
  const token = productToken.toLowerCase();
  const tokenOf = (userAgent: string) => userAgent.split(/[/\s]/)[0] ?? '';
  const ours = groups.filter((group) => group.userAgents.some((userAgent) => tokenOf(userAgent) === token));
  const chosen = ours.length > 0 ? ours : groups.filter((group) => group.userAgents.includes('*'));
  return { rules: chosen.flatMap((group) => group.rules) };
}

/**
 * Matches a robots pattern against a path: `*` is any run of characters, a final `$` anchors the end, otherwise the
 * pattern is a prefix. Written as the two-pointer wildcard match (one backtrack point) rather than a RegExp, because
 * a hostile robots.txt with `*a*a*a*a…` would make a backtracking RegExp run for minutes.
 */
export function matchesRobotsPattern(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const core = anchored ? pattern.slice(0, -1) : `${pattern}*`;
  let patternIndex = 0;
  let pathIndex = 0;
  let starIndex = -1;
  let pathIndexAtStar = 0;
  while (pathIndex < path.length) {
    if (patternIndex < core.length && core[patternIndex] !== '*' && core[patternIndex] === path[pathIndex]) {
      patternIndex += 1;
      pathIndex += 1;
    } else if (patternIndex < core.length && core[patternIndex] === '*') {
      starIndex = patternIndex;
      pathIndexAtStar = pathIndex;
      patternIndex += 1;
    } else if (starIndex >= 0) {
      patternIndex = starIndex + 1;
      pathIndexAtStar += 1;
      pathIndex = pathIndexAtStar;
    } else {
      return false;
    }
  }
  while (patternIndex < core.length && core[patternIndex] === '*') patternIndex += 1;
  return patternIndex === core.length;
}

/**
 * Decides whether `pathWithQuery` (the URL's path and query, e.g. `/news?page=2`) may be fetched under `policy`.
 * The longest matching pattern wins (length in octets of the pattern as written, RFC 9309 §2.2.2); Allow wins a tie.
 */
export function isPathAllowedByRobots(policy: RobotsPolicy, pathWithQuery: string): boolean {
  const path = normalisePercentEncoding(pathWithQuery === '' ? '/' : pathWithQuery);
  if (path === '/robots.txt') return true;
  let bestLength = -1;
  let bestAllow = true;
  for (const rule of policy.rules) {
    if (!matchesRobotsPattern(rule.pattern, path)) continue;
    const length = rule.pattern.length;
    if (length > bestLength || (length === bestLength && rule.allow)) {
      bestLength = length;
      bestAllow = rule.allow;
    }
  }
  return bestAllow;
}
