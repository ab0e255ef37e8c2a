/**
 * Which IP addresses the fetcher may connect to (DESIGN §3 `allow_private_hosts`, §6). A feed URL is input from
 * outside: without this guard a hostile feed or redirect could make the scraper read the cloud metadata service
 * (169.254.169.254), a router's admin page or a database on localhost (server-side request forgery).
 * Only global unicast addresses pass; everything else is refused unless it is listed in the allow list.
 * Pure: the DNS resolution and the connect-time hook are in guarded-lookup.ts.
 */
import ipaddr from 'ipaddr.js';

type ParsedAddress = ipaddr.IPv4 | ipaddr.IPv6;

/** Parses an IP address (IPv4 dotted quad or IPv6, with or without brackets); null for anything else. */
export function parseIpAddress(text: string): ParsedAddress | null {
  let value = text.trim();
  if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1);
  // A zone id (fe80::1%eth0) only appears on link-local addresses, which are refused anyway; drop it to parse.
  const zoneIndex = value.indexOf('%');
  if (zoneIndex >= 0) value = value.slice(0, zoneIndex);
  // ipaddr.isValid also accepts the odd IPv4 notations (0x7f.1, 017.0.0.1, 2130706433) that WHATWG URL turns into
  // dotted quads before we see them; what reaches us from the resolver or the URL is canonical, so require canonical.
  if (ipaddr.IPv4.isValidFourPartDecimal(value)) return ipaddr.IPv4.parse(value);
  if (ipaddr.IPv6.isValid(value) && value.includes(':')) return ipaddr.IPv6.parse(value);
  return null;
}

/** True for a literal IP address (not a host name). */
export function isIpLiteral(host: string): boolean {
  return parseIpAddress(host) !== null;
}

/**
 * The IPv4 address that an IPv6 address carries and that routing will actually reach: IPv4-mapped
 * (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d, RFC 6145), IPv4-compatible (::a.b.c.d, deprecated),
 * NAT64 (64:ff9b::/96, RFC 6052) and 6to4 (2002:AABB:CCDD::/48). Null when there is none.
 */
export function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const bytes = address.toByteArray();
  const range = address.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return ipaddr.IPv4.parse(bytes.slice(12).join('.'));
  if (
    range === 'rfc6052' &&
    address.parts[0] === 0x64 &&
    address.parts[1] === 0xff9b &&
    address.parts[2] === 0
  ) {
    return ipaddr.IPv4.parse(bytes.slice(12).join('.'));
  }
  if (range === '6to4') return ipaddr.IPv4.parse(bytes.slice(2, 6).join('.'));
  // ::a.b.c.d (IPv4-compatible, RFC 4291 §2.5.5.1): deprecated but some stacks still route it to the IPv4 host.
  if (
    address.parts.slice(0, 6).every((part) => part === 0) &&
    (address.parts[6] !== 0 || address.parts[7]! > 1)
  ) {
    return ipaddr.IPv4.parse(bytes.slice(12).join('.'));
  }
  return null;
}

/** True when an IPv4 address is public unicast (not private, loopback, link-local, CGNAT, multicast, reserved …). */
function isPublicIpv4(address: ipaddr.IPv4): boolean {
  // ipaddr.js names every special-purpose block (RFC 6890): unspecified 0/8, private 10/8 172.16/12 192.168/16,
  // loopback 127/8, link-local 169.254/16, CGNAT 100.64/10, multicast 224/4, reserved 240/4 and documentation,
  // broadcast; everything it does not name is 'unicast'.
  return address.range() === 'unicast';
}

/** True when an IPv6 address is public: global unicast (2000::/3), and any IPv4 it embeds public too. */
function isPublicIpv6(address: ipaddr.IPv6): boolean {
  const embedded = embeddedIpv4(address);
  if (embedded !== null) return isPublicIpv4(embedded);
  const range = address.range();
  // Teredo (2001::/32) hides an obfuscated client address that we cannot check: refuse it.
  if (range !== 'unicast') return false;
  // Only 2000::/3 is global unicast today; ::/8 (IPv4-compatible and friends), fc00::/7, fe80::/10 and the rest
  // either are special or are not allocated.
  return address.parts[0]! >= 0x2000 && address.parts[0]! <= 0x3fff;
}

function sameAddress(a: ParsedAddress, b: ParsedAddress): boolean {
  return a.kind() === b.kind() && a.toNormalizedString() === b.toNormalizedString();
}

/** The IPv4 address behind an IPv4-mapped IPv6 address, else the address itself (so that ::ffff:1.2.3.4 = 1.2.3.4). */
function unmap(address: ParsedAddress): ParsedAddress {
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address();
  }
  return address;
}

/**
 * True when an allow-list entry (an address, or a CIDR block such as 10.0.0.0/8) covers this address.
 * Host names in the allow list are resolved elsewhere; here they never match.
 */
function isAllowListed(address: ParsedAddress, allowList: readonly string[]): boolean {
  const candidate = unmap(address);
  for (const entry of allowList) {
    const trimmed = entry.trim();
    if (trimmed.includes('/') && ipaddr.isValidCIDR(trimmed)) {
      const [network, bits] = ipaddr.parseCIDR(trimmed);
      const networkUnmapped = unmap(network);
      if (network.kind() === candidate.kind() && candidate.match([network, bits])) return true;
      if (networkUnmapped !== network && networkUnmapped.kind() === candidate.kind()) {
        if (candidate.match([networkUnmapped, Math.max(0, bits - 96)])) return true;
      }
      continue;
    }
    const listed = parseIpAddress(trimmed);
    if (listed !== null && sameAddress(unmap(listed), candidate)) return true;
  }
  return false;
}

/**
 * Decides whether the fetcher must refuse to connect to `ip`.
 * Refused: anything that is not public unicast (private, loopback, link-local, unique-local, CGNAT, multicast,
 * unspecified, broadcast, reserved, documentation), IPv6 forms that embed such an IPv4 address (IPv4-mapped,
 * NAT64, 6to4, IPv4-compatible), Teredo, and any string that is not an IP address — unless the address is in
 * `allowList` (exact addresses or CIDR blocks; an IPv4 entry also covers its IPv4-mapped IPv6 form).
 * Listing 127.0.0.1 does not allow 127.0.0.2 or ::1: each must be listed.
 * @returns true when the connection must not be made.
 */
export function isRefusedAddress(ip: string, allowList: readonly string[]): boolean {
  const address = parseIpAddress(ip);
  if (address === null) return true;
  if (isAllowListed(address, allowList)) return false;
  if (address.kind() === 'ipv4') return !isPublicIpv4(address as ipaddr.IPv4);
  return !isPublicIpv6(address as ipaddr.IPv6);
}
