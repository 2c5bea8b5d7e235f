package org.blocklet4j.meta.internal.yaml;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.blocklet4j.meta.internal.js.JsNumbers;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BinaryNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How JavaScript names and orders the properties of a plain object: a key is {@code String(key)}, and
 * {@code Object.keys} lists array indices (canonical integers below 2^32 − 1) first, ascending, then the other keys
 * in the order they were first added.
 */
final class PropertyKeys {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

    private PropertyKeys() {
    }

    /**
     * The property name js-yaml makes of a mapping key ({@code storeMappingPair}): {@code String(key)}, with a
     * mapping key, or a mapping inside a sequence key, named {@code [object Object]}. Returns null for a sequence
     * key that holds a sequence, which js-yaml rejects.
     */
    static @Nullable String of(JsonNode key) {
        if (key.isArray()) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < key.size(); i++) {
                JsonNode item = key.get(i);
                if (item.isArray()) {
                    return null;
                }
                if (i > 0) {
                    joined.append(',');
                }
                // Array.prototype.join: null and undefined become empty strings.
                if (!item.isNull()) {
                    joined.append(scalarString(item));
                }
            }
            return joined.toString();
        }
        return scalarString(key);
    }

    /** {@code String(value)} for anything but an array. */
    private static String scalarString(JsonNode value) {
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isNumber()) {
            return JsNumbers.toString(value.doubleValue());
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "true" : "false";
        }
        if (value.isNull()) {
            return "null";
        }
        if (JsTree.isDate(value)) {
            return dateToString(JsTree.instant(value));
        }
        if (value instanceof BinaryNode b) {
            // Uint8Array.prototype.toString is Array.prototype.join.
            StringBuilder joined = new StringBuilder();
            for (byte x : b.binaryValue()) {
                if (joined.length() > 0) {
                    joined.append(',');
                }
                joined.append(x & 0xFF);
            }
            return joined.toString();
        }
        return "[object Object]";
    }

    /**
     * {@code Date.prototype.toString()} as Node prints it in UTC, for example
     * {@code Sat Jan 01 2022 00:00:00 GMT+0000 (Coordinated Universal Time)}. Node uses the process's time zone; this
     * library always uses UTC.
     */
    static String dateToString(Instant instant) {
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        int year = t.getYear();
        String y = (year < 0 ? "-" : "") + String.format(Locale.ROOT, "%04d", Math.abs(year));
        return String.format(Locale.ROOT, "%s %s %02d %s %02d:%02d:%02d GMT+0000 (Coordinated Universal Time)",
                DAYS[t.getDayOfWeek().getValue() - 1], MONTHS[t.getMonthValue() - 1], t.getDayOfMonth(), y,
                t.getHour(), t.getMinute(), t.getSecond());
    }

    /** True for a canonical array index: {@code "0"} or a decimal without leading zero up to 2^32 − 2. */
    static boolean isArrayIndex(String key) {
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

    /** Reorders {@code object} in place into JavaScript's own-property order. */
    static void toJsOrder(ObjectNode object) {
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
