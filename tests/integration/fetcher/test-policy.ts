/** The fetch policy the fetcher integration tests start from: the defaults of DESIGN §3, lowered where a test waits. */

import { FetchError } from '../../../scrapers/fetcher/index.ts';
import type { FetchPolicy } from '../../../scrapers/types.ts';

export const TEST_USER_AGENT =
  'WhoBannedWhom/0.0.0-test (+https://github.com/who-banned-whom/who-banned-whom)';

export function testPolicy(overrides: Partial<FetchPolicy> = {}): FetchPolicy {
  return {
    perOriginConcurrency: 2,
    perOriginDelayMs: 0,
    timeoutMs: 5_000,
    maxBodyBytes: 1024 * 1024,
    maxRedirects: 5,
    maxWaitMs: 24 * 3_600_000,
    allowPrivateHosts: ['127.0.0.1'],
    userAgent: TEST_USER_AGENT,
    ...overrides,
  };
}

/** Awaits a promise that must reject with a FetchError and returns that error. */
export async function expectFetchError(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw new Error(`test: expected a FetchError, got ${String(error)}`);
  }
  throw new Error('test: expected a FetchError, the fetch succeeded');
}
