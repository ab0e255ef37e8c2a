/**
 * robots.txt per origin, fetched through the same guarded path as everything else and kept for a day
 * (RFC 9309 §2.4: "SHOULD NOT use a cached version for more than 24 hours"). What a robots.txt answer means
 * (RFC 9309 §2.3.1): 2xx → its rules; 4xx → no rules, everything allowed; 5xx or unreachable → assume a complete
 * disallow for now, reported as a transient `robots` error and retried after a short while. We also treat 429 as
 * "unreachable": a server asking us to slow down is not inviting us in.
 */
import { FetchError, isFetchError } from './errors.ts';
import {
  isPathAllowedByRobots,
  parseRobotsTxt,
  type RobotsPolicy,
  selectRobotsPolicy,
} from './robots-rules.ts';

/** What fetching /robots.txt gave. */
export type RobotsFetchResult =
  | { kind: 'body'; status: number; body: Buffer }
  | { kind: 'status'; status: number };

export interface RobotsCacheOptions {
  productToken: string;
  now: () => number;
  /** Fetches `${origin}/robots.txt` through the guarded path (redirects followed, body capped). */
  fetchRobotsTxt: (robotsUrl: string) => Promise<RobotsFetchResult>;
  /** Default one day. */
  successTtlMs?: number;
  /** How long "unreachable, nothing allowed" is kept before trying again; default 10 minutes. */
  failureTtlMs?: number;
}

type RobotsEntry = { expiresAt: number; result: Promise<RobotsPolicy | FetchError> };

const ALLOW_ALL: RobotsPolicy = { rules: [] };

const ORIGIN_FAILURE_KINDS = new Set(['private_address', 'bad_scheme', 'dns', 'connection']);

/** Creates the per-origin cache. */
export function createRobotsCache(options: RobotsCacheOptions) {
  const successTtlMs = options.successTtlMs ?? 86_400_000;
  const failureTtlMs = options.failureTtlMs ?? 600_000;
  const entries = new Map<string, RobotsEntry>();

  async function load(robotsUrl: string): Promise<RobotsPolicy | FetchError> {
    try {
      const result = await options.fetchRobotsTxt(robotsUrl);
      if (result.kind === 'body') {
        const text = result.body.toString('utf8');
        return selectRobotsPolicy(parseRobotsTxt(text), options.productToken);
      }
      if (result.status === 429 || result.status >= 500) {
        return new FetchError(
          'robots',
          `fetcher: robots.txt answered ${result.status}; nothing is allowed for now`,
          {
            url: robotsUrl,
            status: result.status,
            mayBeTransient: true,
          },
        );
      }
      // 4xx (and any other non-2xx, non-5xx final status, e.g. a redirect loop): "unavailable", everything allowed.
      return ALLOW_ALL;
    } catch (error) {
      // When the origin itself is refused, or its name does not resolve, or it refuses connections, the page would
      // fail the same way: report that (it tells the source's health more than "robots.txt unreachable").
      if (isFetchError(error) && error.url === robotsUrl && ORIGIN_FAILURE_KINDS.has(error.kind))
        return error;
      const detail = error instanceof Error ? error.message : String(error);
      return new FetchError(
        'robots',
        `fetcher: robots.txt unreachable (${detail}); nothing is allowed for now`,
        {
          url: robotsUrl,
          mayBeTransient: true,
          cause: error,
        },
      );
    }
  }

  return {
    /**
     * Resolves when `url` may be fetched.
     * @throws FetchError `robots` (disallowed, or robots.txt unreachable: then mayBeTransient) or `private_address`.
     */
    async assertAllowed(url: URL, origin: string): Promise<void> {
      if (url.pathname === '/robots.txt') return;
      const now = options.now();
      let entry = entries.get(origin);
      if (entry === undefined || entry.expiresAt <= now) {
        const robotsUrl = new URL('/robots.txt', url).href;
        const result = load(robotsUrl);
        entry = { expiresAt: now + successTtlMs, result };
        entries.set(origin, entry);
        const settled = await result;
        if (settled instanceof FetchError) entry.expiresAt = options.now() + failureTtlMs;
      }
      const policy = await entry.result;
      if (policy instanceof FetchError) {
        // A fresh error per page, naming the page; the cached one (naming robots.txt) is its cause.
        throw new FetchError(policy.kind, policy.message, {
          url: url.href,
          ...(policy.status === undefined ? {} : { status: policy.status }),
          mayBeTransient: policy.mayBeTransient,
          cause: policy,
        });
      }
      if (!isPathAllowedByRobots(policy, `${url.pathname}${url.search}`)) {
        throw new FetchError('robots', `fetcher: robots.txt disallows ${url.pathname}${url.search}`, {
          url: url.href,
          mayBeTransient: false,
        });
      }
    },
  };
}
