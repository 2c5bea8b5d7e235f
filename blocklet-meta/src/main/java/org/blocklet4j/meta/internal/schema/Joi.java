package org.blocklet4j.meta.internal.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blocklet4j.meta.internal.js.JsTree;

import tools.jackson.databind.JsonNode;

/** Factories named as Joi's, so that a schema reads like the reference's. */
public final class Joi {
    private Joi() {
    }

    public static StringSchema string() {
        return new StringSchema();
    }

    public static NumberSchema number() {
        return new NumberSchema();
    }

    public static BooleanSchema bool() {
        return new BooleanSchema();
    }

    public static AnySchema any() {
        return new AnySchema();
    }

    public static ArraySchema array() {
        return new ArraySchema();
    }

    /** {@code Joi.object()}: any keys. */
    public static ObjectSchema object() {
        return new ObjectSchema();
    }

    /** {@code Joi.object(keys)}: pairs of key name and schema, in order. */
    public static ObjectSchema object(Object... keyAndSchema) {
        Map<String, Schema<?>> keys = new LinkedHashMap<>();
        for (int i = 0; i < keyAndSchema.length; i += 2) {
            keys.put((String) keyAndSchema[i], (Schema<?>) keyAndSchema[i + 1]);
        }
        return new ObjectSchema().keys(keys);
    }

    public static AlternativesSchema alternatives(Schema<?>... options) {
        return new AlternativesSchema(List.of(options));
    }

    /** A string node. */
    public static JsonNode str(String s) {
        return JsTree.NODES.stringNode(s);
    }

    /** String nodes. */
    public static JsonNode[] strs(String... values) {
        JsonNode[] out = new JsonNode[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = str(values[i]);
        }
        return out;
    }

    /** A number node. */
    public static JsonNode num(double d) {
        return JsTree.NODES.numberNode(d);
    }

    /** A boolean node. */
    public static JsonNode bool(boolean b) {
        return JsTree.NODES.booleanNode(b);
    }
}
