/** HTTP status classifications shared by the fetcher and the orchestrator. */

/**
 * True for 410 Gone. The orchestrator marks a source gone only after a few consecutive 410s (DESIGN §6: "a 410
 * confirmed on a few fetches"), because a misconfigured server can answer 410 for an afternoon.
 */
export function isGoneStatus(status: number | null | undefined): boolean {
  return status === 410;
}

/** Statuses whose Retry-After we honour (RFC 9110 §10.2.3, RFC 6585 §4). */
export function isRetryAfterStatus(status: number): boolean {
  return status === 429 || status === 503;
}

/**
 * True when trying the same request later may succeed: 408, 425, 429 and every 5xx. Other 4xx are the client's
 * (our) problem or a removed resource, and retrying soon is pointless.
 */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** Redirect statuses we follow (RFC 9110 §15.4); 300 and 304 are not redirects to follow, 305/306 are obsolete. */
export function isFollowedRedirectStatus(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
