package org.blocklet4j.meta.did;

import java.math.BigInteger;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Base58 with the Bitcoin alphabet, as {@code bs58} 5 (base-x 4) encodes and decodes: each leading zero byte is a
 * leading {@code 1}, the rest is the big-endian number in base 58.
 */
final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final byte[] DIGITS = new byte[128];
    private static final BigInteger BASE = BigInteger.valueOf(58);
    /** 58^10 still fits in a long; runs of up to 10 digits are summed without BigInteger. */
    private static final int LONG_DIGITS = 10;

    static {
        Arrays.fill(DIGITS, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            DIGITS[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private Base58() {
    }

    static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        StringBuilder sb = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(BASE);
            sb.append(ALPHABET.charAt(qr[1].intValue()));
            value = qr[0];
        }
        sb.append("1".repeat(zeros));
        return sb.reverse().toString();
    }

    /** The bytes {@code s} spells, or null when a character is outside the alphabet (base-x then throws). */
    static byte @Nullable [] decode(String s) {
        int zeros = 0;
        while (zeros < s.length() && s.charAt(zeros) == '1') {
            zeros++;
        }
        int[] digits = new int[s.length() - zeros];
        for (int i = zeros; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c < DIGITS.length ? DIGITS[c] : -1;
            if (d < 0) {
                return null;
            }
            digits[i - zeros] = d;
        }
        byte[] magnitude = digits.length == 0 ? new byte[0] : value(digits, 0, digits.length).toByteArray();
        int skip = 0;
        while (skip < magnitude.length && magnitude[skip] == 0) {
            skip++;
        }
        byte[] out = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
        return out;
    }

    /**
     * The number the digits {@code [from, to)} spell, split in halves so that long inputs cost BigInteger's
     * sub-quadratic multiplication rather than one multiply-add per digit.
     */
    private static BigInteger value(int[] digits, int from, int to) {
        if (to - from <= LONG_DIGITS) {
            long v = 0;
            for (int i = from; i < to; i++) {
                v = v * 58 + digits[i];
            }
            return BigInteger.valueOf(v);
        }
        int mid = (from + to) >>> 1;
        return value(digits, from, mid).multiply(BASE.pow(to - mid)).add(value(digits, mid, to));
    }
}
