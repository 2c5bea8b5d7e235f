package org.blocklet4j.meta.internal.idna;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * RFC 3492 Punycode with the bounds of ada 2.9.2: 32-bit signed arithmetic whose overflow is an error, digits in
 * lower case only when decoding.
 */
final class Punycode {
    private static final int BASE = 36;
    private static final int TMIN = 1;
    private static final int TMAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;
    private static final int MAX = 0x7FFFFFFF;

    private Punycode() {
    }

    /** The code points {@code input} encodes, or null when it is not valid Punycode. */
    static int @Nullable [] decode(String input) {
        int[] out = new int[input.length()];
        int written = 0;
        long n = INITIAL_N;
        int i = 0;
        int bias = INITIAL_BIAS;
        int pos = 0;
        int endOfAscii = input.lastIndexOf('-');
        if (endOfAscii >= 0) {
            for (int k = 0; k < endOfAscii; k++) {
                char c = input.charAt(k);
                if (c >= 0x80) {
                    return null;
                }
                out[written++] = c;
            }
            pos = endOfAscii + 1;
        }
        while (pos < input.length()) {
            int oldi = i;
            int w = 1;
            for (int k = BASE; ; k += BASE) {
                if (pos >= input.length()) {
                    return null;
                }
                int digit = digitValue(input.charAt(pos++));
                if (digit < 0) {
                    return null;
                }
                if (digit > (MAX - i) / w) {
                    return null;
                }
                i += digit * w;
                int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
                if (digit < t) {
                    break;
                }
                if (w > MAX / (BASE - t)) {
                    return null;
                }
                w *= BASE - t;
            }
            bias = adapt(i - oldi, written + 1, oldi == 0);
            if (i / (written + 1) > (int) (MAX - n)) {
                return null;
            }
            n += i / (written + 1);
            i %= written + 1;
            if (n < 0x80) {
                return null;
            }
            if (written == out.length) {
                out = Arrays.copyOf(out, out.length * 2 + 1);
            }
            System.arraycopy(out, i, out, i + 1, written - i);
            out[i] = (int) n;
            written++;
            i++;
        }
        return Arrays.copyOf(out, written);
    }

    /** Appends the Punycode form of {@code input} to {@code out}; false on overflow. */
    static boolean encode(int[] input, StringBuilder out) {
        long n = INITIAL_N;
        long delta = 0;
        int bias = INITIAL_BIAS;
        int h = 0;
        for (int c : input) {
            if (c < 0x80) {
                h++;
                out.append((char) c);
            }
        }
        int b = h;
        if (b > 0) {
            out.append('-');
        }
        while (h < input.length) {
            long m = 0x10FFFF;
            for (int c : input) {
                if (c >= n && c < m) {
                    m = c;
                }
            }
            if ((m - n) > (MAX - delta) / (h + 1)) {
                return false;
            }
            delta += (m - n) * (h + 1);
            n = m;
            for (int c : input) {
                if (c < n) {
                    if (delta == MAX) {
                        return false;
                    }
                    delta++;
                }
                if (c == n) {
                    long q = delta;
                    for (int k = BASE; ; k += BASE) {
                        int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
                        if (q < t) {
                            break;
                        }
                        out.append(digitChar((int) (t + (q - t) % (BASE - t))));
                        q = (q - t) / (BASE - t);
                    }
                    out.append(digitChar((int) q));
                    bias = adapt((int) delta, h + 1, h == b);
                    delta = 0;
                    h++;
                }
            }
            delta++;
            n++;
        }
        return true;
    }

    private static int adapt(int delta, int count, boolean firstTime) {
        delta = firstTime ? delta / DAMP : delta / 2;
        delta += delta / count;
        int k = 0;
        while (delta > ((BASE - TMIN) * TMAX) / 2) {
            delta /= BASE - TMIN;
            k += BASE;
        }
        return k + (((BASE - TMIN + 1) * delta) / (delta + SKEW));
    }

    private static int digitValue(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 26;
        }
        return -1;
    }

    private static char digitChar(int digit) {
        return (char) (digit < 26 ? digit + 'a' : digit + 22);
    }
}
