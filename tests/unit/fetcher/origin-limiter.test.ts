import { describe, expect, test } from 'vitest';
import { createOriginLimiter, originOf } from '../../../scrapers/fetcher/origin-limiter.ts';

describe('originOf', () => {
  const cases: [string, string][] = [
    ['https://example.org/a', 'https://example.org:443'],
    ['http://example.org/a', 'http://example.org:80'],
    ['http://example.org:80/a', 'http://example.org:80'],
    ['https://example.org:8443/a', 'https://example.org:8443'],
    ['http://EXAMPLE.org/a', 'http://example.org:80'],
    ['http://[::1]:8080/', 'http://[::1]:8080'],
  ];
  for (const [url, expected] of cases) {
    test(`keys ${url} as ${expected}`, () => expect(originOf(new URL(url))).toBe(expected));
  }
  test('separates schemes and ports of one host', () => {
    expect(originOf(new URL('http://a.test/'))).not.toBe(originOf(new URL('https://a.test/')));
  });
});

describe('createOriginLimiter', () => {
  test('holds the third request until one of two slots is released', async () => {
    const limiter = createOriginLimiter({ concurrency: 2, delayMs: 0, now: Date.now });
    const order: string[] = [];
    const first = await limiter.acquire('o');
    await limiter.acquire('o');
    const third = limiter.acquire('o').then((release) => {
      order.push('third');
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    order.push('release first');
    first();
    (await third)();
    expect(order).toEqual(['release first', 'third']);
    limiter.close();
  });

  test('spaces the starts at one origin by delayMs', async () => {
    const limiter = createOriginLimiter({ concurrency: 5, delayMs: 100, now: Date.now });
    const starts: number[] = [];
    await Promise.all(
      [0, 1, 2].map(async () => {
        const release = await limiter.acquire('o');
        starts.push(Date.now());
        release();
      }),
    );
    limiter.close();
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(90);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(90);
  });

  test('lets different origins start at once', async () => {
    const limiter = createOriginLimiter({ concurrency: 1, delayMs: 1_000, now: Date.now });
    const started = Date.now();
    const releases = await Promise.all(['a', 'b', 'c'].map((origin) => limiter.acquire(origin)));
    for (const release of releases) release();
    limiter.close();
    expect(Date.now() - started).toBeLessThan(500);
  });

  test('ignores a second release of the same slot', async () => {
    const limiter = createOriginLimiter({ concurrency: 1, delayMs: 0, now: Date.now });
    const release = await limiter.acquire('o');
    release();
    release();
    const second = await limiter.acquire('o');
    let thirdStarted = false;
    const third = limiter.acquire('o').then((releaseThird) => {
      thirdStarted = true;
      return releaseThird;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(thirdStarted).toBe(false);
    second();
    (await third)();
    limiter.close();
  });

  test('rejects queued and new requests once closed', async () => {
    const limiter = createOriginLimiter({ concurrency: 1, delayMs: 0, now: Date.now });
    await limiter.acquire('o');
    const queued = limiter.acquire('o');
    limiter.close();
    await expect(queued).rejects.toThrow('fetcher: closed');
    await expect(limiter.acquire('p')).rejects.toThrow('fetcher: closed');
  });
});
