/**
 * The polite, hardened fetcher (DESIGN §3 `politeness`, `allow_private_hosts`; §6). Every guard lives in its own
 * file; this one wires them in the order a request meets them:
 *   scheme check (url-policy) → IP-literal check (request) → robots.txt (robots-cache) → per-origin slot and delay
 *   (origin-limiter) → the one deadline starts → a kept-alive socket of this fetcher's pool, or a new one opened
 *   through the guarded lookup (guarded-lookup) → status:
 *   redirect (re-check everything for the next hop), 304, error with Retry-After, or body with the decoded-size cap
 *   (body-reader).
 * The fetcher never sleeps on Retry-After or backoff: it reports them, and the orchestrator sets next_fetch_at.
 */
import type { IncomingMessage } from 'node:http';
import type { ConditionalHeaders, FetchOutcome, FetchPolicy } from '../types.ts';
import { computeBackoffMs } from './backoff.ts';
import { readDecodedBody } from './body-reader.ts';
import { createDeadline, type Deadline, raceWithDeadline } from './deadline.ts';
import { FetchError } from './errors.ts';
import { createAllowList, type ResolveHostname, resolveWithSystem } from './guarded-lookup.ts';
import { createOriginLimiter, originOf } from './origin-limiter.ts';
import { assertLiteralHostAllowed, createConnectionPool, sendRequest } from './request.ts';
import { parseRetryAfter } from './retry-after.ts';
import { createRobotsCache, type RobotsFetchResult } from './robots-cache.ts';
import { ROBOTS_MAX_BYTES } from './robots-rules.ts';
import { isFollowedRedirectStatus, isRetryAfterStatus, isTransientStatus } from './status.ts';
import { buildRequestHeaders, parseFetchableUrl, resolveRedirectTarget } from './url-policy.ts';

export { isIpLiteral, isRefusedAddress } from './address-policy.ts';
export { type BackoffOptions, computeBackoffMs } from './backoff.ts';
export { parseByteSize, parseDuration } from './durations.ts';
export { FetchError, isFetchError } from './errors.ts';
export type { ResolvedAddress, ResolveHostname } from './guarded-lookup.ts';
export { originOf } from './origin-limiter.ts';
export { parseHttpDate, parseRetryAfter } from './retry-after.ts';
export { isPathAllowedByRobots, parseRobotsTxt, selectRobotsPolicy } from './robots-rules.ts';
export { isGoneStatus, isTransientStatus } from './status.ts';
export { ACCEPT_HEADER } from './url-policy.ts';

/** The backoff after a first failure, before jitter; doubled per further failure up to maxWaitMs. */
export const DEFAULT_BACKOFF_BASE_MS = 60_000;

/** Injected for tests: the clock, the randomness, the resolver. */
export interface FetcherDeps {
  now?: () => number;
  random?: () => number;
  resolve?: ResolveHostname;
  /** Certificate authorities to trust for https instead of Node's bundle (tests; a private feed server). */
  ca?: string | Buffer;
}

export interface Fetcher {
  /**
   * Fetches `url` (GET), conditionally when `conditional` carries an ETag or a Last-Modified.
   * @returns `ok` with the decoded body, or `not_modified` for a 304.
   * @throws FetchError for every failure: see FetchErrorKind; 429/503 carry retryAfterMs, 4xx/5xx their status.
   */
  fetch(url: string, conditional?: ConditionalHeaders | null): Promise<FetchOutcome>;
  /**
   * The wait before retrying a source after `consecutiveFailures` failures in a row: exponential from `baseMs`
   * (default one minute) with full jitter from deps.random, capped at the policy's maxWaitMs. The fetcher does not
   * wait itself: the orchestrator adds this to now and stores next_fetch_at.
   */
  backoffMs(consecutiveFailures: number, baseMs?: number): number;
  /** Aborts requests in flight, rejects queued ones and closes the kept-alive sockets. */
  close(): void;
}

type HopResult = { kind: 'response'; url: URL; response: IncomingMessage; release: () => void };

function flattenHeaders(response: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** The product token for robots.txt: the User-Agent's first product (`WhoBannedWhom/0.1.0 (+…)` → `WhoBannedWhom`). */
function productTokenOf(userAgent: string): string {
  const token = userAgent.trim().split(/[/\s]/)[0] ?? '';
  return token === '' ? 'WhoBannedWhom' : token;
}

/**
 * Creates a fetcher bound to one politeness policy (shared state: per-origin slots, robots cache).
 * @throws never; every failure surfaces from `fetch` as a FetchError.
 */
export function createFetcher(policy: FetchPolicy, deps: FetcherDeps = {}): Fetcher {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const resolve = deps.resolve ?? resolveWithSystem;
  const allowList = createAllowList(policy.allowPrivateHosts, resolve);
  const limiter = createOriginLimiter({
    concurrency: policy.perOriginConcurrency,
    delayMs: policy.perOriginDelayMs,
    // A monotonic clock, not deps.now: the delay is real time between two requests, and a wall clock that jumps
    // back (or a frozen test clock) would otherwise hold an origin forever.
    now: () => performance.now(),
  });
  const inFlight = new Set<Deadline>();
  // Keep-alive sockets, this fetcher's own: its allow list approved each one when it was opened (request.ts).
  const pool = createConnectionPool();
  let closed = false;

  /**
   * Follows redirects from `startUrl` until a non-redirect response, each hop re-checked; returns it with its origin
   * slot still held (the caller reads the body, then releases).
   */
  async function requestFollowingRedirects(
    startUrl: URL,
    headers: Record<string, string>,
    deadline: Deadline,
    checkRobots: boolean,
  ): Promise<HopResult> {
    let currentUrl = startUrl;
    for (let redirectsFollowed = 0; ; redirectsFollowed += 1) {
      // Guards before any byte leaves, on every hop: the address of a literal host, then robots.txt of this origin.
      await assertLiteralHostAllowed(currentUrl, allowList);
      const origin = originOf(currentUrl);
      // On a redirect hop the deadline already runs: robots.txt of the new origin and its slot race it too.
      if (checkRobots)
        await raceWithDeadline(robots.assertAllowed(currentUrl, origin), deadline, currentUrl.href);
      const slot = limiter.acquire(origin).catch((error: unknown) => {
        throw new FetchError('connection', 'fetcher: closed', {
          url: currentUrl.href,
          mayBeTransient: true,
          cause: error,
        });
      });
      const release = await raceWithDeadline(slot, deadline, currentUrl.href, (lateRelease) => lateRelease());
      // The one deadline over connect, headers and body of the whole chain starts with the first request sent.
      deadline.start();
      let response: IncomingMessage;
      try {
        if (closed)
          throw new FetchError('connection', 'fetcher: closed', {
            url: currentUrl.href,
            mayBeTransient: true,
          });
        response = await sendRequest({
          url: currentUrl,
          headers,
          allowList,
          resolve,
          signal: deadline.signal,
          pool,
          ca: deps.ca,
        });
      } catch (error) {
        release();
        throw error;
      }
      const status = response.statusCode ?? 0;
      if (!isFollowedRedirectStatus(status) || response.headers.location === undefined) {
        return { kind: 'response', url: currentUrl, response, release };
      }
      // A redirect: drop its body, free the slot, and re-check the next hop from scratch.
      response.destroy();
      release();
      if (redirectsFollowed >= policy.maxRedirects) {
        throw new FetchError('too_many_redirects', `fetcher: more than ${policy.maxRedirects} redirects`, {
          url: currentUrl.href,
          mayBeTransient: false,
        });
      }
      currentUrl = resolveRedirectTarget(response.headers.location, currentUrl);
    }
  }

  /** Runs one guarded fetch with its own deadline, tracked so that close() can abort it. */
  async function withDeadline<T>(run: (deadline: Deadline) => Promise<T>): Promise<T> {
    const deadline = createDeadline(policy.timeoutMs);
    inFlight.add(deadline);
    try {
      return await run(deadline);
    } finally {
      inFlight.delete(deadline);
      deadline.clear();
    }
  }

  async function fetchRobotsTxt(robotsUrl: string): Promise<RobotsFetchResult> {
    return withDeadline(async (deadline) => {
      const headers = buildRequestHeaders(policy.userAgent, null, 'text/plain, */*;q=0.5');
      const hop = await requestFollowingRedirects(
        parseFetchableUrl(robotsUrl),
        headers,
        deadline,
        false,
      ).catch((error: unknown) => {
        // RFC 9309 §2.3.1.2: after too many redirects, robots.txt may be taken as unavailable (all allowed).
        if (error instanceof FetchError && error.kind === 'too_many_redirects') return null;
        throw error;
      });
      if (hop === null) return { kind: 'status', status: 404 };
      try {
        const status = hop.response.statusCode ?? 0;
        if (status < 200 || status > 299) {
          hop.response.destroy();
          return { kind: 'status', status };
        }
        const body = await readDecodedBody(hop.response, {
          url: hop.url.href,
          maxBytes: Math.min(ROBOTS_MAX_BYTES, policy.maxBodyBytes),
          truncateAtCap: true,
          signal: deadline.signal,
        });
        return { kind: 'body', status, body };
      } finally {
        hop.release();
      }
    });
  }

  const robots = createRobotsCache({ productToken: productTokenOf(policy.userAgent), now, fetchRobotsTxt });

  async function fetchUrl(url: string, conditional?: ConditionalHeaders | null): Promise<FetchOutcome> {
    if (closed) throw new FetchError('connection', 'fetcher: closed', { url, mayBeTransient: true });
    const startUrl = parseFetchableUrl(url);
    return withDeadline(async (deadline) => {
      const headers = buildRequestHeaders(policy.userAgent, conditional ?? null);
      const hop = await requestFollowingRedirects(startUrl, headers, deadline, true);
      const { response, url: finalUrl } = hop;
      try {
        const status = response.statusCode ?? 0;
        const responseHeaders = flattenHeaders(response);
        const etag = responseHeaders['etag'] ?? null;
        const lastModified = responseHeaders['last-modified'] ?? null;
        if (status === 304 && !conditional?.etag && !conditional?.lastModified) {
          // A 304 answers a conditional request only (RFC 9110 §15.4.5). Taken as "not modified" without one, a server
          // that always answers 304 would keep a source healthy and empty forever: it is a failure to record.
          response.destroy();
          throw new FetchError('http_status', 'fetcher: HTTP 304 to a request that sent no validator', {
            url: finalUrl.href,
            status,
            mayBeTransient: true,
          });
        }
        if (status === 304) {
          // A 304 has no body (RFC 9110 §15.4.5): letting it end hands the socket back to the pool, where destroy()
          // would close it. Waiting for the end (immediate; the deadline still covers it) lets the next fetch to the
          // origin find the socket free instead of opening another one.
          await new Promise<void>((done) => {
            response
              .once('end', done)
              .once('close', done)
              .once('error', () => done());
            response.resume();
          });
          // RFC 9110 §15.4.5: a 304 should repeat the validators; when it does not, the ones we sent still hold.
          return {
            kind: 'not_modified',
            url: finalUrl.href,
            etag: etag ?? conditional?.etag ?? null,
            lastModified: lastModified ?? conditional?.lastModified ?? null,
          };
        }
        if (status >= 300) {
          response.destroy();
          const retryAfterMs = isRetryAfterStatus(status)
            ? parseRetryAfter(responseHeaders['retry-after'], now(), policy.maxWaitMs)
            : null;
          throw new FetchError('http_status', `fetcher: HTTP ${status}`, {
            url: finalUrl.href,
            status,
            ...(retryAfterMs === null ? {} : { retryAfterMs }),
            mayBeTransient: isTransientStatus(status),
          });
        }
        const body = await readDecodedBody(response, {
          url: finalUrl.href,
          maxBytes: policy.maxBodyBytes,
          signal: deadline.signal,
        });
        return { kind: 'ok', url: finalUrl.href, status, headers: responseHeaders, body, etag, lastModified };
      } finally {
        hop.release();
      }
    });
  }

  return {
    fetch: fetchUrl,
    backoffMs(consecutiveFailures: number, baseMs = DEFAULT_BACKOFF_BASE_MS): number {
      return computeBackoffMs(consecutiveFailures, { baseMs, maxWaitMs: policy.maxWaitMs }, random);
    },
    close(): void {
      closed = true;
      limiter.close();
      for (const deadline of inFlight) deadline.abort();
      pool.destroy();
    },
  };
}
