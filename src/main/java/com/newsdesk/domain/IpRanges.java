package com.newsdesk.domain;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Blocked IP entries: one address ("203.0.113.7", "2001:db8::1") or a range in CIDR form ("203.0.113.0/24").
 * Parsed here without name lookups: only literal addresses are accepted.
 */
final class IpRanges {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");

    private IpRanges() {}

    /** Refuses an entry that is neither an address nor a range, naming it. */
    static void check(String entry) {
        String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
        byte[] bytes = parse(address);
        if (bytes == null) {
            throw new InvalidInputException("blocked IPs", "\"" + entry + "\" is not an IP address or a range such as"
                    + " 203.0.113.0/24");
        }
        if (entry.contains("/")) {
            int bits = prefixLength(entry);
            if (bits < 0 || bits > bytes.length * 8) {
                throw new InvalidInputException("blocked IPs", "\"" + entry + "\" has a prefix length outside 0–"
                        + bytes.length * 8);
            }
        }
    }

    static boolean contains(String entry, String ip) {
        if (ip == null || ip.isBlank()) {
            return false;
        }
        byte[] candidate = parse(ip.strip().toLowerCase(Locale.ROOT));
        if (candidate == null) {
            return false;
        }
        if (!entry.contains("/")) {
            byte[] single = parse(entry);
            return single != null && java.util.Arrays.equals(single, candidate);
        }
        byte[] network = parse(entry.substring(0, entry.indexOf('/')));
        int bits = prefixLength(entry);
        if (network == null || network.length != candidate.length || bits < 0) {
            return false;
        }
        int width = network.length * 8;
        BigInteger mask = bits == 0 ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftLeft(width - bits);
        return new BigInteger(1, network).and(mask).equals(new BigInteger(1, candidate).and(mask));
    }

    private static int prefixLength(String entry) {
        try {
            return Integer.parseInt(entry.substring(entry.indexOf('/') + 1));
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** The address's bytes, or null when it is not a literal IPv4 or IPv6 address. */
    private static byte[] parse(String address) {
        var v4 = IPV4.matcher(address);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(v4.group(i + 1));
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (!IPV6.matcher(address).matches()) {
            return null;
        }
        try { // a literal with a colon is never looked up by name
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? bytes : null;
        } catch (java.net.UnknownHostException notAnAddress) {
            return null;
        }
    }
}
