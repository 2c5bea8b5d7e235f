package org.blocklet4j.meta.testing;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tagged JSON the vector scripts write for JavaScript values that JSON cannot hold: a one-key object
 * {@code {"$undefined": true}}, {@code {"$number": "NaN" | "Infinity" | "-Infinity"}}, {@code {"$date": iso}} or
 * {@code {"$binary": base64}}.
 */
public final class TaggedJson {
    private TaggedJson() {
    }

    /** The JavaScript value a tagged JSON value stands for, on the {@link JsTree} conventions (null: undefined). */
    public static @Nullable JsonNode decode(JsonNode v) {
        if (v.isObject()) {
            if (v.size() == 1 && v.has("$undefined")) {
                return null;
            }
            if (v.size() == 1 && v.has("$number")) {
                return JsTree.NODES.numberNode(Double.parseDouble(v.get("$number").stringValue()));
            }
            if (v.size() == 1 && v.has("$date")) {
                return JsTree.date(Instant.parse(v.get("$date").stringValue()));
            }
            if (v.size() == 1 && v.has("$binary")) {
                return JsTree.NODES.binaryNode(Base64.getDecoder().decode(v.get("$binary").stringValue()));
            }
            ObjectNode out = JsTree.NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                out.set(e.getKey(), decode(e.getValue()));
            }
            return out;
        }
        if (v.isArray()) {
            ArrayNode out = JsTree.NODES.arrayNode(v.size());
            for (JsonNode item : v) {
                out.add(decode(item));
            }
            return out;
        }
        if (v.isNumber()) {
            return JsTree.NODES.numberNode(v.doubleValue());
        }
        return v;
    }
}
