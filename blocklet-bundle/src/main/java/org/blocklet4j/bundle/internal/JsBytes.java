package org.blocklet4j.bundle.internal;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Strings to bytes as {@code toUint8Array} of {@code @ocap/util} converts them: {@code 0x} hex, else {@code z}
 * base58, else the UTF-8 of the text without leading and trailing NUL bytes ({@code utf8ToHex}).
 */
public final class JsBytes {
    /** Longer base58 text is never a key, signature or hash; decoding it would only cost time. */
    private static final int MAX_BASE58 = 4096;

    private JsBytes() {
    }

    /** The bytes of {@code s}, or null where the reference throws or the input is unusably long. */
    public static byte @Nullable [] toBytes(String s) {
        if (s.isEmpty()) {
            return new byte[0];
        }
        if (isHexStrict(s)) {
            return hexToBytes(s);
        }
        if (s.charAt(0) == 'z') {
            if (s.length() > MAX_BASE58) {
                return null;
            }
            byte[] decoded = Base58.decode(s.substring(1));
            if (decoded != null) {
                return decoded;
            }
        }
        return utf8(s);
    }

    /** The UTF-8 bytes of {@code s} without leading and trailing NUL bytes, as {@code utf8ToHex} gives them. */
    public static byte[] utf8(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int from = 0;
        int to = bytes.length;
        while (from < to && bytes[from] == 0) {
            from++;
        }
        while (to > from && bytes[to - 1] == 0) {
            to--;
        }
        return from == 0 && to == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes, from, to);
    }

    /** {@code /^(-)?0x[0-9a-f]*$/i}. */
    public static boolean isHexStrict(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        if (s.length() < i + 2 || s.charAt(i) != '0' || (s.charAt(i + 1) | 0x20) != 'x') {
            return false;
        }
        for (int k = i + 2; k < s.length(); k++) {
            if (Character.digit(s.charAt(k), 16) < 0 || s.charAt(k) > 'f') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code hexToBytes} of {@code @ocap/util} on a strict hex string: the {@code 0x} is removed, an odd length
     * gets a leading {@code 0}, and each pair goes through {@code parseInt(pair, 16)} into a {@code Uint8Array}.
     */
    private static byte[] hexToBytes(String s) {
        String hex = s.regionMatches(true, 0, "0x", 0, 2) ? s.substring(2) : s;
        if (hex.length() % 2 != 0) {
            hex = "0" + hex;
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) parseIntHex(hex.charAt(2 * i), hex.charAt(2 * i + 1));
        }
        return out;
    }

    /** {@code parseInt(a + b, 16)} as a {@code Uint8Array} stores it (NaN is 0, negatives wrap). */
    private static int parseIntHex(char a, char b) {
        int sign = 1;
        String digits = "" + a + b;
        if (a == '-') {
            sign = -1;
            digits = String.valueOf(b);
        } else if (a == '0' && (b | 0x20) == 'x') {
            return 0;
        }
        int value = 0;
        int count = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 16);
            if (d < 0) {
                break;
            }
            value = value * 16 + d;
            count++;
        }
        return count == 0 ? 0 : sign * value & 0xFF;
    }
}
