package org.blocklet4j.meta.did;

import java.util.Arrays;
import java.util.Objects;

import org.blocklet4j.meta.internal.js.JsStrings;

/**
 * The DID {@code @blocklet/meta} expects for a blocklet ({@code toBlockletDid}).
 *
 * <p>This class has no state; all methods are safe to call from any thread.
 */
public final class BlockletDid {
    /** What {@code toBlockletDid} derives from a name: {@code DidType({role: ROLE_ANY})}. */
    private static final DidType NAME_TYPE =
            DidType.of(RoleType.ANY, KeyType.ED25519, HashType.SHA3, EncodingType.BASE58);

    private BlockletDid() {
    }

    /**
     * The blocklet DID of {@code name}, as {@code toBlockletDid} of {@code @blocklet/meta} 1.17.12 computes it.
     *
     * <p>When {@code name} already is a valid DID ({@link Did#isValid}) it is returned unchanged, any
     * {@code did:<method>:} prefix included. Otherwise the name is trimmed of JavaScript white space (so U+00A0
     * and U+3000 count) and encoded as UTF-8, a lone surrogate becoming U+FFFD as Node's {@code Buffer.from}
     * does; the first 20 bytes of its SHA3-256 hash, after the type field {@code 0xFC01} (role ANY, ED25519,
     * SHA3), make the body, and the first 4 bytes of the body's SHA3-256 hash the checksum. The result is
     * {@code z} followed by the base58 of those 26 bytes. A {@code 0x…} name is hashed as text, not hex-decoded.
     *
     * @throws NullPointerException when {@code name} is null (the reference throws a TypeError)
     */
    public static String fromName(String name) {
        Objects.requireNonNull(name, "name");
        if (Did.isValid(name)) {
            return name;
        }
        byte[] key = utf8(JsStrings.trim(name));
        return Did.fromPublicKey(key, NAME_TYPE);
    }

    /** UTF-8 as Node writes it: unlike {@link String#getBytes}, which writes {@code ?}, a lone surrogate is U+FFFD. */
    private static byte[] utf8(String s) {
        byte[] out = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (Character.isHighSurrogate((char) c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, s.charAt(++i));
            } else if (Character.isSurrogate((char) c)) {
                c = 0xFFFD;
            }
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (c < 0x10000) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else {
                out[n++] = (byte) (0xF0 | c >> 18);
                out[n++] = (byte) (0x80 | c >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return Arrays.copyOf(out, n);
    }
}
