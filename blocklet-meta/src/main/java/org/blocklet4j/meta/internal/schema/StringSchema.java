package org.blocklet4j.meta.internal.schema;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** Joi's {@code string()}: only strings pass; {@code ''} is empty unless allowed; trim and case convert. */
public final class StringSchema extends Schema<StringSchema> {
    private boolean trim;
    private int casing; // 0 none, 1 lower, 2 upper
    private @Nullable BiFunction<String, Context, @Nullable String> converter;

    @Override
    String typeName() {
        return "string";
    }

    /** {@code .trim()}: JavaScript {@code trim()} before every check. */
    public StringSchema trim() {
        StringSchema s = copy();
        s.trim = true;
        return s;
    }

    /** {@code .lowercase()}. */
    public StringSchema lowercase() {
        StringSchema s = copy();
        s.casing = 1;
        return s;
    }

    /** {@code .uppercase()}. */
    public StringSchema uppercase() {
        StringSchema s = copy();
        s.casing = 2;
        return s;
    }

    /**
     * A conversion that runs last in the coerce step (Joi's {@code isoDate()} rewrites the string there):
     * returns the new string, or null to keep it.
     */
    public StringSchema converting(BiFunction<String, Context, @Nullable String> fn) {
        StringSchema s = copy();
        s.converter = fn;
        return s;
    }

    @Override
    @Nullable JsonNode coerce(JsonNode value, Path path, Context ctx) {
        if (!value.isString()) {
            return null;
        }
        String v = value.stringValue();
        String original = v;
        if (casing == 1) {
            v = v.toLowerCase(Locale.ROOT);
        } else if (casing == 2) {
            v = v.toUpperCase(Locale.ROOT);
        }
        if (trim) {
            v = JsStrings.trim(v);
        }
        if (converter != null) {
            String c = converter.apply(v, ctx);
            if (c != null) {
                v = c;
            }
        }
        return v.equals(original) ? null : JsTree.NODES.stringNode(v);
    }

    @Override
    Result base(JsonNode value, Path path, Context ctx) {
        if (!value.isString()) {
            return Result.fail(value, Issue.error("string.base", path, "\"" + path.label() + "\" must be a string"));
        }
        if (value.stringValue().isEmpty()) {
            return Result.fail(value, Issue.error("string.empty", path,
                    "\"" + path.label() + "\" is not allowed to be empty"));
        }
        return Result.ok(value);
    }

    /** {@code .min(n)}: length in UTF-16 code units. */
    public StringSchema min(int limit) {
        return rule("min", (value, path, ctx, parent) -> {
            if (value.stringValue().length() < limit) {
                throw reject("string.min", path, "length must be at least " + limit + " characters long");
            }
            return value;
        });
    }

    /** {@code .max(n)}. */
    public StringSchema max(int limit) {
        return rule("max", (value, path, ctx, parent) -> {
            if (value.stringValue().length() > limit) {
                throw reject("string.max", path, "length must be less than or equal to " + limit
                        + " characters long");
            }
            return value;
        });
    }

    /** {@code .pattern(regex)}; {@code source} is the regex as JavaScript prints it, for the message. */
    public StringSchema pattern(Pattern regex, String source) {
        return rule("pattern", (value, path, ctx, parent) -> {
            if (!regex.matcher(value.stringValue()).find()) {
                throw reject("string.pattern.base", path, "with value \"" + value.stringValue()
                        + "\" fails to match the required pattern: " + source);
            }
            return value;
        });
    }

    /** A check with one of Joi's own error types ({@code string.email}, {@code did.invalid}, …). */
    public StringSchema check(String type, Predicate<String> test, String message) {
        return rule(type, (value, path, ctx, parent) -> {
            if (!test.test(value.stringValue())) {
                throw Reject.of(type, type, message.replace("{label}", "\"" + path.label() + "\"")
                        .replace("{value}", value.stringValue()));
            }
            return value;
        });
    }
}
