package org.blocklet4j.meta.internal.schema;

import java.util.Locale;

import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** Joi's {@code boolean()}: booleans, and the strings {@code true}/{@code false} in any case (converted). */
public final class BooleanSchema extends Schema<BooleanSchema> {
    @Override
    String typeName() {
        return "boolean";
    }

    @Override
    @Nullable JsonNode coerce(JsonNode value, Path path, Context ctx) {
        if (value.isString()) {
            String v = value.stringValue().toLowerCase(Locale.ROOT);
            if (v.equals("true")) {
                return JsTree.NODES.booleanNode(true);
            }
            if (v.equals("false")) {
                return JsTree.NODES.booleanNode(false);
            }
        }
        return null;
    }

    @Override
    Result base(JsonNode value, Path path, Context ctx) {
        if (!value.isBoolean()) {
            return Result.fail(value, Issue.error("boolean.base", path, "\"" + path.label() + "\" must be a boolean"));
        }
        return Result.ok(value);
    }
}
