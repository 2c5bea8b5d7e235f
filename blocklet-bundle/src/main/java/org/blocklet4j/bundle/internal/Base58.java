package org.blocklet4j.bundle.internal;

import java.math.BigInteger;

import org.jspecify.annotations.Nullable;

/**
 * Base58 decoding with the Bitcoin alphabet, as {@code bs58} decodes it (each leading {@code 1} a zero byte), for
 * {@link JsBytes}. Encoding DIDs is {@link org.blocklet4j.meta.did.Did#fromPublicKey}'s.
 */
final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58() {
    }

    /** The bytes, or null when a character is outside the alphabet. */
    static byte @Nullable [] decode(String s) {
        BigInteger n = BigInteger.ZERO;
        int zeros = 0;
        while (zeros < s.length() && s.charAt(zeros) == '1') {
            zeros++;
        }
        for (int i = 0; i < s.length(); i++) {
            int digit = ALPHABET.indexOf(s.charAt(i));
            if (digit < 0) {
                return null;
            }
            n = n.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] out = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
        return out;
    }
}
