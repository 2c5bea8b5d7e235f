package org.blocklet4j.meta.internal.schema;

import java.util.regex.Pattern;

import org.blocklet4j.meta.internal.js.JsNumbers;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** Joi's {@code number()}: numbers and numeric strings (converted); NaN, infinities and unsafe integers fail. */
public final class NumberSchema extends Schema<NumberSchema> {
    private static final Pattern NUMBER = Pattern.compile(
            "^[\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*[+-]?(?:(?:\\d+(?:\\.\\d*)?)|(?:\\.\\d+))"
                    + "(?:[eE]([+-]?\\d+))?[\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*$");
    private static final double MAX_SAFE = 9007199254740991d;

    @Override
    String typeName() {
        return "number";
    }

    @Override
    @Nullable JsonNode coerce(JsonNode value, Path path, Context ctx) throws Reject {
        if (!value.isString()) {
            return null;
        }
        String raw = value.stringValue();
        if (!NUMBER.matcher(raw).matches()) {
            return null;
        }
        String v = JsStrings.trim(raw);
        double d = Double.parseDouble(v.startsWith("+") ? v.substring(1) : v);
        if (d == 0) {
            d = 0;
        }
        String printed = JsNumbers.toString(d);
        if (v.indexOf('e') >= 0 || v.indexOf('E') >= 0) {
            if (!significant(v).equals(significant(printed))) {
                throw reject("number.unsafe", path, "must be a safe number");
            }
        } else if (printed.indexOf('e') < 0 && !printed.equals(normalizeDecimal(v))) {
            throw reject("number.unsafe", path, "must be a safe number");
        }
        return JsTree.NODES.numberNode(d);
    }

    private static String significant(String s) {
        s = s.replaceFirst("[eE][+-]?\\d+$", "");
        s = s.replaceFirst("\\.", "");
        s = s.replaceFirst("0+$", "");
        return s.replaceFirst("^[+-]?(0*)?", "");
    }

    private static String normalizeDecimal(String s) {
        s = s.replaceFirst("^\\+", "");
        s = s.replaceFirst("\\.0*$", "");
        s = s.replaceFirst("^(-?)\\.([^.]*)$", "$10.$2");
        s = s.replaceFirst("^(-?)0+([0-9])", "$1$2");
        if (s.contains(".") && s.endsWith("0")) {
            s = s.replaceFirst("0+$", "");
        }
        if (s.equals("-0")) {
            return "0";
        }
        return s;
    }

    @Override
    Result base(JsonNode value, Path path, Context ctx) {
        if (value.isNumber()) {
            double d = value.doubleValue();
            if (Double.isInfinite(d)) {
                return Result.fail(value, Issue.error("number.infinity", path,
                        "\"" + path.label() + "\" cannot be infinity"));
            }
            if (!Double.isNaN(d)) {
                if (d > MAX_SAFE || d < -MAX_SAFE) {
                    return Result.fail(value, Issue.error("number.unsafe", path,
                            "\"" + path.label() + "\" must be a safe number"));
                }
                return Result.ok(d == 0 && 1 / d < 0 ? JsTree.NODES.numberNode(0d) : value);
            }
        }
        return Result.fail(value, Issue.error("number.base", path, "\"" + path.label() + "\" must be a number"));
    }

    /** {@code .min(n)}. */
    public NumberSchema min(double limit) {
        return compare("number.min", "must be greater than or equal to ", limit, d -> d >= limit);
    }

    /** {@code .max(n)}. */
    public NumberSchema max(double limit) {
        return compare("number.max", "must be less than or equal to ", limit, d -> d <= limit);
    }

    /** {@code .greater(n)}. */
    public NumberSchema greater(double limit) {
        return compare("number.greater", "must be greater than ", limit, d -> d > limit);
    }

    /** {@code .integer()}. */
    public NumberSchema integer() {
        return rule("integer", (value, path, ctx, parent) -> {
            double d = value.doubleValue();
            if (d != Math.rint(d)) {
                throw reject("number.integer", path, "must be an integer");
            }
            return value;
        });
    }

    /** {@code .port()}: an integer from 0 to 65535. */
    public NumberSchema port() {
        return rule("port", (value, path, ctx, parent) -> {
            double d = value.doubleValue();
            if (d != Math.rint(d) || d < 0 || d > 65535) {
                throw reject("number.port", path, "must be a valid port");
            }
            return value;
        });
    }

    private NumberSchema compare(String type, String text, double limit, java.util.function.DoublePredicate ok) {
        return rule(type, (value, path, ctx, parent) -> {
            if (!ok.test(value.doubleValue())) {
                throw reject(type, path, text + JsNumbers.toString(limit));
            }
            return value;
        });
    }
}
