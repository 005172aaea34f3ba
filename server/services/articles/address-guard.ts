import ipaddr from "ipaddr.js";

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

/** The only IPv6 space that is globally routable unicast (RFC 4291 §2.4; everything else is not). */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

const cidr = (text: string) => ipaddr.parseCIDR(text) as [IPv6, number];

/** IPv6 forms that carry an IPv4 address, each with where the address sits. */
const EMBEDDING: readonly { range: [IPv6, number]; extract: (parts: number[]) => IPv4[] }[] = [
  // IPv4-mapped ::ffff:a.b.c.d and SIIT (RFC 6145) ::ffff:0:a.b.c.d: the last 32 bits.
  { range: cidr("::ffff:0:0/96"), extract: (p) => [v4(p[6], p[7])] },
  { range: cidr("::ffff:0:0:0/96"), extract: (p) => [v4(p[6], p[7])] },
  // IPv4-compatible ::a.b.c.d (deprecated by RFC 4291, still parsed by every stack): the last 32 bits.
  { range: cidr("::/96"), extract: (p) => [v4(p[6], p[7])] },
  // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052): the last 32 bits.
  { range: cidr("64:ff9b::/96"), extract: (p) => [v4(p[6], p[7])] },
  // NAT64 local-use 64:ff9b:1::/48 (RFC 8215), the RFC 6052 /48 layout: bits 48–63, then (after the
  // zero "u" octet at bits 64–71) bits 72–87.
  {
    range: cidr("64:ff9b:1::/48"),
    extract: (p) => [
      ipaddr.fromByteArray([byte(p[3], 0), byte(p[3], 1), byte(p[4], 1), byte(p[5], 0)]) as IPv4,
    ],
  },
  // 6to4 2002:a.b.c.d::/48 (RFC 3056): bits 16–47.
  { range: cidr("2002::/16"), extract: (p) => [v4(p[1], p[2])] },
  // Teredo 2001:0::/32 (RFC 4380): the server in bits 32–63, the client (bit-inverted) in the last 32.
  {
    range: cidr("2001::/32"),
    extract: (p) => [v4(p[2], p[3]), v4(~(p[6] ?? 0) & 0xffff, ~(p[7] ?? 0) & 0xffff)],
  },
];

function byte(part: number | undefined, index: 0 | 1): number {
  const value = part ?? 0;
  return index === 0 ? value >> 8 : value & 0xff;
}

function v4(high: number | undefined, low: number | undefined): IPv4 {
  return ipaddr.fromByteArray([byte(high, 0), byte(high, 1), byte(low, 0), byte(low, 1)]) as IPv4;
}

function isPublicV4(address: IPv4): boolean {
  // ipaddr's "unicast" is what is left after loopback, private, link-local (cloud metadata),
  // carrier-grade NAT, unspecified, broadcast, multicast, reserved, documentation and benchmarking.
  return address.range() === "unicast";
}

function isPublicV6(address: IPv6): boolean {
  const parts = address.parts;
  for (const form of EMBEDDING)
    if (address.match(form.range)) return form.extract(parts).every((embedded) => isPublicV4(embedded));
  // An allow-list: global unicast space only, and within it none of the special-purpose blocks
  // (documentation, benchmarking, ORCHID, AMT, AS112, …) that ipaddr names.
  return address.match(GLOBAL_UNICAST_V6) && address.range() === "unicast";
}

/**
 * True only for globally routable unicast addresses, the only ones an article URL may reach. IPv4:
 * not loopback, private, link-local (where cloud metadata lives), carrier-grade NAT, multicast,
 * reserved or documentation. IPv6: inside 2000::/3 and outside its special-purpose blocks; a form that
 * carries an IPv4 address (mapped, compatible, SIIT, NAT64, 6to4, Teredo) is judged by that address,
 * so `[::127.0.0.1]` is loopback. Zone ids and anything that does not parse are refused.
 */
export function isPublicAddress(address: string): boolean {
  if (address.includes("%") || !ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  return parsed.kind() === "ipv4" ? isPublicV4(parsed as IPv4) : isPublicV6(parsed as IPv6);
}
