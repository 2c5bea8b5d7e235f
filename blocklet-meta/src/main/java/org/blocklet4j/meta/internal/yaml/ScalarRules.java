package org.blocklet4j.meta.internal.yaml;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blocklet4j.meta.internal.js.JsNumbers;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * js-yaml 4.3.2's scalar types of DEFAULT_SCHEMA ({@code lib/type/*.js}): which plain scalars resolve to null,
 * booleans, numbers and dates, and what the explicit scalar tags accept.
 */
final class ScalarRules {
    static final String PREFIX = "tag:yaml.org,2002:";
    static final String STR = PREFIX + "str";
    static final String NULL = PREFIX + "null";
    static final String BOOL = PREFIX + "bool";
    static final String INT = PREFIX + "int";
    static final String FLOAT = PREFIX + "float";
    static final String TIMESTAMP = PREFIX + "timestamp";
    static final String MERGE = PREFIX + "merge";
    static final String BINARY = PREFIX + "binary";
    static final String SEQ = PREFIX + "seq";
    static final String MAP = PREFIX + "map";
    static final String SET = PREFIX + "set";
    static final String OMAP = PREFIX + "omap";
    static final String PAIRS = PREFIX + "pairs";

    private static final Pattern FLOAT_PATTERN = Pattern.compile(
            "[-+]?[0-9]++(?:\\.[0-9]*+)?+(?:[eE][-+]?[0-9]++)?+"
                    + "|\\.[0-9]++(?:[eE][-+]?[0-9]++)?+"
                    + "|[-+]?\\.(?:inf|Inf|INF)"
                    + "|\\.(?:nan|NaN|NAN)");
    private static final Pattern FLOAT_SPECIAL = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern TIMESTAMP_PATTERN = Pattern.compile(
            "([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)"
                    + "(?:[Tt]|[ \\t]++)"
                    + "([0-9][0-9]?):([0-9]{2}):([0-9]{2})"
                    + "(?:\\.([0-9]*+))?+"
                    + "(?:[ \\t]*+(Z|([-+])([0-9][0-9]?)(?::([0-9]{2}))?))?+");
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";

    private ScalarRules() {
    }

    /**
     * The value of a non-empty plain scalar without a tag: the first of js-yaml's implicit types null, bool, int,
     * float, timestamp that accepts it, otherwise the string itself ({@code <<} included, which the merge type
     * resolves to itself).
     */
    static JsonNode resolvePlain(String s) {
        if (isNull(s)) {
            return JsTree.NODES.nullNode();
        }
        Boolean b = bool(s);
        if (b != null) {
            return JsTree.NODES.booleanNode(b);
        }
        Double d = integer(s);
        if (d == null) {
            d = floating(s);
        }
        if (d != null) {
            return JsTree.NODES.numberNode(d);
        }
        Instant t = timestamp(s);
        if (t != null) {
            return JsTree.date(t);
        }
        return JsTree.NODES.stringNode(s);
    }

    /** {@code lib/type/null.js}. */
    static boolean isNull(String s) {
        return s.equals("~") || s.equals("null") || s.equals("Null") || s.equals("NULL");
    }

    /** {@code lib/type/bool.js}: the value, or null when {@code s} is not a boolean. */
    static @Nullable Boolean bool(String s) {
        switch (s) {
            case "true":
            case "True":
            case "TRUE":
                return Boolean.TRUE;
            case "false":
            case "False":
            case "FALSE":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /**
     * {@code lib/type/int.js}: {@code [-+]?(0b[01]+|0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)} whose value is finite, a
     * leading zero meaning decimal; the value, or null when {@code s} is not such an integer.
     */
    static @Nullable Double integer(String s) {
        int n = s.length();
        if (n == 0) {
            return null;
        }
        int index = 0;
        char first = s.charAt(0);
        double sign = 1;
        if (first == '-' || first == '+') {
            sign = first == '-' ? -1 : 1;
            index = 1;
        }
        if (index < n && s.charAt(index) == '0') {
            if (index + 1 == n) {
                return 0.0; // "0", "-0" and "+0" are all +0
            }
            char base = s.charAt(index + 1);
            int radix = base == 'b' ? 2 : base == 'x' ? 16 : base == 'o' ? 8 : 0;
            if (radix != 0) {
                String digits = s.substring(index + 2);
                if (digits.isEmpty() || !allDigits(digits, radix)) {
                    return null;
                }
                double value = sign * JsNumbers.parseRadix(digits, radix);
                return Double.isFinite(value) ? value : null;
            }
        }
        if (index == n || !allDigits(s.substring(index), 10)) {
            return null;
        }
        double value = sign * Double.parseDouble(s.substring(index));
        return Double.isFinite(value) ? value : null;
    }

    private static boolean allDigits(String s, int radix) {
        for (int i = 0; i < s.length(); i++) {
            if (JsStrings.digitValue(s.charAt(i), radix) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code lib/type/float.js}: the pattern, and a finite value or one of the {@code .inf}/{@code .nan} forms; the
     * value, or null when {@code s} is not such a float.
     */
    static @Nullable Double floating(String s) {
        if (!FLOAT_PATTERN.matcher(s).matches()) {
            return null;
        }
        boolean special = FLOAT_SPECIAL.matcher(s).matches();
        if (!special && !Double.isFinite(Double.parseDouble(s))) {
            return null;
        }
        String value = s.toLowerCase(java.util.Locale.ROOT);
        double sign = value.charAt(0) == '-' ? -1 : 1;
        if (value.charAt(0) == '-' || value.charAt(0) == '+') {
            value = value.substring(1);
        }
        if (value.equals(".inf")) {
            return sign > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (value.equals(".nan")) {
            return Double.NaN;
        }
        return sign * Double.parseDouble(value);
    }

    /**
     * {@code lib/type/timestamp.js}: {@code YYYY-MM-DD}, or a date and time with an optional fraction and zone, built
     * with {@code Date.UTC} (month and day roll over, years 0–99 mean 19xx, only milliseconds count); null when
     * {@code s} is not a timestamp.
     */
    static @Nullable Instant timestamp(String s) {
        if (s.length() < 8 || !isDigit(s.charAt(0)) || s.charAt(4) != '-') {
            return null;
        }
        Matcher m = DATE.matcher(s);
        if (m.matches()) {
            return Instant.ofEpochMilli(dateUtc(number(m.group(1)), number(m.group(2)) - 1, number(m.group(3)),
                    0, 0, 0, 0));
        }
        m = TIMESTAMP_PATTERN.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int millis = 0;
        String fraction = m.group(7);
        if (fraction != null && !fraction.isEmpty()) {
            millis = Integer.parseInt((fraction + "00").substring(0, 3));
        }
        long time = dateUtc(number(m.group(1)), number(m.group(2)) - 1, number(m.group(3)),
                number(m.group(4)), number(m.group(5)), number(m.group(6)), millis);
        if (m.group(9) != null) {
            long delta = (number(m.group(10)) * 60L + (m.group(11) == null ? 0 : number(m.group(11)))) * 60_000L;
            time -= m.group(9).equals("-") ? -delta : delta;
        }
        return Instant.ofEpochMilli(time);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    /** ECMAScript {@code Date.UTC(year, month, day, hours, minutes, seconds, ms)} for the ranges a timestamp has. */
    static long dateUtc(int year, int month, int day, int hours, int minutes, int seconds, int millis) {
        int y = year >= 0 && year <= 99 ? 1900 + year : year;
        long monthYear = y + Math.floorDiv(month, 12);
        int monthOfYear = Math.floorMod(month, 12);
        long days = LocalDate.of((int) monthYear, monthOfYear + 1, 1).toEpochDay() + day - 1;
        return days * 86_400_000L + hours * 3_600_000L + minutes * 60_000L + seconds * 1000L + millis;
    }

    /**
     * {@code lib/type/binary.js}: the bytes of base64 text (line breaks skipped), or null when a character is not
     * base64 or the bits do not add up to whole bytes. Padding anywhere is dropped, as js-yaml drops it.
     */
    static byte @Nullable [] binary(String s) {
        int bits = 0;
        for (int i = 0; i < s.length(); i++) {
            int code = BASE64.indexOf(s.charAt(i));
            if (code > 64) {
                continue;
            }
            if (code < 0) {
                return null;
            }
            bits += 6;
        }
        if (bits % 8 != 0) {
            return null;
        }
        StringBuilder input = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\r' && c != '\n' && c != '=') {
                input.append(c);
            }
        }
        int max = input.length();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(max * 3 / 4 + 3);
        int acc = 0;
        for (int i = 0; i < max; i++) {
            if (i % 4 == 0 && i > 0) {
                out.write((acc >> 16) & 0xFF);
                out.write((acc >> 8) & 0xFF);
                out.write(acc & 0xFF);
            }
            acc = (acc << 6) | BASE64.indexOf(input.charAt(i));
        }
        int tailBits = (max % 4) * 6;
        if (tailBits == 0) {
            out.write((acc >> 16) & 0xFF);
            out.write((acc >> 8) & 0xFF);
            out.write(acc & 0xFF);
        } else if (tailBits == 18) {
            out.write((acc >> 10) & 0xFF);
            out.write((acc >> 2) & 0xFF);
        } else if (tailBits == 12) {
            out.write((acc >> 4) & 0xFF);
        }
        return out.toByteArray();
    }
}
