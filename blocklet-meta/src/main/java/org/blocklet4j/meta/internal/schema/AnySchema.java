package org.blocklet4j.meta.internal.schema;

import tools.jackson.databind.JsonNode;

/** Joi's {@code any()}: every value passes. */
public final class AnySchema extends Schema<AnySchema> {
    @Override
    String typeName() {
        return "any";
    }

    @Override
    Result base(JsonNode value, Path path, Context ctx) {
        return Result.ok(value);
    }
}
