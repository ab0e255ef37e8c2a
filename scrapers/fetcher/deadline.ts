/**
 * The one deadline of a fetch (DESIGN §6). fetch's and undici's own timers restart on every byte, so a server
 * trickling one byte a second never trips them; here a single timer, started when the first request leaves, aborts
 * one signal, and node:http destroys the socket on abort whatever phase it is in (connect, headers, body). Later
 * waits of the same fetch (robots.txt of a redirect target, a slot at its origin) race the same deadline.
 */
import { FetchError } from './errors.ts';

export interface Deadline {
  signal: AbortSignal;
  /** Starts the timer (idempotent). */
  start(): void;
  /** True once start() ran. */
  readonly started: boolean;
  /** Aborts now because the fetcher is closing: the fetch fails as `connection` "fetcher: closed", not as a timeout. */
  abort(): void;
  /** Clears the timer when the fetch is over. */
  clear(): void;
}

/** The abort reason of close(), told apart from the timer's (which aborts with the default reason). */
const CLOSED_REASON = Symbol('fetcher closed');

/**
 * The error for a fetch whose signal was aborted: `timeout` when the deadline fired during `phase`, or
 * `connection` "fetcher: closed" when close() aborted it.
 */
export function abortedError(signal: AbortSignal, url: string, phase: string, cause?: unknown): FetchError {
  if (signal.reason === CLOSED_REASON) {
    return new FetchError('connection', 'fetcher: closed', { url, mayBeTransient: true, cause });
  }
  return new FetchError('timeout', `fetcher: deadline exceeded ${phase}`, {
    url,
    mayBeTransient: true,
    cause,
  });
}

/** Creates a deadline of `timeoutMs` that starts when asked to. */
export function createDeadline(timeoutMs: number): Deadline {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    signal: controller.signal,
    start() {
      timer ??= setTimeout(() => controller.abort(), timeoutMs);
    },
    get started() {
      return timer !== null;
    },
    abort() {
      controller.abort(CLOSED_REASON);
    },
    clear() {
      if (timer !== null) clearTimeout(timer);
    },
  };
}

/**
 * Waits for `promise` unless a started deadline fires first. A value that arrives too late is handed to `onLate`
 * (e.g. to release an origin slot that nobody will use).
 * @throws FetchError `timeout` when the deadline fires first; whatever `promise` rejects with otherwise.
 */
export function raceWithDeadline<T>(
  promise: Promise<T>,
  deadline: Deadline,
  url: string,
  onLate?: (value: T) => void,
): Promise<T> {
  if (!deadline.started) return promise;
  const timeoutError = () => abortedError(deadline.signal, url, 'while waiting between redirects');
  if (deadline.signal.aborted) {
    promise.then(onLate, () => {});
    return Promise.reject(timeoutError());
  }
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      reject(timeoutError());
    };
    deadline.signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        deadline.signal.removeEventListener('abort', onAbort);
        if (settled) {
          onLate?.(value);
          return;
        }
        settled = true;
        resolve(value);
      },
      (error: unknown) => {
        deadline.signal.removeEventListener('abort', onAbort);
        if (settled) return;
        settled = true;
        reject(error);
      },
    );
  });
}
