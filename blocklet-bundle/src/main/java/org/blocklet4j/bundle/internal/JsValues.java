package org.blocklet4j.bundle.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * JavaScript truthiness and {@code Number(x) || 0} for JSON values. The decimal pattern is possessive, so that a
 * long digit string fails in linear time.
 */
final class JsValues {
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:Infinity|(?:\\d++(?:\\.\\d*+)?|\\.\\d++)(?:[eE][+-]?\\d++)?)");

    private JsValues() {
    }

    static boolean isTruthy(JsonNode v) {
        if (v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        if (v.isString()) {
            return !v.stringValue().isEmpty();
        }
        return true;
    }

    /** {@code Number(v) || 0}: NaN and absence give 0. */
    static double toNumberOrZero(@Nullable JsonNode v) {
        double d = toNumber(v);
        return Double.isNaN(d) ? 0 : d;
    }

    private static double toNumber(@Nullable JsonNode v) {
        if (v == null || v.isNull()) {
            return 0;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? 1 : 0;
        }
        if (v.isString()) {
            return stringToNumber(v.stringValue());
        }
        if (v.isArray() && v.isEmpty()) {
            return 0;
        }
        if (v.isArray() && v.size() == 1 && !v.get(0).isContainer()) {
            return toNumber(v.get(0).isNull() ? null : v.get(0).isString() ? v.get(0)
                    : tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(v.get(0).asString()));
        }
        return Double.NaN;
    }

    /** ECMAScript StringToNumber. */
    private static double stringToNumber(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return 0;
        }
        if (t.length() > 2 && t.charAt(0) == '0') {
            int radix = switch (t.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                double value = 0;
                for (int i = 2; i < t.length(); i++) {
                    int d = Character.digit(t.charAt(i), radix);
                    if (d < 0 || t.charAt(i) > 'z') {
                        return Double.NaN;
                    }
                    value = value * radix + d;
                }
                return value;
            }
        }
        if (!DECIMAL.matcher(t).matches()) {
            return Double.NaN;
        }
        return t.endsWith("Infinity") ? (t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                : Double.parseDouble(t);
    }
}
