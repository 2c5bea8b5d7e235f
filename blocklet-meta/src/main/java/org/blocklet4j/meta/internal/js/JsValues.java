package org.blocklet4j.meta.internal.js;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BinaryNode;

/**
 * JavaScript's {@code ToString} for the values a manifest holds, as string concatenation and template literals
 * apply it: arrays join their elements with commas, objects print {@code [object Object]}, dates print
 * {@code Date.prototype.toString} (in UTC, see below), {@code Uint8Array}s join their bytes.
 *
 * <p>An object with its own {@code toString} key cannot be converted (the key is not a function, and
 * {@code valueOf} returns the object itself): that throws {@code TypeError: Cannot convert object to primitive
 * value}, as in JavaScript. Dates print as Node prints them with {@code TZ=UTC}; the reference prints them in
 * its process time zone.
 *
 * <p>This class has no state; it is safe to call from any thread.
 */
public final class JsValues {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final Pattern DECIMAL =
            // Possessive: a long digit string that is not a number fails in linear time instead of backtracking.
            Pattern.compile("[+-]?+(?:[0-9]++\\.?+[0-9]*+|\\.[0-9]++)(?:[eE][+-]?+[0-9]++)?+");

    private JsValues() {
    }

    /** {@code String(value)}; {@code undefined} for Java null. */
    public static String toJsString(@Nullable JsonNode value) {
        StringBuilder out = new StringBuilder();
        append(out, value, 0);
        return out.toString();
    }

    private static void append(StringBuilder out, @Nullable JsonNode value, int depth) {
        if (value == null || value.isMissingNode()) {
            out.append("undefined");
        } else if (value.isNull()) {
            out.append("null");
        } else if (value.isString()) {
            out.append(value.stringValue());
        } else if (value.isNumber()) {
            out.append(JsNumbers.toString(value.doubleValue()));
        } else if (value.isBoolean()) {
            out.append(value.booleanValue());
        } else if (value.isArray()) {
            if (depth > 10_000) {
                throw JsError.rangeError("Maximum call stack size exceeded");
            }
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonNode item = value.get(i);
                if (item != null && !item.isNull() && !item.isMissingNode()) {
                    append(out, item, depth + 1);
                }
            }
        } else if (value.isObject()) {
            if (value.has("toString")) {
                throw JsError.typeError("Cannot convert object to primitive value");
            }
            out.append("[object Object]");
        } else if (JsTree.isDate(value)) {
            out.append(dateToString(JsTree.instant(value)));
        } else if (value instanceof BinaryNode b) {
            byte[] bytes = b.binaryValue();
            for (int i = 0; i < bytes.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(bytes[i] & 0xff);
            }
        } else {
            out.append(value.asString());
        }
    }

    /** JavaScript {@code ToNumber} for the values a manifest holds (objects go through their string). */
    public static double toNumber(@Nullable JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return Double.NaN;
        }
        if (value.isNull()) {
            return 0;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? 1 : 0;
        }
        if (JsTree.isDate(value)) {
            return JsTree.instant(value).toEpochMilli();
        }
        return stringToNumber(toJsString(value));
    }

    /** {@code StringToNumber}: trimmed decimal, {@code 0x}/{@code 0o}/{@code 0b} integers, Infinity; else NaN. */
    public static double stringToNumber(String raw) {
        String s = JsStrings.trim(raw);
        if (s.isEmpty()) {
            return 0;
        }
        if (s.length() > 2 && s.charAt(0) == '0') {
            int radix = switch (s.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                for (int i = 2; i < s.length(); i++) {
                    if (JsStrings.digitValue(s.charAt(i), radix) < 0) {
                        return Double.NaN;
                    }
                }
                return JsNumbers.parseRadix(s.substring(2), radix);
            }
        }
        String unsigned = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (unsigned.equals("Infinity")) {
            return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!DECIMAL.matcher(s).matches()) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    /**
     * {@code Date.prototype.toString} as Node prints it with {@code TZ=UTC}, for example
     * {@code Wed Jan 01 2020 00:00:00 GMT+0000 (Coordinated Universal Time)}.
     */
    private static String dateToString(Instant instant) {
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        int year = t.getYear();
        String y = (year < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d", Math.abs(year));
        return String.format(Locale.ROOT, "%s %s %02d %s %02d:%02d:%02d GMT+0000 (Coordinated Universal Time)",
                DAYS[t.getDayOfWeek().getValue() - 1], MONTHS[t.getMonthValue() - 1], t.getDayOfMonth(), y,
                t.getHour(), t.getMinute(), t.getSecond());
    }
}
