import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFetcher } from '../../../scrapers/fetcher/index.ts';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.ts';
import { expectFetchError, testPolicy } from './test-policy.ts';

let server: LocalServer;
/** A second loopback host, not in the allow list: nothing may ever reach it. */
let otherLoopback: LocalServer;

function redirectTo(location: string, status = 302) {
  return { status, headers: { location } };
}

beforeAll(async () => {
  otherLoopback = await startLocalServer({ '/secret': { body: 'internal only' } }, { host: '127.0.0.2' });
  const routes: Record<string, ReturnType<typeof redirectTo> | { body: string }> = {
    '/loop-a': redirectTo('/loop-b'),
    '/loop-b': redirectTo('/loop-a'),
    '/final': { body: 'arrived' },
    '/to-other-loopback': redirectTo(`${otherLoopback.url('/secret')}`),
    '/to-file': redirectTo('file:///etc/passwd'),
    '/to-ftp': redirectTo('ftp://127.0.0.1/feed.xml'),
    '/to-javascript': redirectTo('javascript:alert(1)'),
    '/to-data': redirectTo('data:text/plain,hello'),
    '/to-hex-other-loopback': redirectTo(`http://0x7f.0.0.2:${otherLoopback.port}/secret`),
    '/permanent': redirectTo('/final', 301),
    '/see-other': redirectTo('/final', 303),
    '/temporary': redirectTo('/final', 307),
    '/permanent-308': redirectTo('/final', 308),
  };
  // /chain/N redirects to /chain/N-1 … /chain/0, which answers: /chain/5 needs five redirects, /chain/6 six.
  for (let hop = 1; hop <= 6; hop += 1) routes[`/chain/${hop}`] = redirectTo(`/chain/${hop - 1}`);
  routes['/chain/0'] = { body: 'end of chain' };
  server = await startLocalServer(routes);
});

afterAll(async () => {
  await server.close();
  await otherLoopback.close();
});

function requestsTo(path: string): number {
  return server.requests.filter((request) => request.path === path).length;
}

describe('fetcher redirects', () => {
  test('follows a chain of 5 redirects and reports the final URL', async () => {
    const fetcher = createFetcher(testPolicy());
    const outcome = await fetcher.fetch(server.url('/chain/5'));
    fetcher.close();
    expect(outcome.kind).toBe('ok');
    expect(outcome.url).toBe(server.url('/chain/0'));
    if (outcome.kind === 'ok') expect(outcome.body.toString()).toBe('end of chain');
  });

  test('refuses a chain of 6 redirects without requesting the sixth target', async () => {
    const before = requestsTo('/chain/0');
    const fetcher = createFetcher(testPolicy());
    const error = await expectFetchError(fetcher.fetch(server.url('/chain/6')));
    fetcher.close();
    expect(error.kind).toBe('too_many_redirects');
    expect(requestsTo('/chain/0')).toBe(before);
  });

  test('stops a redirect loop', async () => {
    const fetcher = createFetcher(testPolicy());
    const before = requestsTo('/loop-a') + requestsTo('/loop-b');
    const error = await expectFetchError(fetcher.fetch(server.url('/loop-a')));
    fetcher.close();
    expect(error.kind).toBe('too_many_redirects');
    // One first request plus five followed redirects.
    expect(requestsTo('/loop-a') + requestsTo('/loop-b') - before).toBe(6);
  });

  test('follows 301, 303, 307 and 308 like 302', async () => {
    const fetcher = createFetcher(testPolicy());
    const finals: string[] = [];
    for (const path of ['/permanent', '/see-other', '/temporary', '/permanent-308']) {
      finals.push((await fetcher.fetch(server.url(path))).url);
    }
    fetcher.close();
    expect(finals).toEqual(Array(4).fill(server.url('/final')));
  });

  test('refuses a redirect to another loopback address and sends it nothing', async () => {
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }));
    const error = await expectFetchError(fetcher.fetch(server.url('/to-other-loopback')));
    fetcher.close();
    expect(error.kind).toBe('private_address');
    expect(error.url).toBe(otherLoopback.url('/secret'));
    expect(otherLoopback.requests).toEqual([]);
  });

  test('refuses a redirect to an odd notation of an unlisted loopback address', async () => {
    const fetcher = createFetcher(testPolicy({ allowPrivateHosts: ['127.0.0.1'] }));
    const error = await expectFetchError(fetcher.fetch(server.url('/to-hex-other-loopback')));
    fetcher.close();
    // 0x7f.0.0.2 is 127.0.0.2 once WHATWG URL has normalised it.
    expect(error.kind).toBe('private_address');
    expect(error.url).toBe(otherLoopback.url('/secret'));
    expect(otherLoopback.requests).toEqual([]);
  });

  for (const [path, scheme] of [
    ['/to-file', 'file:'],
    ['/to-ftp', 'ftp:'],
    ['/to-javascript', 'javascript:'],
    ['/to-data', 'data:'],
  ] as const) {
    test(`refuses a redirect to ${scheme}`, async () => {
      const fetcher = createFetcher(testPolicy());
      const error = await expectFetchError(fetcher.fetch(server.url(path)));
      fetcher.close();
      expect(error.kind).toBe('bad_scheme');
      expect(error.message).toContain(scheme);
    });
  }

  test('refuses a start URL that is not http or https', async () => {
    const fetcher = createFetcher(testPolicy());
    const errors = await Promise.all(
      ['file:///etc/passwd', 'gopher://127.0.0.1/', 'not a url'].map((url) =>
        expectFetchError(fetcher.fetch(url)),
      ),
    );
    fetcher.close();
    expect(errors.map((error) => error.kind)).toEqual(['bad_scheme', 'bad_scheme', 'bad_scheme']);
  });

  test('counts a redirect target whose robots.txt stalls against the same one deadline', async () => {
    const stallingOrigin = await startLocalServer({
      '/robots.txt': () => {
        // Never answers.
      },
      '/page': { body: 'never reached' },
    });
    server.setRoute('/slow-redirect', async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      response.writeHead(302, { location: stallingOrigin.url('/page') });
      response.end();
    });
    const fetcher = createFetcher(testPolicy({ timeoutMs: 1_000 }));
    const started = Date.now();
    const error = await expectFetchError(fetcher.fetch(server.url('/slow-redirect')));
    const elapsed = Date.now() - started;
    fetcher.close();
    await stallingOrigin.close();
    expect(error.kind).toBe('timeout');
    // One deadline of 1 s from the first request, not 0.6 s plus a fresh second for the next origin's robots.txt.
    expect(elapsed).toBeLessThan(1_400);
    expect(stallingOrigin.requests.map((request) => request.path)).toEqual(['/robots.txt']);
  });
});
