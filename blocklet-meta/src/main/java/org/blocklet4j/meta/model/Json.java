package org.blocklet4j.meta.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** Reading normalised JSON into the model: absent and null are the same, lists are unmodifiable. */
final class Json {
    private Json() {
    }

    static @Nullable String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        return asText(v);
    }

    /** Values of a validated manifest are strings here; a tree given as it is may hold anything. */
    private static String asText(JsonNode v) {
        return v.isString() ? v.stringValue() : v.isValueNode() ? v.asString() : v.toString();
    }

    static String text(JsonNode node, String key, String fallback) {
        String v = text(node, key);
        return v == null ? fallback : v;
    }

    static boolean bool(JsonNode node, String key, boolean fallback) {
        JsonNode v = node.get(key);
        return v == null || !v.isBoolean() ? fallback : v.booleanValue();
    }

    static @Nullable Boolean bool(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || !v.isBoolean() ? null : v.booleanValue();
    }

    static @Nullable Double number(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || !v.isNumber() ? null : v.doubleValue();
    }

    static <T> List<T> list(JsonNode node, String key, Function<JsonNode, T> each) {
        JsonNode v = node.get(key);
        if (v == null || !v.isArray()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(v.size());
        for (JsonNode item : v) {
            out.add(each.apply(item));
        }
        return Collections.unmodifiableList(out);
    }

    static List<String> strings(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v != null && v.isString()) {
            return List.of(v.stringValue());
        }
        return list(node, key, Json::asText);
    }

    static Map<String, String> stringMap(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return Map.of();
        }
        if (v.isString()) {
            return Map.of("", v.stringValue());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            out.put(e.getKey(), asText(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    static @Nullable JsonNode tree(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.deepCopy();
    }
}
