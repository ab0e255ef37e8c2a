/**
 * Per-origin politeness (DESIGN §3 `per_origin_concurrency`, `per_origin_delay`): at most N requests in flight to one
 * origin (scheme + host + port), and at least `delayMs` between the starts of two requests to it. A news site
 * carrying ten of our feeds then sees a trickle, not a burst. Different origins do not wait for each other.
 */

export interface OriginLimiterOptions {
  concurrency: number;
  delayMs: number;
  now: () => number;
}

interface OriginState {
  active: number;
  lastStartAt: number;
  waiting: { start: () => void; fail: (error: Error) => void }[];
  timer: ReturnType<typeof setTimeout> | null;
}

/** The origin of a URL as the limiter and the robots cache key it: `https://example.org:443` style, port included. */
export function originOf(url: URL): string {
  const port = url.port !== '' ? url.port : url.protocol === 'https:' ? '443' : '80';
  return `${url.protocol}//${url.hostname}:${port}`;
}

/** Creates a limiter; `acquire(origin)` resolves with a `release` function once a slot is free and the delay passed. */
export function createOriginLimiter(options: OriginLimiterOptions) {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const delayMs = Math.max(0, options.delayMs);
  const states = new Map<string, OriginState>();
  let closed = false;

  function pump(origin: string, state: OriginState): void {
    if (state.timer !== null) return;
    while (state.waiting.length > 0 && state.active < concurrency) {
      const waitMs = state.lastStartAt + delayMs - options.now();
      if (waitMs > 0) {
        state.timer = setTimeout(() => {
          state.timer = null;
          pump(origin, state);
        }, waitMs);
        return;
      }
      const next = state.waiting.shift()!;
      state.active += 1;
      state.lastStartAt = options.now();
      next.start();
    }
    // Forget idle origins once their delay is over, so a long --watch run does not grow the map forever.
    if (state.active === 0 && state.waiting.length === 0 && options.now() - state.lastStartAt >= delayMs) {
      states.delete(origin);
    }
  }

  return {
    /**
     * Waits for a slot at `origin`.
     * @throws Error when the limiter was closed.
     */
    acquire(origin: string): Promise<() => void> {
      if (closed) return Promise.reject(new Error('fetcher: closed'));
      let state = states.get(origin);
      if (state === undefined) {
        state = { active: 0, lastStartAt: Number.NEGATIVE_INFINITY, waiting: [], timer: null };
        states.set(origin, state);
      }
      const originState = state;
      return new Promise<() => void>((resolve, reject) => {
        const start = () => {
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            originState.active -= 1;
            if (!states.has(origin)) states.set(origin, originState);
            pump(origin, originState);
          });
        };
        originState.waiting.push({ start, fail: reject });
        pump(origin, originState);
      });
    },
    /** Rejects every queued waiter and clears the timers, so that the process can exit. */
    close(): void {
      closed = true;
      for (const state of states.values()) {
        if (state.timer !== null) clearTimeout(state.timer);
        state.timer = null;
        for (const waiter of state.waiting.splice(0)) waiter.fail(new Error('fetcher: closed'));
      }
    },
  };
}

export type OriginLimiter = ReturnType<typeof createOriginLimiter>;
