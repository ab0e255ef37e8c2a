import type { FetchErrorKind } from '../types.ts';

/** What a {@link FetchError} carries besides its kind and message. */
export interface FetchErrorDetails {
  /** The URL of the hop that failed (after redirects, the last one tried). */
  url: string;
  /** The HTTP status, for `http_status` (and for `robots` when the robots.txt answered 5xx). */
  status?: number;
  /** From Retry-After (429, 503), already capped at maxWaitMs; the fetcher never sleeps on it. */
  retryAfterMs?: number;
  /** True when trying again later may succeed (timeouts, resets, 5xx, 429, robots.txt unreachable). */
  mayBeTransient: boolean;
  cause?: unknown;
}

/**
 * A failed fetch, classified for the source's health and its next_fetch_at (STYLE "Errors": classification and
 * cause on the error; the message starts with the module).
 */
export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  readonly url: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly mayBeTransient: boolean;

  constructor(kind: FetchErrorKind, message: string, details: FetchErrorDetails) {
    super(message.startsWith('fetcher: ') ? message : `fetcher: ${message}`, { cause: details.cause });
    this.name = 'FetchError';
    this.kind = kind;
    this.url = details.url;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.mayBeTransient = details.mayBeTransient;
  }
}

/** True for an error thrown by this module (also across copies of the module, by shape). */
export function isFetchError(error: unknown): error is FetchError {
  return (
    error instanceof FetchError || (error instanceof Error && error.name === 'FetchError' && 'kind' in error)
  );
}
