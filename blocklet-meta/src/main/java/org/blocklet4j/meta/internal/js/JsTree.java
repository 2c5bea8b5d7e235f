package org.blocklet4j.meta.internal.js;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BinaryNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;

/**
 * Conventions for holding JavaScript values in a Jackson tree, shared by every stage of the pipeline.
 *
 * <ul>
 *   <li>{@code undefined} (an absent value) is Java {@code null}; JavaScript {@code null} is {@link
 *       tools.jackson.databind.node.NullNode}.
 *   <li>Every number is a {@link tools.jackson.databind.node.DoubleNode} (JavaScript numbers are doubles), NaN and
 *       the infinities included.
 *   <li>A {@code Date} is a {@link POJONode} holding an {@link Instant} with millisecond precision.
 *   <li>A {@code Uint8Array} ({@code !!binary}) is a {@link BinaryNode}.
 *   <li>Objects keep JavaScript's own-property order: array-index keys first, ascending, then insertion order.
 * </ul>
 */
public final class JsTree {
    /** The node factory every stage uses; plain {@code LinkedHashMap}-backed objects, doubles as given. */
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final double MAX_SAFE_INTEGER = 9007199254740991d;
    private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

    private JsTree() {
    }

    /** A {@code Date} node. */
    public static JsonNode date(Instant instant) {
        return NODES.pojoNode(instant);
    }

    /** True when {@code node} holds a {@code Date}. */
    public static boolean isDate(@Nullable JsonNode node) {
        return node instanceof POJONode p && p.getPojo() instanceof Instant;
    }

    /** The instant of a {@code Date} node. */
    public static Instant instant(JsonNode node) {
        return (Instant) ((POJONode) node).getPojo();
    }

    /** {@code Date.prototype.toISOString}. */
    public static String toIsoString(Instant instant) {
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year >= 0 && year <= 9999) {
            return ISO.format(instant);
        }
        String rest = ISO.format(instant);
        rest = rest.substring(rest.indexOf('-', 1));
        return (year < 0 ? "-" : "+") + String.format("%06d", Math.abs(year)) + rest;
    }

    /** JavaScript {@code typeof}, with {@code "undefined"} for Java null. Dates, arrays and null are objects. */
    public static String typeOf(@Nullable JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "undefined";
        }
        if (node.isString()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return "object";
    }

    /** JavaScript truthiness: false for undefined, null, false, 0, NaN and the empty string. */
    public static boolean isTruthy(@Nullable JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        if (node.isString()) {
            return !node.stringValue().isEmpty();
        }
        return true;
    }

    /** Whether {@code tree} nests deeper than {@code limit} levels (the root is level 1); without recursion. */
    public static boolean deeperThan(JsonNode tree, int limit) {
        java.util.ArrayDeque<JsonNode> nodes = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        nodes.push(tree);
        depths.push(1);
        while (!nodes.isEmpty()) {
            JsonNode node = nodes.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return true;
            }
            if (node.isContainer()) {
                for (JsonNode child : node) {
                    nodes.push(child);
                    depths.push(depth + 1);
                }
            }
        }
        return false;
    }

    /**
     * A JSON tree from outside brought to these conventions: every number a double (±Infinity beyond the double
     * range, as JavaScript's {@code Number} gives it), everything else as it is. Returns a new tree; {@code node}
     * is not changed.
     */
    public static JsonNode fromJson(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.set(e.getKey(), fromJson(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode(node.size());
            for (JsonNode item : node) {
                out.add(fromJson(item));
            }
            return out;
        }
        if (node.isNumber()) {
            // Not node.doubleValue(): Jackson throws for a big integer or decimal beyond the double range, where
            // JavaScript's Number gives ±Infinity (or ±0 for a tiny decimal), as java.lang.Number does.
            return NODES.numberNode(node.numberValue().doubleValue());
        }
        return node.deepCopy();
    }

    /**
     * The value as {@code JSON.parse(JSON.stringify(value))} would give it back: dates become ISO strings,
     * NaN and the infinities null, binary data an object of its bytes by index. Integral numbers within
     * ±(2^53−1) become long nodes, so that ordinary JSON writers print them as JavaScript does. Returns a new tree.
     */
    public static JsonNode toJson(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.set(e.getKey(), toJson(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode(node.size());
            for (JsonNode item : node) {
                out.add(toJson(item));
            }
            return out;
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            if (!Double.isFinite(d)) {
                return NODES.nullNode();
            }
            if (d == Math.rint(d) && Math.abs(d) <= MAX_SAFE_INTEGER) {
                return NODES.numberNode((long) d);
            }
            return NODES.numberNode(d == 0 ? 0d : d);
        }
        if (isDate(node)) {
            return NODES.stringNode(toIsoString(instant(node)));
        }
        if (node instanceof BinaryNode b) {
            ObjectNode out = NODES.objectNode();
            byte[] bytes = b.binaryValue();
            for (int i = 0; i < bytes.length; i++) {
                out.put(Integer.toString(i), (double) (bytes[i] & 0xff));
            }
            return out;
        }
        return node.deepCopy();
    }

    /** True for a canonical array index: {@code "0"} or a decimal without leading zero up to 2^32 − 2. */
    public static boolean isArrayIndex(String key) {
        int n = key.length();
        if (n == 0 || n > 10 || (n > 1 && key.charAt(0) == '0')) {
            return false;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_ARRAY_INDEX;
    }

    /**
     * Reorders {@code object} in place into JavaScript's own-property order: array indices first, ascending, then
     * the other keys in the order they were added.
     */
    public static void toJsOrder(ObjectNode object) {
        List<Map.Entry<String, JsonNode>> indices = null;
        boolean misplaced = false;
        boolean seenOther = false;
        long last = -1;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (isArrayIndex(e.getKey())) {
                long index = Long.parseLong(e.getKey());
                if (seenOther || index < last) {
                    misplaced = true;
                }
                last = index;
                if (indices == null) {
                    indices = new ArrayList<>();
                }
                indices.add(Map.entry(e.getKey(), e.getValue()));
            } else {
                seenOther = true;
            }
        }
        if (!misplaced || indices == null) {
            return;
        }
        indices.sort((a, b) -> Long.compare(Long.parseLong(a.getKey()), Long.parseLong(b.getKey())));
        List<Map.Entry<String, JsonNode>> others = new ArrayList<>(object.size() - indices.size());
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!isArrayIndex(e.getKey())) {
                others.add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        object.removeAll();
        for (Map.Entry<String, JsonNode> e : indices) {
            object.set(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, JsonNode> e : others) {
            object.set(e.getKey(), e.getValue());
        }
    }
}
