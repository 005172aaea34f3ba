/**
 * The SSRF guard's classification, offline: every IPv6 form that carries an IPv4 address is judged by
 * that address, and only global unicast passes. No test here sends a packet anywhere.
 */
import { describe, expect, it } from "vitest";

import { isPublicAddress } from "./address-guard";

describe("isPublicAddress", () => {
  it.each([
    // IPv4 that is not global unicast.
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.3.4", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local (cloud metadata)"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["224.0.0.1", "multicast"],
    ["192.0.2.10", "documentation"],
    ["198.18.0.1", "benchmarking"],
    ["240.0.0.1", "reserved"],
    // IPv6 that is not global unicast.
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local with a zone"],
    ["fd00:ec2::254", "unique-local (AWS metadata over IPv6)"],
    ["fec0::1", "site-local"],
    ["ff02::1", "multicast"],
    ["100::1", "discard"],
    ["2001:db8::1", "documentation"],
    ["2001:2::1", "benchmarking"],
    ["3fff::1", "documentation (RFC 9637)"],
    ["4000::1", "outside 2000::/3"],
    // IPv4-compatible ::/96: the finding.
    ["::127.0.0.1", "IPv4-compatible loopback"],
    ["::7f00:1", "IPv4-compatible loopback, hex"],
    ["::a9fe:a9fe", "IPv4-compatible metadata"],
    ["::a00:1", "IPv4-compatible private"],
    // IPv4-mapped and SIIT.
    ["::ffff:127.0.0.1", "mapped loopback"],
    ["::ffff:7f00:1", "mapped loopback, hex"],
    ["::ffff:169.254.169.254", "mapped metadata"],
    ["::ffff:0:10.0.0.1", "SIIT private"],
    // NAT64.
    ["64:ff9b::7f00:1", "NAT64 loopback"],
    ["64:ff9b::a9fe:a9fe", "NAT64 metadata"],
    ["64:ff9b:1:7f00:0:100::", "NAT64 local-use /48 loopback"],
    ["64:ff9b:1:c0a8:1:100::", "NAT64 local-use /48 private"],
    // 6to4 and Teredo.
    ["2002:7f00:1::1", "6to4 loopback"],
    ["2002:a9fe:a9fe::1", "6to4 metadata"],
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo, client 127.0.0.1"],
    ["2001:0:a00:1:8000:63bf:3fff:fdd2", "Teredo, server 10.0.0.1"],
    // Not an address.
    ["not-an-ip", "a name"],
    ["", "empty"],
  ])("refuses %s (%s)", (address) => expect(isPublicAddress(address)).toBe(false));

  it.each([
    ["93.184.216.34", "public IPv4"],
    ["8.8.8.8", "public IPv4"],
    ["2606:4700:4700::1111", "public IPv6"],
    ["2a00:1450:4001:80b::200e", "public IPv6"],
    ["::ffff:8.8.8.8", "mapped public"],
    ["64:ff9b::808:808", "NAT64 public"],
    ["2002:808:808::1", "6to4 public"],
    ["2001:0:4136:e378:8000:63bf:f7f7:f7f7", "Teredo, public server and client 8.8.8.8"],
  ])("accepts %s (%s)", (address) => expect(isPublicAddress(address)).toBe(true));
});
