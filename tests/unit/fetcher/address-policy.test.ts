import { describe, expect, test } from 'vitest';
import { embeddedIpv4, isRefusedAddress, parseIpAddress } from '../../../scrapers/fetcher/address-policy.ts';

describe('isRefusedAddress with an empty allow list', () => {
  const cases: [string, boolean, string][] = [
    ['8.8.8.8', false, 'public IPv4'],
    ['93.184.215.14', false, 'public IPv4'],
    ['2001:4860:4860::8888', false, 'public IPv6'],
    ['127.0.0.1', true, 'loopback'],
    ['127.0.0.2', true, 'loopback beyond .1'],
    ['10.1.2.3', true, 'private 10/8'],
    ['172.16.0.1', true, 'private 172.16/12'],
    ['172.31.255.255', true, 'private 172.16/12 end'],
    ['172.32.0.1', false, 'just outside 172.16/12'],
    ['192.168.1.1', true, 'private 192.168/16'],
    ['169.254.169.254', true, 'link-local (cloud metadata)'],
    ['100.64.0.1', true, 'CGNAT'],
    ['224.0.0.1', true, 'multicast'],
    ['255.255.255.255', true, 'broadcast'],
    ['0.0.0.0', true, 'unspecified'],
    ['0.1.2.3', true, 'this network 0/8'],
    ['240.0.0.1', true, 'reserved 240/4'],
    ['192.0.2.1', true, 'documentation'],
    ['::1', true, 'IPv6 loopback'],
    ['::', true, 'IPv6 unspecified'],
    ['fe80::1', true, 'IPv6 link-local'],
    ['fe80::1%eth0', true, 'IPv6 link-local with a zone'],
    ['fc00::1', true, 'unique-local'],
    ['fd12:3456::1', true, 'unique-local fd'],
    ['ff02::1', true, 'IPv6 multicast'],
    ['::ffff:127.0.0.1', true, 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', true, 'IPv4-mapped loopback in hex'],
    ['[::ffff:7f00:1]', true, 'bracketed as in a URL'],
    ['::ffff:10.0.0.1', true, 'IPv4-mapped private'],
    ['::ffff:8.8.8.8', false, 'IPv4-mapped public'],
    ['::ffff:0:7f00:1', true, 'IPv4-translated loopback'],
    ['::7f00:1', true, 'IPv4-compatible loopback'],
    ['64:ff9b::7f00:1', true, 'NAT64 of loopback'],
    ['64:ff9b::a00:1', true, 'NAT64 of 10.0.0.1'],
    ['64:ff9b::808:808', false, 'NAT64 of a public address'],
    ['64:ff9b:1::1', true, 'local-use NAT64'],
    ['2002:7f00:1::1', true, '6to4 of loopback'],
    ['2002:c0a8:101::1', true, '6to4 of 192.168.1.1'],
    ['2002:808:808::1', false, '6to4 of a public address'],
    ['2001::1', true, 'Teredo (hides its client address)'],
    ['2001:db8::1', true, 'IPv6 documentation'],
    ['localhost', true, 'a name is never an address'],
    ['2130706433', true, 'a decimal number is not canonical'],
    ['0x7f.0.0.1', true, 'a hex notation is not canonical'],
    ['', true, 'empty'],
  ];
  for (const [ip, refused, label] of cases) {
    test(`${refused ? 'refuses' : 'allows'} ${ip || '""'} (${label})`, () => {
      expect(isRefusedAddress(ip, [])).toBe(refused);
    });
  }
});

describe('isRefusedAddress with allow_private_hosts', () => {
  const cases: [string, string[], boolean, string][] = [
    ['127.0.0.1', ['127.0.0.1'], false, 'a listed address'],
    ['::ffff:127.0.0.1', ['127.0.0.1'], false, 'the IPv4-mapped form of a listed address'],
    ['127.0.0.2', ['127.0.0.1'], true, 'a neighbour of a listed address'],
    ['::1', ['127.0.0.1'], true, 'IPv6 loopback when only IPv4 loopback is listed'],
    ['::1', ['::1'], false, 'a listed IPv6 address'],
    ['::1', ['0:0:0:0:0:0:0:1'], false, 'a listed IPv6 address written longhand'],
    ['10.0.0.7', ['10.0.0.0/8'], false, 'an address inside a listed CIDR block'],
    ['10.0.0.7', ['192.168.0.0/16'], true, 'an address outside the listed block'],
    ['127.0.0.1', ['localhost'], true, 'a listed name does not match an address here'],
    ['127.0.0.1', ['garbage', '127.0.0.1'], false, 'garbage entries are ignored'],
  ];
  for (const [ip, allowList, refused, label] of cases) {
    test(`${refused ? 'refuses' : 'allows'} ${ip} with ${JSON.stringify(allowList)} (${label})`, () => {
      expect(isRefusedAddress(ip, allowList)).toBe(refused);
    });
  }
});

describe('odd host notations after WHATWG URL normalisation', () => {
  // WHATWG URL rewrites these hosts before we see them; the policy must judge the normalised address.
  const cases: [string, string][] = [
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f.0.0.1/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://0/', '0.0.0.0'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
    ['http://[0:0:0:0:0:ffff:7f00:1]/', '[::ffff:7f00:1]'],
  ];
  for (const [url, normalised] of cases) {
    test(`${url} becomes ${normalised} and is refused`, () => {
      const hostname = new URL(url).hostname;
      expect(hostname).toBe(normalised);
      expect(isRefusedAddress(hostname, [])).toBe(true);
    });
  }
});

describe('parseIpAddress', () => {
  test('parses canonical IPv4 and IPv6 and nothing else', () => {
    expect(parseIpAddress('1.2.3.4')?.kind()).toBe('ipv4');
    expect(parseIpAddress('[2001:db8::1]')?.kind()).toBe('ipv6');
    expect(parseIpAddress('example.org')).toBeNull();
    expect(parseIpAddress('1.2.3')).toBeNull();
  });
});

describe('embeddedIpv4', () => {
  const cases: [string, string | null][] = [
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['64:ff9b::102:304', '1.2.3.4'],
    ['2002:102:304::5', '1.2.3.4'],
    ['::102:304', '1.2.3.4'],
    ['2001:4860::1', null],
    ['::1', null],
  ];
  for (const [ipv6, expected] of cases) {
    test(`${ipv6} embeds ${expected ?? 'nothing'}`, () => {
      const parsed = parseIpAddress(ipv6);
      if (parsed === null || parsed.kind() !== 'ipv6') throw new Error('test: not IPv6');
      expect(embeddedIpv4(parsed as Parameters<typeof embeddedIpv4>[0])?.toString() ?? null).toBe(expected);
    });
  }
});
