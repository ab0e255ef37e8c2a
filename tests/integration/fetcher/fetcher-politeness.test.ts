import { afterEach, describe, expect, test } from 'vitest';
import { createFetcher } from '../../../scrapers/fetcher/index.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { testPolicy } from './test-policy.ts';

const servers: LocalServer[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A server whose /slow route holds each request 150 ms and counts how many are in flight at once. */
async function countingServer() {
  const counters = { active: 0, peak: 0 };
  const server = await startLocalServer({
    '/robots.txt': { body: 'User-agent: *\nAllow: /\n' },
    '/slow': async (_request, response) => {
      counters.active += 1;
      counters.peak = Math.max(counters.peak, counters.active);
      await new Promise((resolve) => setTimeout(resolve, 150));
      counters.active -= 1;
      response.end('done');
    },
  });
  servers.push(server);
  return { server, counters };
}

describe('fetcher per-origin politeness', () => {
  test('never has more requests in flight to one origin than perOriginConcurrency', async () => {
    const { server, counters } = await countingServer();
    const fetcher = createFetcher(testPolicy({ perOriginConcurrency: 2, perOriginDelayMs: 0 }));
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, index) => fetcher.fetch(server.url(`/slow?n=${index}`))),
    );
    fetcher.close();
    expect(outcomes.every((outcome) => outcome.kind === 'ok')).toBe(true);
    expect(counters.peak).toBe(2);
  });

  test('runs one at a time with perOriginConcurrency 1', async () => {
    const { server, counters } = await countingServer();
    const fetcher = createFetcher(testPolicy({ perOriginConcurrency: 1, perOriginDelayMs: 0 }));
    await Promise.all(Array.from({ length: 3 }, () => fetcher.fetch(server.url('/slow'))));
    fetcher.close();
    expect(counters.peak).toBe(1);
  });

  test('waits perOriginDelayMs between the starts of two requests to one origin', async () => {
    const { server } = await countingServer();
    const delayMs = 300;
    const fetcher = createFetcher(testPolicy({ perOriginConcurrency: 4, perOriginDelayMs: delayMs }));
    await Promise.all(Array.from({ length: 3 }, (_, index) => fetcher.fetch(server.url(`/slow?n=${index}`))));
    fetcher.close();
    const arrivals = server.requests.map((request) => request.at);
    // robots.txt and three pages: four starts, each at least the delay after the one before (timer slack: 15 ms).
    expect(arrivals).toHaveLength(4);
    for (let index = 1; index < arrivals.length; index += 1) {
      expect(arrivals[index]! - arrivals[index - 1]!).toBeGreaterThanOrEqual(delayMs - 15);
    }
  });

  test('does not make one origin wait for another', async () => {
    const first = await countingServer();
    const second = await countingServer();
    const fetcher = createFetcher(testPolicy({ perOriginConcurrency: 1, perOriginDelayMs: 1_000 }));
    const started = Date.now();
    await Promise.all([fetcher.fetch(first.server.url('/slow')), fetcher.fetch(second.server.url('/slow'))]);
    fetcher.close();
    // Each origin: robots.txt, then the page one second later. In series it would take more than two seconds.
    expect(Date.now() - started).toBeLessThan(1_900);
  });
});

describe('fetcher per-origin delay and the injected clock', () => {
  test('spaces requests in real time even when the injected clock is frozen', async () => {
    const { server } = await countingServer();
    const fetcher = createFetcher(testPolicy({ perOriginConcurrency: 1, perOriginDelayMs: 100 }), {
      now: () => Date.UTC(2026, 10, 25),
    });
    const started = Date.now();
    await fetcher.fetch(server.url('/slow'));
    fetcher.close();
    // robots.txt, then the page 100 ms later: it must not wait forever on a clock that never moves.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server.requests.map((request) => request.path)).toEqual(['/robots.txt', '/slow']);
  });
});
