package org.blocklet4j.meta.internal.js;

import tools.jackson.core.io.NumberOutput;

/**
 * {@code Number.prototype.toString()} for doubles: the shortest digits that round-trip (Schubfach, as JDK 17's
 * {@link Double#toString} is not shortest) laid out the ECMAScript way: plain notation for
 * {@code 1e-7 < |x| < 1e21}, otherwise {@code d.ddde±N}; {@code -0} prints as {@code 0}.
 */
public final class JsNumbers {
    private JsNumbers() {
    }

    /**
     * The correctly rounded double of an unsigned integer written in a power-of-two radix (2, 8 or 16), as
     * JavaScript reads {@code 0x…}, {@code 0o…} and {@code 0b…}; infinity from 2^1024 on. {@code digits} must all be
     * digits of {@code radix}.
     */
    public static double parseRadix(String digits, int radix) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        int bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        if ((long) (digits.length() - start - 1) * bitsPerDigit >= 1025) {
            return Double.POSITIVE_INFINITY; // at least 2^1024
        }
        return new java.math.BigInteger(digits.substring(start), radix).doubleValue();
    }

    /** {@code ToUint8}: the integer part of {@code x} modulo 2^8, 0 for NaN and the infinities. */
    public static int toUint8(double x) {
        if (!Double.isFinite(x)) {
            return 0;
        }
        return new java.math.BigDecimal(x).toBigInteger().mod(java.math.BigInteger.valueOf(256)).intValue();
    }

    /** The string JavaScript's {@code String(x)} gives for {@code x}. */
    public static String toString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return "0";
        }
        if (Math.abs(x) == Double.MIN_VALUE) {
            // One digit suffices for the smallest subnormal; the Schubfach writer gives two.
            return x < 0 ? "-5e-324" : "5e-324";
        }
        if (x == Math.rint(x) && Math.abs(x) <= 9007199254740991d) {
            // Every integer up to 2^53 - 1 is its own shortest form; beyond it the digits below the shortest
            // ones print as zeros (2^60 is 1152921504606847000), which the general path does.
            return Long.toString((long) x);
        }
        boolean negative = x < 0;
        // Shortest decimal: digits and exponent such that x = 0.d1d2...dk × 10^n (ECMAScript's k and n).
        String java = NumberOutput.toString(Math.abs(x), true);
        String digits;
        int n;
        int e = java.indexOf('E');
        String mantissa = e < 0 ? java : java.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String intPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fracPart = dot < 0 ? "" : mantissa.substring(dot + 1);
        String all = intPart + fracPart;
        int pointPos = intPart.length() + exponent;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        digits = all.substring(lead);
        pointPos -= lead;
        int trail = digits.length();
        while (trail > 1 && digits.charAt(trail - 1) == '0') {
            trail--;
        }
        digits = digits.substring(0, trail);
        n = pointPos;
        int k = digits.length();
        StringBuilder out = new StringBuilder(k + 8);
        if (negative) {
            out.append('-');
        }
        if (k <= n && n <= 21) {
            out.append(digits);
            out.append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            int exp = n - 1;
            out.append('e').append(exp < 0 ? '-' : '+').append(Math.abs(exp));
        }
        return out.toString();
    }
}
