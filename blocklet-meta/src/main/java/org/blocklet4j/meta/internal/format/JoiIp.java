package org.blocklet4j.meta.internal.format;

import java.util.Set;

/**
 * Joi's {@code string().ip({ version, cidr })} rule, which matches the whole string against the
 * {@code @sideway/address} IP grammars ({@link RfcIp}) with an optional, required or forbidden CIDR suffix: 0 to
 * 32 for IPv4 ({@code 0}-{@code 9} without leading zeros, {@code 10}-{@code 32}), 0 to 128 for IPv6 and IPvFuture
 * (up to three digits, leading zeros allowed).
 *
 * <p>Stateless: every method is a pure function, safe to call from any thread.
 */
public final class JoiIp {
    private JoiIp() {
    }

    /** The address families Joi names {@code ipv4}, {@code ipv6} and {@code ipvfuture}. */
    public enum Version {
        IPV4, IPV6, IPVFUTURE
    }

    /** Joi's {@code cidr} option; the default is {@link #OPTIONAL}. */
    public enum Cidr {
        REQUIRED, OPTIONAL, FORBIDDEN
    }

    /** The versions the manifest schema allows: {@code ['ipv4', 'ipv6']}. */
    public static final Set<Version> IPV4_AND_IPV6 = Set.of(Version.IPV4, Version.IPV6);

    /** True when {@code value} is an address of one of {@code versions} with the CIDR suffix {@code cidr} allows. */
    public static boolean isValid(String value, Set<Version> versions, Cidr cidr) {
        int slash = value.indexOf('/');
        int end = slash < 0 ? value.length() : slash;
        if (slash < 0 ? cidr == Cidr.REQUIRED : cidr == Cidr.FORBIDDEN) {
            return false;
        }
        for (Version version : versions) {
            boolean address = switch (version) {
                case IPV4 -> RfcIp.isIpv4(value, 0, end);
                case IPV6 -> RfcIp.isIpv6(value, 0, end);
                case IPVFUTURE -> RfcIp.isIpvFuture(value, 0, end);
            };
            if (address && (slash < 0 || isPrefixLength(value, slash + 1, version == Version.IPV4 ? 32 : 128))) {
                return true;
            }
        }
        return false;
    }

    /** {@code Joi.string().ip({ version: ['ipv4', 'ipv6'] })}, the form the manifest schema uses. */
    public static boolean isValid(String value) {
        return isValid(value, IPV4_AND_IPV6, Cidr.OPTIONAL);
    }

    private static boolean isPrefixLength(String s, int from, int max) {
        int length = s.length() - from;
        if (length < 1 || length > (max == 32 ? 2 : 3)) {
            return false;
        }
        int value = 0;
        for (int i = from; i < s.length(); i++) {
            if (!RfcIp.isDigit(s.charAt(i))) {
                return false;
            }
            value = value * 10 + (s.charAt(i) - '0');
        }
        if (max == 32 && length == 2 && s.charAt(from) == '0') {
            return false;
        }
        return value <= max;
    }
}
