/**
 * The connect-time address check (DESIGN §3, §6). node:http calls the `lookup` we give it to turn the host name into
 * addresses, and connects to what it returns: checking here, on the very addresses the socket will use, closes the
 * gap a check-then-fetch leaves open (DNS rebinding: the name answers a public address to the check and 127.0.0.1 to
 * the connection). IP-literal hosts skip `lookup` in node, so request.ts checks them with the same policy first.
 */

import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIpLiteral, isRefusedAddress } from './address-policy.ts';
import { FetchError } from './errors.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (injected in tests; the system resolver in production). */
export type ResolveHostname = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (getaddrinfo, as node:http would use), all addresses in the resolver's order. */
export const resolveWithSystem: ResolveHostname = async (hostname) => {
  const addresses = await dnsLookup(hostname, { all: true, order: 'verbatim' });
  return addresses.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
};

/** `localhost` and `*.localhost` (RFC 6761 §6.3) always mean this machine, whatever they resolve to. */
export function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * The allow list of sources.yaml `allow_private_hosts`: addresses and CIDR blocks stand for themselves; a host name
 * stands for the addresses it resolves to (resolved when first needed, then kept for the fetcher's life).
 */
export function createAllowList(entries: readonly string[], resolve: ResolveHostname) {
  const literalEntries = entries.filter((entry) => isIpLiteral(entry) || entry.includes('/'));
  const nameEntries = entries
    .filter((entry) => !literalEntries.includes(entry))
    .map((entry) => entry.trim().toLowerCase().replace(/\.$/, ''))
    .filter((entry) => entry !== '');
  let resolvedNames: Promise<string[]> | null = null;

  async function addressesOfListedNames(): Promise<string[]> {
    resolvedNames ??= Promise.all(
      nameEntries.map((name) =>
        resolve(name).then(
          (addresses) => addresses.map((entry) => entry.address),
          () => [],
        ),
      ),
    ).then((lists) => lists.flat());
    return resolvedNames;
  }

  return {
    /**
     * The allow list that applies to a connection to `hostname`. The localhost names are refused whatever they
     * resolve to unless they are listed by name (DESIGN §3: "`localhost` … stay refused unless listed").
     */
    async entriesFor(hostname: string): Promise<string[] | null> {
      const name = hostname.toLowerCase().replace(/\.$/, '');
      if (isLocalhostName(name) && !nameEntries.includes(name) && !nameEntries.includes('localhost'))
        return null;
      if (nameEntries.length === 0) return literalEntries;
      return [...literalEntries, ...(await addressesOfListedNames())];
    },
  };
}

export type AllowList = ReturnType<typeof createAllowList>;

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * Builds the `lookup` option for node:http/https: resolves the name, checks every address, and fails the connection
 * with a FetchError of kind `private_address` when any one is refused (a name with one private address among public
 * ones is suspect: node could pick any of them), or of kind `dns` when the name does not resolve.
 */
export function createGuardedLookup(url: string, allowList: AllowList, resolve: ResolveHostname) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number | string },
    callback: LookupCallback,
  ): void => {
    const run = async (): Promise<ResolvedAddress[]> => {
      let addresses: ResolvedAddress[];
      try {
        addresses = await resolve(hostname);
      } catch (error) {
        throw new FetchError('dns', `fetcher: cannot resolve ${hostname}`, {
          url,
          mayBeTransient: true,
          cause: error,
        });
      }
      if (addresses.length === 0) {
        throw new FetchError('dns', `fetcher: ${hostname} has no address`, { url, mayBeTransient: true });
      }
      const entries = await allowList.entriesFor(hostname);
      for (const entry of addresses) {
        if (entries === null || isRefusedAddress(entry.address, entries)) {
          throw new FetchError(
            'private_address',
            `fetcher: refused to connect to ${hostname} (${entry.address}): private, loopback or reserved address not in allow_private_hosts`,
            { url, mayBeTransient: false },
          );
        }
      }
      const wantedFamily = Number(options.family ?? 0);
      const usable =
        wantedFamily === 4 || wantedFamily === 6
          ? addresses.filter((a) => a.family === wantedFamily)
          : addresses;
      if (usable.length === 0) {
        throw new FetchError('dns', `fetcher: ${hostname} has no IPv${wantedFamily} address`, {
          url,
          mayBeTransient: true,
        });
      }
      return usable;
    };
    run().then(
      (addresses) => {
        if (options.all === true)
          callback(
            null,
            addresses.map((entry) => ({ address: entry.address, family: entry.family })),
          );
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}
