package org.blocklet4j.bundle.internal;

import java.io.ByteArrayOutputStream;

/**
 * {@code fromBase64} of {@code @ocap/util}: base64url unescaped, then decoded as Node's {@code Buffer} decodes
 * base64 — both alphabets, characters outside them skipped, decoding stopped at the first {@code =}.
 */
final class Base64Lenient {
    private Base64Lenient() {
    }

    static byte[] decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 3 / 4 + 1);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=') {
                break;
            }
            int v = value(c);
            if (v < 0) {
                continue;
            }
            buffer = buffer << 6 | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.write(buffer >> bits & 0xFF);
            }
        }
        return out.toByteArray();
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+' || c == '-') {
            return 62;
        }
        if (c == '/' || c == '_') {
            return 63;
        }
        return -1;
    }
}
