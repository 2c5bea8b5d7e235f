package org.blocklet4j.meta.internal.format;

/**
 * The IP address grammars of {@code @sideway/address} (RFC 3986 {@code IPv4address}, {@code IPv6address},
 * {@code IPvFuture}) as direct recognisers over a range of a string. The reference's dec-octet admits leading
 * zeros ({@code 001}, {@code 09}); its IPv6 grammar has no zone identifier.
 */
final class RfcIp {
    private RfcIp() {
    }

    /** {@code dec-octet "." dec-octet "." dec-octet "." dec-octet}, each octet 1 to 3 digits worth at most 255. */
    static boolean isIpv4(String s, int from, int to) {
        int octets = 0;
        int i = from;
        while (true) {
            int start = i;
            int value = 0;
            while (i < to && i - start < 3 && isDigit(s.charAt(i))) {
                value = value * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || value > 255) {
                return false;
            }
            octets++;
            if (octets == 4) {
                return i == to;
            }
            if (i >= to || s.charAt(i) != '.') {
                return false;
            }
            i++;
        }
    }

    /**
     * RFC 3986 {@code IPv6address}: without {@code ::} exactly eight 16-bit pieces; with one {@code ::} at most
     * seven. An IPv4 address may stand for the last two pieces.
     */
    static boolean isIpv6(String s, int from, int to) {
        int gap = s.indexOf("::", from);
        if (gap >= 0 && gap + 2 > to) {
            gap = -1;
        }
        if (gap < 0) {
            int pieces = countPieces(s, from, to, true);
            return pieces == 8;
        }
        int left = gap == from ? 0 : countPieces(s, from, gap, false);
        int right = gap + 2 == to ? 0 : countPieces(s, gap + 2, to, true);
        return left >= 0 && right >= 0 && left + right <= 7;
    }

    /**
     * Counts the colon-separated {@code h16} pieces of a non-empty range, an IPv4 tail counting two; -1 when the
     * range is not such a list.
     */
    private static int countPieces(String s, int from, int to, boolean ipv4Tail) {
        int count = 0;
        int i = from;
        while (true) {
            int end = i;
            while (end < to && s.charAt(end) != ':') {
                end++;
            }
            if (end == to && ipv4Tail && isIpv4(s, i, end)) {
                return count + 2;
            }
            if (!isH16(s, i, end)) {
                return -1;
            }
            count++;
            if (end == to) {
                return count;
            }
            i = end + 1;
            if (count > 8) {
                return -1;
            }
        }
    }

    private static boolean isH16(String s, int from, int to) {
        if (to - from < 1 || to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isHex(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )}, with a lower-case {@code v} only. */
    static boolean isIpvFuture(String s, int from, int to) {
        if (to - from < 4 || s.charAt(from) != 'v') {
            return false;
        }
        int i = from + 1;
        while (i < to && isHex(s.charAt(i))) {
            i++;
        }
        if (i == from + 1 || i >= to || s.charAt(i) != '.') {
            return false;
        }
        i++;
        if (i == to) {
            return false;
        }
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (!UriChars.isUnreserved(c) && !UriChars.isSubDelim(c) && c != ':') {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
