import { describe, expect, test } from 'vitest';
import { FetchError } from '../../../scrapers/fetcher/errors.ts';
import {
  createAllowList,
  createGuardedLookup,
  isLocalhostName,
  type ResolveHostname,
} from '../../../scrapers/fetcher/guarded-lookup.ts';

const dns: Record<string, { address: string; family: 4 | 6 }[]> = {
  'public.test': [
    { address: '93.184.215.14', family: 4 },
    { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
  ],
  'internal.test': [{ address: '10.0.0.5', family: 4 }],
  'mixed.test': [
    { address: '93.184.215.14', family: 4 },
    { address: '169.254.169.254', family: 4 },
  ],
  'empty.test': [],
  localhost: [{ address: '127.0.0.1', family: 4 }],
};
const resolve: ResolveHostname = async (hostname) => {
  const found = dns[hostname];
  if (found === undefined) throw new Error('ENOTFOUND');
  return found;
};

/** Runs the guarded lookup the way node:http would and reports what it called back with. */
function lookupThrough(hostname: string, allow: string[], all = true): Promise<string> {
  const lookup = createGuardedLookup(`http://${hostname}/`, createAllowList(allow, resolve), resolve);
  return new Promise((done) => {
    lookup(hostname, { all }, (error, address) => {
      if (error !== null) done(error instanceof FetchError ? error.kind : 'other error');
      else done(Array.isArray(address) ? address.map((entry) => entry.address).join(',') : address);
    });
  });
}

describe('createGuardedLookup', () => {
  test('passes every address of a public name on', async () => {
    expect(await lookupThrough('public.test', [])).toBe(
      '93.184.215.14,2606:2800:21f:cb07:6820:80da:af6b:8b2c',
    );
  });
  test('answers one address when node asks for one', async () => {
    expect(await lookupThrough('public.test', [], false)).toBe('93.184.215.14');
  });
  test('refuses a name resolving to a private address', async () => {
    expect(await lookupThrough('internal.test', [])).toBe('private_address');
  });
  test('refuses a name with one link-local address among public ones', async () => {
    expect(await lookupThrough('mixed.test', [])).toBe('private_address');
  });
  test('allows a private address that is listed', async () => {
    expect(await lookupThrough('internal.test', ['10.0.0.5'])).toBe('10.0.0.5');
  });
  test('allows a private address inside a listed block', async () => {
    expect(await lookupThrough('internal.test', ['10.0.0.0/24'])).toBe('10.0.0.5');
  });
  test('allows the addresses of a name listed by name', async () => {
    expect(await lookupThrough('internal.test', ['internal.test'])).toBe('10.0.0.5');
  });
  test('keeps localhost refused when only its address is listed', async () => {
    expect(await lookupThrough('localhost', ['127.0.0.1'])).toBe('private_address');
  });
  test('allows localhost listed by name', async () => {
    expect(await lookupThrough('localhost', ['localhost'])).toBe('127.0.0.1');
  });
  test('reports a name that does not resolve as dns', async () => {
    expect(await lookupThrough('nowhere.test', [])).toBe('dns');
  });
  test('reports a name without addresses as dns', async () => {
    expect(await lookupThrough('empty.test', [])).toBe('dns');
  });
});

describe('isLocalhostName', () => {
  const cases: [string, boolean][] = [
    ['localhost', true],
    ['LOCALHOST', true],
    ['localhost.', true],
    ['api.localhost', true],
    ['localhost.example.org', false],
    ['mylocalhost', false],
  ];
  for (const [name, expected] of cases) {
    test(`${name} ${expected ? 'is' : 'is not'} a localhost name`, () =>
      expect(isLocalhostName(name)).toBe(expected));
  }
});
