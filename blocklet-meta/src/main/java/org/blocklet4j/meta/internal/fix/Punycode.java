package org.blocklet4j.meta.internal.fix;

import org.jspecify.annotations.Nullable;

/** RFC 3492 Punycode over code points, as IDNA uses it for {@code xn--} labels. */
final class Punycode {
    private static final int BASE = 36;
    private static final int TMIN = 1;
    private static final int TMAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;

    private Punycode() {
    }

    private static int adapt(int delta, int numPoints, boolean firstTime) {
        delta = firstTime ? delta / DAMP : delta / 2;
        delta += delta / numPoints;
        int k = 0;
        while (delta > ((BASE - TMIN) * TMAX) / 2) {
            delta /= BASE - TMIN;
            k += BASE;
        }
        return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0' + 26;
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return -1;
    }

    private static char digitChar(int d) {
        return (char) (d < 26 ? 'a' + d : '0' + d - 26);
    }

    /**
     * The code points {@code input} (without {@code xn--}) decodes to, or null when it is not valid Punycode.
     * As ada (Node's URL library) decodes: a delimiter anywhere, even first, ends the basic code points; only
     * lower-case digits count (the input is already mapped to lower case); 31-bit overflow fails.
     */
    static int @Nullable [] decode(String input) {
        int[] out = new int[Math.max(4, input.length())];
        int len = 0;
        int b = input.lastIndexOf('-');
        int in = 0;
        if (b >= 0) {
            for (int j = 0; j < b; j++) {
                char c = input.charAt(j);
                if (c >= 0x80) {
                    return null;
                }
                out[len++] = c;
            }
            in = b + 1;
        }
        long n = INITIAL_N;
        long i = 0;
        int bias = INITIAL_BIAS;
        while (in < input.length()) {
            long oldi = i;
            long w = 1;
            for (int k = BASE; ; k += BASE) {
                if (in >= input.length()) {
                    return null;
                }
                int digit = digitValue(input.charAt(in++));
                if (digit < 0) {
                    return null;
                }
                if (digit > (Integer.MAX_VALUE - i) / w) {
                    return null;
                }
                i += digit * w;
                int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
                if (digit < t) {
                    break;
                }
                if (w > Integer.MAX_VALUE / (BASE - t)) {
                    return null;
                }
                w *= BASE - t;
            }
            bias = adapt((int) (i - oldi), len + 1, oldi == 0);
            if (i / (len + 1) > Integer.MAX_VALUE - n) {
                return null;
            }
            n += i / (len + 1);
            i %= len + 1;
            if (n < 0x80) {
                return null;
            }
            if (len == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            System.arraycopy(out, (int) i, out, (int) i + 1, len - (int) i);
            out[(int) i] = (int) Math.min(n, Integer.MAX_VALUE);
            len++;
            i++;
        }
        return java.util.Arrays.copyOf(out, len);
    }

    /** The Punycode of {@code input} (code points), without the {@code xn--} prefix. */
    static String encode(int[] input) {
        StringBuilder out = new StringBuilder();
        for (int c : input) {
            if (c < 0x80) {
                out.append((char) c);
            }
        }
        int b = out.length();
        int h = b;
        if (b > 0) {
            out.append('-');
        }
        int n = INITIAL_N;
        long delta = 0;
        int bias = INITIAL_BIAS;
        while (h < input.length) {
            int m = Integer.MAX_VALUE;
            for (int c : input) {
                if (c >= n && c < m) {
                    m = c;
                }
            }
            delta += (long) (m - n) * (h + 1);
            n = m;
            for (int c : input) {
                if (c < n) {
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
        return out.toString();
    }
}
