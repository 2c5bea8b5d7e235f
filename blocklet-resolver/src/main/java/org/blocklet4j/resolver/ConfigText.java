package org.blocklet4j.resolver;

import java.util.List;

import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.internal.text.CjkLength;

import tools.jackson.databind.JsonNode;

/**
 * The config's {@code title} and {@code description} as {@code titleSchema.validateAsync} and
 * {@code descriptionSchema.validateAsync} give them: trimmed strings of the allowed length, in Joi's words
 * otherwise. A config from a validated manifest already passed these rules; they matter for a root given as
 * unvalidated JSON.
 */
final class ConfigText {
    private ConfigText() {
    }

    /** {@code Joi.string().trim().min(1)} and the title length rule, East Asian wide characters counting twice. */
    static String title(JsonNode value, String where, List<String> dids) {
        String s = string(value, where, dids);
        if (CjkLength.of(s) > 40) {
            throw invalid("title length should not exceed 40 (see: https://www.npmjs.com/package/cjk-length)", where,
                    dids);
        }
        return s;
    }

    /** {@code Joi.string().trim().min(3).max(160)}. */
    static String description(JsonNode value, String where, List<String> dids) {
        String s = string(value, where, dids);
        if (s.length() < 3) {
            throw invalid("\"value\" length must be at least 3 characters long", where, dids);
        }
        if (s.length() > 160) {
            throw invalid("\"value\" length must be less than or equal to 160 characters long", where, dids);
        }
        return s;
    }

    private static String string(JsonNode value, String where, List<String> dids) {
        if (!value.isString()) {
            throw invalid("\"value\" must be a string", where, dids);
        }
        String s = JsStrings.trim(value.stringValue());
        if (s.isEmpty()) {
            throw invalid("\"value\" is not allowed to be empty", where, dids);
        }
        return s;
    }

    private static ResolverException invalid(String message, String where, List<String> dids) {
        return new ResolverException("invalid-config", message + where, dids);
    }
}
