package org.blocklet4j.meta.internal.schema;

import tools.jackson.databind.JsonNode;

/** A rule with its own logic, as Joi's {@code .custom(fn)}: returns the (possibly changed) value or rejects it. */
@FunctionalInterface
public interface CustomRule {
    /**
     * @param value the value, already converted by the schema's type
     * @param path  where it is
     * @param ctx   the call's context
     * @return the value to keep
     * @throws Reject when the value is not acceptable
     */
    JsonNode check(JsonNode value, Path path, Context ctx) throws Reject;
}
